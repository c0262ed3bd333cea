package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider;
import se.byra.gateway.support.SignInProvider.User;

/** What every page test starts from: working, empty services, closed circuits, a fresh browser. */
abstract class PageTest {

    protected final UUID agency = UUID.randomUUID();
    protected final ServiceStub engagement = ServiceStub.engagement();
    protected final ServiceStub collaboration = ServiceStub.collaboration();
    protected final ServiceStub notification = ServiceStub.notification();
    /** case-service: answers an empty to-do list until a test says otherwise (no consent to give, no case). */
    protected final ServiceStub cases = ServiceStub.cases();
    protected Browser browser;

    @BeforeEach
    void freshStart() {
        engagement.reset();
        collaboration.reset();
        notification.reset();
        cases.reset();
        cases.onJson("GET", "/me/case-tasks", 200, Fixtures.page(List.of(), 0, 100, 0));
        CircuitBreakerMaintenance.get().resetAll();
        browser = new Browser();
    }

    /** Signs a staff member in (on the form for a new client). */
    protected User signInStaff() {
        return signIn(User.staff(agency), "/byra/kunder/ny");
    }

    /** Signs an agency administrator in (on the invitation form, which calls no service). */
    protected User signInAdmin() {
        return signIn(User.admin(agency), "/byra/medarbetare/ny");
    }

    /**
     * Signs a client user in on a page that calls no service: the portal home asks for the user's tasks, and a call
     * the home gave up on could still reach a stub after its requests were cleared.
     */
    protected User signInClientUser() {
        return signIn(User.clientUser(), "/portal/finns-inte");
    }

    /** Signs {@code user} in on {@code path}; the services' requests start afresh after it. */
    private User signIn(User user, String path) {
        browser.signIn(user, path);
        engagement.clearRequests();
        collaboration.clearRequests();
        notification.clearRequests();
        cases.clearRequests();
        return user;
    }

    /**
     * The banner an action's redirect leads to: the answer must be a 303 to {@code path}, whose page shows the banner
     * once (a reload does not); null when it shows none.
     */
    protected String bannerOn(Page answered, String path) {
        assertThat(answered.status()).as(answered.body()).isEqualTo(303);
        assertThat(answered.location()).contains(browser.base().resolve(path).toString());
        Element banner = browser.get(path).html().selectFirst(".notification-banner");
        assertThat(browser.get(path).html().select(".notification-banner")).as("shown once").isEmpty();
        return banner == null ? null : banner.selectFirst(".notification-banner__heading").text();
    }

    protected static SignInProvider provider() {
        return SignInProvider.get();
    }
}
