package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CaseFixtures;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class ClientOverviewTest extends PageTest {

    /** The gateway's read timeout (gateway.services.read-timeout). */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final UUID id = UUID.randomUUID();
    private User user;

    @BeforeEach
    void aClientWithEngagements() {
        user = signInStaff();
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485",
                user.subject(), 4, List.of(
                        Fixtures.contact(UUID.randomUUID(), "Per Ek", null, "070-123 45 67", false),
                        Fixtures.contact(UUID.randomUUID(), "Eva Ek", "eva@acme.se", null, true))));
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(
                Fixtures.engagement(id, "Löpande bokföring", "2026-01-01", "2026-12-31", "ACTIVE"),
                Fixtures.engagement(id, "Bokslut 2026", "2027-01-01", null, "DRAFT")), 0, 20, 2));
        collaboration.onJson("GET", "/clients/" + id + "/services", 200, CollabFixtures.clientServices(id,
                "Acme AB", 1, 0, List.of(CollabFixtures.tile("payroll", "Lön", null, null))));
        cases.onJson("GET", "/clients/" + id + "/consent", 200, CaseFixtures.consent(id, "GRANTED"));
        cases.onJson("GET", "/clients/" + id + "/case-summary", 200, CaseFixtures.summary("GRANTED", 0, 0, 0, 0,
                List.of()));
    }

    @Test
    void theOverviewShowsTheClientItsContactsEngagementsAndCollaborations() {
        Page page = browser.get("/byra/kunder/" + id);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Acme AB");
        assertThat(html.select("main h2").eachText()).containsExactly("Kunduppgifter", "Kontakter", "Uppdrag",
                "Samarbeten", "Användare", "Ärenden");
        Element details = html.selectFirst("section[aria-labelledby=details]");
        assertThat(details.select("dt").eachText()).containsExactly("Namn", "Organisationsnummer", "Adress",
                "Kundansvarig", "Status", "Registrerad");
        assertThat(details.select("dd").eachText()).containsExactly("Acme AB", "556703-7485",
                "Storgatan 1 111 22 Stockholm", "Du", "Aktiv", "2026-03-01");
        assertThat(details.selectFirst("a[href=/byra/kunder/" + id + "/redigera]").text())
                .isEqualTo("Redigera kunduppgifter");
        List<String> contacts = html.select(".contact-list__item").eachText();
        assertThat(contacts.get(0)).startsWith("Eva Ek Huvudkontakt").contains("eva@acme.se");
        assertThat(contacts.get(1)).startsWith("Per Ek").doesNotContain("Huvudkontakt");
        Element engagements = html.selectFirst("section[aria-labelledby=engagements]");
        assertThat(engagements.selectFirst("caption").text()).isEqualTo("Kundens uppdrag");
        assertThat(engagements.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("Löpande bokföring", "2026-01-01 – 2026-12-31", "Signerat");
        assertThat(engagements.select("tbody tr").get(1).select("td").eachText())
                .containsExactly("Bokslut 2026", "från 2027-01-01", "Utkast");
        assertThat(engagements.select(".badge").eachAttr("class")).containsExactly("badge badge--green",
                "badge badge--blue");
        Element collaborations = html.selectFirst("section[aria-labelledby=collaborations]");
        assertThat(collaborations.select(".tile h3").eachText()).containsExactly("Lön");
        assertThat(collaborations.selectFirst(".tile .badge").text()).isEqualTo("Ej aktiverad");
        assertThat(engagement.requests()).anySatisfy(r -> assertThat(r.query()).containsEntry("clientId",
                id.toString()));
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/clients/" + id + "/services"))
                .singleElement().satisfies(r -> {
                    assertThat(r.header("Authorization")).isEqualTo("Bearer " + provider().session(user.subject())
                            .accessToken());
                    assertThat(r.header("Accept-Language")).isEqualTo("sv");
                });
    }

    @Test
    void theClientManagerIsNamedWhenTheServiceGivesTheName() {
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.with(Fixtures.clientView(id, "Acme AB",
                "556703-7485", UUID.randomUUID().toString(), 4, List.of()), "clientManagerName", "Erik Johansson"));

        Element details = browser.get("/byra/kunder/" + id).html().selectFirst("section[aria-labelledby=details]");

        assertThat(details.select("dd").get(3).text()).isEqualTo("Erik Johansson");
    }

    @Test
    void emptySectionsSayWhatComesNext() {
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(), 0, 20, 0));
        collaboration.onJson("GET", "/clients/" + id + "/services", 200, CollabFixtures.clientServices(id,
                "Acme AB", 0, 0, List.of(CollabFixtures.tile("payroll", "Lön", null, null))));

        Document html = browser.get("/byra/kunder/" + id).html();

        assertThat(html.selectFirst("section[aria-labelledby=engagements] p").text()).isEqualTo("Inga uppdrag ännu.");
        assertThat(html.selectFirst("section[aria-labelledby=collaborations] .notice p").text()).isEqualTo(
                "Ett samarbete kräver ett uppdrag med signerat uppdragsbrev. Kunden har inget sådant uppdrag som "
                        + "gäller nu.");
    }

    @Test
    void whenCollaborationServiceIsDownTheRestOfThePageStillRenders() {
        collaboration.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/kunder/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("section[aria-labelledby=collaborations]").text())
                .isEqualTo("Samarbeten Samarbeten kan inte visas just nu. Försök igen om en stund.");
        assertThat(page.html().select("section[aria-labelledby=engagements] tbody tr")).hasSize(2);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Acme AB");
    }

    @Test
    void aSlowServiceCostsThePageNoMoreThanTheTimeout() {
        collaboration.mode(ServiceStub.Mode.SLOW);

        Instant start = Instant.now();
        Page page = browser.get("/byra/kunder/" + id);
        Duration took = Duration.between(start, Instant.now());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("section[aria-labelledby=collaborations]").text())
                .contains("Samarbeten kan inte visas just nu.");
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.plusSeconds(2));
    }

    @Test
    void theSectionsAreLoadedAtTheSameTime() {
        engagement.onSlow("GET", "/engagements");
        collaboration.mode(ServiceStub.Mode.SLOW);

        Instant start = Instant.now();
        Page page = browser.get("/byra/kunder/" + id);
        Duration took = Duration.between(start, Instant.now());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".notice").eachText()).containsExactly(
                "Uppdrag kan inte visas just nu. Försök igen om en stund.",
                "Samarbeten kan inte visas just nu. Försök igen om en stund.",
                "Användare kan inte visas just nu. Försök igen om en stund.");
        assertThat(took).isLessThan(TIMEOUT.multipliedBy(2));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndTheServiceIsNotAskedUntilItMayHaveRecovered() {
        collaboration.mode(ServiceStub.Mode.FAILING);
        for (int i = 0; i < 4; i++) {
            browser.get("/byra/kunder/" + id);
        }
        int asked = collaboration.requests().size();
        assertThat(asked).as("the circuit opened before every section asked on every page").isLessThan(4 * 3);
        collaboration.mode(ServiceStub.Mode.UP);

        Page page = browser.get("/byra/kunder/" + id);

        assertThat(collaboration.requests()).hasSize(asked);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("section[aria-labelledby=collaborations] .notice").text())
                .isEqualTo("Samarbeten kan inte visas just nu. Försök igen om en stund.");
    }

    @Test
    void aClientThatCannotBeFetchedIsSaidSoInWords() {
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/kunder/" + id);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Kunden kan inte visas just nu");
        assertThat(page.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownClientOrAnotherAgencysIsTheNotFoundPage() {
        Page page = browser.get("/byra/kunder/" + UUID.randomUUID());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        assertThat(page.body()).doesNotContain("Acme");
    }

    @Test
    void theOverviewSpeaksEnglishWhenAskedTo() {
        browser.post("/sprak", se.byra.gateway.support.Browser.Form.of("_csrf", browser.get("/byra/kunder/ny").csrf(),
                "lang", "en", "tillbaka", "/"));

        Document html = browser.get("/byra/kunder/" + id).html();

        assertThat(html.select("main h2").eachText()).containsExactly("Client details", "Contacts", "Engagements",
                "Collaborations", "Users", "Cases");
        assertThat(html.selectFirst("section[aria-labelledby=engagements] tbody td:nth-child(2)").text())
                .isEqualTo("1 Jan 2026 – 31 Dec 2026");
        assertThat(html.select("section[aria-labelledby=engagements] .badge").eachText()).containsExactly("Signed",
                "Draft");
    }
}
