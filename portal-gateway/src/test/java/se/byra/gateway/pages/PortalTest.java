package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class PortalTest extends PageTest {

    @Test
    void theHomePageGreetsTheUserAndSaysNoCompanyIsConnectedYet() {
        browser.signIn(User.clientUser().named("Kalle Kund"), "/portal");

        Document html = browser.get("/portal").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Välkommen, Kalle Kund");
        assertThat(html.selectFirst("section[aria-labelledby=companies] .lead").text())
                .isEqualTo("Inget företag är kopplat till ditt konto ännu.");
        assertThat(html.selectFirst("section[aria-labelledby=companies]").text())
                .contains("När din redovisningsbyrå bjuder in dig kopplas företaget hit");
    }

    @Test
    void theToDoListIsEmptyAndSaysWhatWillAppearThere() {
        signInClientUser();

        Document html = browser.get("/portal").html();

        assertThat(html.selectFirst("section[aria-labelledby=todo] h2").text()).isEqualTo("Att göra");
        assertThat(html.selectFirst("section[aria-labelledby=todo] .lead").text())
                .isEqualTo("Du har inget att göra just nu.");
        assertThat(html.selectFirst("section[aria-labelledby=todo]").text()).contains("uppdragsbrev att signera");
    }
}
