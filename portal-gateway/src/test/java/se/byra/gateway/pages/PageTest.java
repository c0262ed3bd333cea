package se.byra.gateway.pages;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider;
import se.byra.gateway.support.SignInProvider.User;

/** What every page test starts from: working, empty services, closed circuits, a fresh browser. */
abstract class PageTest {

    protected final UUID agency = UUID.randomUUID();
    protected final ServiceStub engagement = ServiceStub.engagement();
    protected final ServiceStub collaboration = ServiceStub.collaboration();
    protected final ServiceStub notification = ServiceStub.notification();
    protected final ServiceStub cases = ServiceStub.cases();
    protected Browser browser;

    @BeforeEach
    void freshStart() {
        engagement.reset();
        collaboration.reset();
        notification.reset();
        cases.reset();
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

    protected User signInClientUser() {
        return signIn(User.clientUser(), "/portal");
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

    protected static SignInProvider provider() {
        return SignInProvider.get();
    }
}
