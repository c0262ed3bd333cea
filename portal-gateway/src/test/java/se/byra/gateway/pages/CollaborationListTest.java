package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;

/** The agency's collaborations: all with filters, the unlinked imports, and the invitations sent. */
@QuarkusTest
class CollaborationListTest extends PageTest {

    private final UUID clientId = UUID.randomUUID();
    private final UUID karin = UUID.randomUUID();
    private final UUID active = UUID.randomUUID();
    private final UUID unlinked = UUID.randomUUID();

    @BeforeEach
    void staffSignedIn() {
        signInStaff();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(karin,
                "Karin Kundansvarig", "karin@byran.test")), 0, 100, 1));
        collaboration.onJson("GET", "/catalogue", 200, List.of(CollabFixtures.digitalInvoices(),
                CollabFixtures.payroll()));
    }

    private void twoCollaborations() {
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(
                CollabFixtures.with(CollabFixtures.collaboration(active, clientId, "payroll", "Lön", "ACTIVE"),
                        "ownerId", karin.toString()),
                CollabFixtures.collaboration(unlinked, clientId, null, null, "UNLINKED")), 0, 20, 2));
    }

    @Test
    void theListIsATableWithFiltersAndTheWayToEachCollaboration() {
        twoCollaborations();

        Page page = browser.get("/byra/samarbeten");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Samarbeten");
        assertThat(html.select("nav.sub-navigation a").eachText()).containsExactly("Alla samarbeten",
                "Skickade förfrågningar", "Okopplade", "Importera");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text()).isEqualTo("Alla samarbeten");
        Element filters = html.selectFirst("main form[method=get]");
        assertThat(filters.select("label").eachText()).containsExactly("Tjänst", "Status", "Ansvarig");
        assertThat(filters.select("#tjanst option").eachText()).containsExactly("Alla tjänster",
                "Digitala fakturor & dokument", "Lön");
        assertThat(filters.select("#status option").eachText()).containsExactly("Alla", "Inbjuden", "Aktiv",
                "Avböjd", "Inbjudan gick ut", "Avslutad", "Okopplad");
        assertThat(filters.select("#ansvarig option").eachText()).containsExactly("Alla medarbetare",
                "Karin Kundansvarig");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Samarbeten");
        assertThat(html.select("thead th").eachText()).containsExactly("Kund", "Tjänst", "Uppdrag", "Ansvarig",
                "Status");
        List<Element> rows = html.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Acme AB", "Lön", "Löpande bokföring",
                "Karin Kundansvarig", "Aktiv");
        assertThat(rows.get(0).selectFirst("td a").attr("href")).isEqualTo("/byra/kunder/" + clientId);
        assertThat(rows.get(0).select("td").get(1).selectFirst("a").attr("href"))
                .isEqualTo("/byra/samarbeten/" + active);
        assertThat(rows.get(1).select("td").stream().map(Element::text)).containsExactly("Acme AB",
                "Från import: Lön", "", "",
                "Okopplad");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–2 av 2");
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/collaborations")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("page", "0").containsEntry("size", "20")
                        .doesNotContainKeys("status", "service", "ownerId", "clientId", "engagementId"));
    }

    @Test
    void theFiltersAreSentToTheServiceAndKeptInTheForm() {
        twoCollaborations();
        UUID engagementId = UUID.randomUUID();

        Document html = browser.get("/byra/samarbeten?tjanst=payroll&status=aktiv&ansvarig=" + karin + "&kund="
                + clientId + "&uppdrag=" + engagementId).html();

        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/collaborations")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("service", "payroll")
                        .containsEntry("status", "ACTIVE").containsEntry("ownerId", karin.toString())
                        .containsEntry("clientId", clientId.toString())
                        .containsEntry("engagementId", engagementId.toString()));
        assertThat(html.selectFirst("#tjanst option[selected]").val()).isEqualTo("payroll");
        assertThat(html.selectFirst("#status option[selected]").val()).isEqualTo("aktiv");
        assertThat(html.selectFirst("#ansvarig option[selected]").val()).isEqualTo(karin.toString());
        assertThat(html.selectFirst("input[name=kund]").val()).isEqualTo(clientId.toString());
        assertThat(html.selectFirst("input[name=uppdrag]").val()).isEqualTo(engagementId.toString());
        assertThat(html.text()).contains("Bara samarbeten med Acme AB.",
                "Bara samarbeten i det valda uppdraget.");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Samarbeten som matchar urvalet");
    }

    @Test
    void theUnlinkedAreTheListFilteredWithKopplaOnEach() {
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(
                CollabFixtures.collaboration(unlinked, clientId, null, null, "UNLINKED")), 0, 20, 1));

        Document html = browser.get("/byra/samarbeten?status=okopplad").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Okopplade samarbeten");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text()).isEqualTo("Okopplade");
        Element koppla = html.selectFirst("tbody a[href=/byra/samarbeten/" + unlinked + "/koppla]");
        assertThat(koppla.text()).isEqualTo("Koppla samarbetet med Acme AB");
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/collaborations")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("status", "UNLINKED"));
    }

    @Test
    void emptyListsSayWhatItMeansAndWhatToDo() {
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document none = browser.get("/byra/samarbeten").html();
        Document noMatch = browser.get("/byra/samarbeten?tjanst=payroll").html();
        Document noUnlinked = browser.get("/byra/samarbeten?status=okopplad").html();

        assertThat(none.selectFirst(".empty-state").text()).startsWith("Inga samarbeten ännu Aktivera ett "
                + "samarbete från en kunds översikt");
        assertThat(none.select("table")).isEmpty();
        assertThat(noMatch.selectFirst(".empty-state").text()).startsWith("Inga samarbeten matchar urvalet");
        assertThat(noMatch.selectFirst(".empty-state a").attr("href")).isEqualTo("/byra/samarbeten");
        assertThat(noUnlinked.selectFirst(".empty-state").text()).startsWith("Inga okopplade samarbeten");
        assertThat(noUnlinked.selectFirst(".empty-state a").attr("href")).isEqualTo("/byra/samarbeten/import");
    }

    @Test
    void pagingKeepsTheFiltersAndAPagePastTheEndGoesToTheLast() {
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(
                CollabFixtures.collaboration(active, clientId, "payroll", "Lön", "ACTIVE")), 1, 20, 21));
        Document second = browser.get("/byra/samarbeten?status=aktiv&sida=2").html();
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(), 5, 20, 21));
        Page past = browser.get("/byra/samarbeten?status=aktiv&sida=6");

        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/byra/samarbeten?status=aktiv");
        assertThat(past.status()).isEqualTo(303);
        assertThat(past.location().orElseThrow()).endsWith("/byra/samarbeten?status=aktiv&sida=2");
    }

    @Test
    void theFiltersGoWithoutTheirChoicesWhenTheyCannotBeRead() {
        twoCollaborations();
        engagement.on("GET", "/staff", request -> Answer.problem(500, "{}"));
        collaboration.on("GET", "/catalogue", request -> Answer.problem(500, "{}"));

        Document html = browser.get("/byra/samarbeten").html();

        assertThat(html.select("#ansvarig option").eachText()).containsExactly("Alla medarbetare");
        assertThat(html.selectFirst("#ansvarig-hint").text()).isEqualTo("Medarbetarna kan inte visas just nu.");
        assertThat(html.select("#tjanst option")).hasSize(1);
        assertThat(html.select("tbody tr")).hasSize(2);
    }

    @Test
    void theSentRequestsShowWhoSentWhatAndWhatBecameOfIt() {
        collaboration.onJson("GET", "/collaborations/requests", 200, Fixtures.page(List.of(
                CollabFixtures.with(CollabFixtures.collaboration(active, clientId, "payroll", "Lön", "ACTIVE"),
                        "answeredAt", "2026-03-04T10:00:00Z", "answeredByName", "Maria Berg"),
                CollabFixtures.collaboration(UUID.randomUUID(), clientId, "scanner", "Scanner", "INVITED")),
                0, 20, 2));

        Page page = browser.get("/byra/samarbeten/forfragningar?status=godkanda");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Skickade förfrågningar");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text())
                .isEqualTo("Skickade förfrågningar");
        assertThat(html.select("#status option").eachText()).containsExactly("Alla", "Väntar på svar", "Godkända",
                "Avböjda", "Gick ut");
        assertThat(html.selectFirst("#status option[selected]").val()).isEqualTo("godkanda");
        assertThat(html.selectFirst("caption").text()).isEqualTo("Skickade inbjudningar till samarbete");
        assertThat(html.select("thead th").eachText()).containsExactly("Kund", "Tjänst", "Skickad", "Skickad av",
                "Status", "Besvarad");
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly("Acme AB", "Lön",
                "2026-03-02", "Karin Kundansvarig", "Aktiv", "2026-03-04 av Maria Berg");
        assertThat(html.select("tbody tr").get(1).select("td").get(5).text()).isEqualTo("Inte besvarad");
        assertThat(collaboration.requests()).singleElement().satisfies(r -> assertThat(r.query())
                .containsEntry("status", "ACTIVE"));
    }

    @Test
    void noRequestsSaySo() {
        collaboration.onJson("GET", "/collaborations/requests", 200, Fixtures.page(List.of(), 0, 20, 0));

        assertThat(browser.get("/byra/samarbeten/forfragningar").html().selectFirst(".empty-state").text())
                .startsWith("Inga förfrågningar skickade ännu");
        assertThat(browser.get("/byra/samarbeten/forfragningar?status=avbojda").html().selectFirst(".empty-state")
                .text()).startsWith("Inga förfrågningar med den statusen");
    }

    @Test
    void aListTheServiceCannotGiveIsSaidInWords() {
        collaboration.on("GET", "/collaborations", request -> Answer.problem(500, "{}"));
        collaboration.on("GET", "/collaborations/requests", request -> Answer.problem(500, "{}"));

        Page list = browser.get("/byra/samarbeten");
        Page requests = browser.get("/byra/samarbeten/forfragningar");

        assertThat(list.status()).isEqualTo(503);
        assertThat(list.html().selectFirst("h1").text()).isEqualTo("Samarbetena kan inte visas just nu");
        assertThat(requests.status()).isEqualTo(503);
        assertThat(requests.html().selectFirst("h1").text()).isEqualTo("Samarbetena kan inte visas just nu");
    }

    @Test
    void aClientUserGetsTheForbiddenPage() {
        browser = new Browser();
        signInClientUser();

        assertThat(browser.get("/byra/samarbeten").status()).isEqualTo(403);
        assertThat(browser.get("/byra/samarbeten/forfragningar").status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }
}
