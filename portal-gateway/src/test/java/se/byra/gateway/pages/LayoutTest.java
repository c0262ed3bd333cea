package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;

@QuarkusTest
class LayoutTest extends PageTest {

    @Test
    void everyPageHasTheLandmarksASkipLinkAndATitle() {
        signInStaff();

        for (String path : List.of("/byra/kunder/ny", "/byra/finns-inte", "/utloggad")) {
            Document page = browser.get(path).html();
            assertThat(page.select("html[lang=sv]")).as(path).hasSize(1);
            assertThat(page.select("body > header")).hasSize(1);
            assertThat(page.select("main#main")).hasSize(1);
            assertThat(page.select("body > footer")).hasSize(1);
            assertThat(page.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
            assertThat(page.title()).endsWith("– Byråplattformen");
            assertThat(page.select("h1")).hasSize(1);
            assertThat(page.select("meta[name=viewport]").attr("content")).contains("width=device-width");
        }
    }

    @Test
    void staffSeeTheirNameTheSignOutButtonAndTheClientsInTheNavigation() {
        signInStaff();

        Document page = browser.get("/byra/kunder/ny").html();

        assertThat(page.selectFirst(".header__user").text()).isEqualTo("Inloggad som Karin Kundansvarig");
        assertThat(page.selectFirst("form[action=/logga-ut] button").text()).isEqualTo("Logga ut");
        assertThat(page.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Kunder", "Ärenden",
                "Samarbeten", "Medarbetare", "Byrån");
        assertThat(page.selectFirst("nav a[href=/byra/kunder]").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("nav a[aria-current]")).hasSize(1);
    }

    @Test
    void theMenuMarksTheSectionTheUserIsIn() {
        signInStaff();
        engagement.onJson("GET", "/staff", 200, se.byra.gateway.support.Fixtures.page(List.of(), 0, 20, 0));
        engagement.onJson("GET", "/agency", 200, se.byra.gateway.support.Fixtures.emptyAgency());

        collaboration.onJson("GET", "/collaborations", 200, se.byra.gateway.support.Fixtures.page(List.of(), 0, 20, 0));

        Document staff = browser.get("/byra/medarbetare").html();
        Document agency = browser.get("/byra/installningar/byra").html();
        Document collaborations = browser.get("/byra/samarbeten").html();
        Document activation = browser.get("/byra/kunder/" + java.util.UUID.randomUUID()
                + "/samarbeten/aktivera?tjanst=payroll").html();

        assertThat(staff.select("nav a[aria-current=page]").eachText()).containsExactly("Medarbetare");
        assertThat(agency.select("nav a[aria-current=page]").eachText()).containsExactly("Byrån");
        assertThat(collaborations.select("nav a[aria-current=page]").eachText()).containsExactly("Samarbeten",
                "Alla samarbeten");
        assertThat(activation.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .as("a client's activation is a collaboration page").containsExactly("Samarbeten");
    }

    @Test
    void clientUsersSeeOnlyThePortalInTheNavigation() {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, se.byra.gateway.support.Fixtures.page(List.of(), 0, 100, 0));

        Document page = browser.get("/portal").html();

        assertThat(page.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Översikt");
    }

    @Test
    void aSignedOutVisitorSeesNoNavigationAndNoSignOut() {
        Page page = browser.get("/utloggad");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("nav")).isEmpty();
        assertThat(page.html().select("form[action=/logga-ut]")).isEmpty();
        assertThat(page.html().select("form[action=/sprak]")).hasSize(1);
    }
}
