package se.byra.gateway.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class AccessTest extends PageTest {

    @Test
    void aClientUserGetsTheForbiddenPageOnAgencyPagesAndNoClientData() {
        signInClientUser();
        UUID id = UUID.randomUUID();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(Fixtures.clientSummary(id, "Hemlig AB",
                "556703-7485", null, true)), 0, 20, 1));
        engagement.onJson("GET", "/clients/.*", 200, Fixtures.clientView(id, "Hemlig AB", "556703-7485", null, 0,
                List.of()));

        for (String path : List.of("/byra/kunder", "/byra/kunder/" + id, "/byra/kunder/ny",
                "/byra/kunder/" + id + "/redigera")) {
            Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
            assertThat(page.html().select("main a[href=/portal]")).isNotEmpty();
            assertThat(page.body()).doesNotContain("Hemlig").doesNotContain("556703");
        }
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void staffGetTheForbiddenPageOnThePortal() {
        signInStaff();

        Page page = browser.get("/portal");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(page.html().select("main a[href=/byra/kunder]")).isNotEmpty();
    }

    @Test
    void aServiceRefusingTheUserIsExplainedAsTheAccountNotThePage() {
        signInStaff();
        engagement.onJson("GET", "/clients", 403, Map.of("type", "about:blank", "title", "Forbidden", "status", 403,
                "detail", "Your account in this agency is deactivated."));

        Page page = browser.get("/byra/kunder");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Ditt konto har inte tillgång till det här");
        assertThat(page.html().selectFirst("main p").text()).contains("kontakta byråns administratör");
    }

    @Test
    void anUnknownPageIsTheNotFoundPage() {
        signInStaff();

        Page page = browser.get("/byra/finns-inte");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("se.byra");
    }

    @Test
    void anAddressThatIsNotAClientIdIsTheNotFoundPage() {
        signInStaff();

        assertThat(browser.get("/byra/kunder/inte-ett-id").status()).isEqualTo(404);
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void theApiKeepsAnsweringProblemJson() {
        given().auth().oauth2(TestTokens.clientUser().token()).accept("text/html,*/*").get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().accept("text/html,*/*").get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }
}
