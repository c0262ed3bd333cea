package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;

@QuarkusTest
class CsrfTest extends PageTest {

    private static Form validClient(String token) {
        return Form.of("_csrf", token, "action", "save", "name", "Acme AB", "organisationNumber", "556703-7485",
                "contactName", "Eva Ek", "contactEmail", "", "contactPhone", "", "contactId", "", "mainContact", "0");
    }

    @Test
    void everyFormAndHtmxCarryTheSessionsToken() {
        signInStaff();

        Page page = browser.get("/byra/kunder/ny");

        String token = page.csrf();
        assertThat(token).isNotBlank();
        for (Element form : page.html().select("form[method=post]")) {
            assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).as(form.attr("action"))
                    .isEqualTo(token);
        }
        assertThat(page.html().body().attr("hx-headers")).isEqualTo("{\"X-CSRF-Token\": \"" + token + "\"}");
    }

    @Test
    void aPostWithoutTheTokenIsRefused() {
        signInStaff();

        Page refused = browser.post("/byra/kunder/ny", validClient("").add("x", "y"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void anotherSessionsTokenIsRefused() {
        signInStaff();
        Browser other = new Browser();
        other.signIn(se.byra.gateway.support.SignInProvider.User.staff(agency), "/byra/kunder/ny");
        String othersToken = other.get("/byra/kunder/ny").csrf();

        Page refused = browser.post("/byra/kunder/ny", validClient(othersToken));

        assertThat(othersToken).isNotEqualTo(browser.get("/byra/kunder/ny").csrf());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aCrossSiteRequestIsRefusedEvenWithTheToken() {
        signInStaff();
        String token = browser.get("/byra/kunder/ny").csrf();

        Page crossSite = browser.post("/byra/kunder/ny", validClient(token), "Sec-Fetch-Site", "cross-site");
        Page sameSite = browser.post("/byra/kunder/ny", validClient(token), "Sec-Fetch-Site", "same-site");
        Page foreignOrigin = browser.post("/byra/kunder/ny", validClient(token), "Origin", "https://evil.example");
        Page nullOrigin = browser.post("/byra/kunder/ny", validClient(token), "Origin", "null");

        assertThat(List.of(crossSite, sameSite, foreignOrigin, nullOrigin)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        });
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aSameOriginRequestWithTheTokenIsAccepted() {
        signInStaff();
        String token = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("POST", "/clients", 201, Fixtures.clientView(java.util.UUID.randomUUID(), "Acme AB",
                "556703-7485", null, 0, List.of()));
        String origin = browser.base().getScheme() + "://" + browser.base().getAuthority();

        Page saved = browser.post("/byra/kunder/ny", validClient(token), "Origin", origin, "Sec-Fetch-Site",
                "same-origin");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(engagement.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }

    @Test
    void htmxSendsTheTokenAsAHeader() {
        signInStaff();
        String token = browser.get("/byra/kunder/ny").csrf();

        Page without = browser.post("/byra/kunder/organisationsnummer", Form.of("organisationNumber", "1"),
                "HX-Request", "true");
        Page with = browser.post("/byra/kunder/organisationsnummer", Form.of("organisationNumber", "1"),
                "HX-Request", "true", "X-CSRF-Token", token);

        assertThat(without.status()).isEqualTo(403);
        assertThat(with.status()).isEqualTo(200);
    }

    @Test
    void theLanguageSwitchNeedsNoTokenFromAnAnonymousVisitorButFromASession() {
        Page anonymous = browser.post("/sprak", Form.of("lang", "en", "tillbaka", "/utloggad"));
        assertThat(anonymous.status()).isEqualTo(303);

        signInStaff();
        Page withoutToken = browser.post("/sprak", Form.of("lang", "sv", "tillbaka", "/"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(Map.of("lang", browser.cookie("lang").orElseThrow().getValue())).containsEntry("lang", "en");
    }
}
