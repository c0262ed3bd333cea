package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;

/** The gateway started while the realm could not be reached, and it still cannot. */
@QuarkusTest
@TestProfile(SignInUnavailableTest.RealmDown.class)
class SignInUnavailableTest {

    /** A realm nobody answers at (port 1 refuses at once), and none of the shared test servers. */
    public static class RealmDown implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://localhost:1/realms/practice",
                    "quarkus.oidc.api.auth-server-url", "http://localhost:1/realms/practice");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private final Browser browser = new Browser();

    @Test
    void aPageSaysThatSigningInDoesNotWorkJustNow() {
        Page asked = browser.get("/byra/kunder?q=acme");
        Page page = browser.get(asked.location().orElseThrow());

        assertThat(asked.status()).isEqualTo(303);
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Inloggningen fungerar inte just nu");
        assertThat(page.html().selectFirst("main p").text()).contains("Försök igen om en stund");
        assertThat(page.html().select("main a[href=/]")).hasSize(1);
        assertThat(page.body()).doesNotContain("OIDC").doesNotContain("Exception");
    }

    @Test
    void theWordsFollowTheChosenLanguageAndAFormPostGetsTheSamePage() {
        browser.post("/sprak", Form.of("lang", "en", "tillbaka", "/"));

        Page page = browser.get(browser.get("/portal").location().orElseThrow());
        Page posted = browser.post("/byra/kunder/ny", Form.of("name", "Acme AB"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Signing in does not work just now");
        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.location()).contains("/inloggning/otillganglig");
    }

    @Test
    void theApiAnswersAProblem() {
        Page api = browser.get("/api/me", "Authorization", "Bearer not-checked-while-the-realm-is-away",
                "Accept", "application/json");

        assertThat(api.status()).isEqualTo(503);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.header("Retry-After")).isEqualTo("30");
        assertThat(api.body()).contains("\"status\":503").doesNotContain("Exception");
    }

    @Test
    void pagesThatNeedNoSignInStillWork() {
        assertThat(browser.get("/utloggad").status()).isEqualTo(200);
        assertThat(browser.get("/static/app.css").status()).isEqualTo(200);
    }
}
