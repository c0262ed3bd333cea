package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Request;
import se.byra.gateway.support.ServiceStub;

/** The board: the agency's cases with filters, whose turn in words, the unread and overdue markers, paging. */
@QuarkusTest
class CaseBoardTest extends PageTest {

    private final UUID clientId = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final UUID erik = UUID.randomUUID();

    @BeforeEach
    void staffAndClients() {
        signInStaff();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(erik, "Erik Ek",
                "erik@byran.test"), Fixtures.staffMember(UUID.randomUUID(), "Karin Kundansvarig",
                        "karin@byran.test")), 0, 100, 2));
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(Fixtures.clientSummary(clientId, "Acme AB",
                "556703-7485", null, true)), 0, 100, 1));
    }

    private void board(List<Map<String, Object>> rows, long total) {
        cases.onJson("GET", "/cases", 200, Fixtures.page(rows, 0, 20, total));
    }

    private Request boardRequest() {
        return cases.requests().stream().filter(r -> r.path().equals("/cases")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void theBoardListsTheCasesWithWhoseTurnTheMarkersAndTheDueDate() {
        Map<String, Object> unread = CaseFixtures.summaryRow(caseId, clientId, "DOCUMENT_REQUEST",
                "Kontoutdrag december", "WAITING_FOR_AGENCY");
        unread.put("unread", true);
        Map<String, Object> late = CaseFixtures.summaryRow(UUID.randomUUID(), clientId, "QUESTION", "Hyresavtalet",
                "WAITING_FOR_CLIENT");
        late.put("overdue", true);
        late.put("assigneeName", null);
        Map<String, Object> draft = CaseFixtures.summaryRow(UUID.randomUUID(), clientId, "FORM", "Personalfrågor",
                "DRAFT");
        draft.put("dueOn", null);
        board(List.of(unread, late, draft, CaseFixtures.summaryRow(UUID.randomUUID(), clientId, "INFORMATION",
                "Nya regler", "CLOSED"), CaseFixtures.summaryRow(UUID.randomUUID(), clientId, "APPROVAL",
                        "Årsredovisningen", "CANCELLED")), 5);

        Page page = browser.get("/byra/arenden");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Ärenden");
        assertThat(html.title()).isEqualTo("Ärenden – Byråplattformen");
        assertThat(html.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .containsExactly("Ärenden");
        assertThat(html.select("nav.sub-navigation a[aria-current=page]").eachText()).containsExactly("Alla ärenden");
        assertThat(html.selectFirst("caption").text()).isEqualTo("Alla ärenden");
        assertThat(html.select("thead th").eachText()).containsExactly("Ärende", "Kund", "Status", "Ansvarig",
                "Svar senast", "Senast ändrat");
        List<Element> rows = html.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Kontoutdrag december Dokumentbegäran",
                "Acme AB", "Väntar på byrån Ny händelse", "Karin Kundansvarig", "2026-03-31", "2026-03-05");
        assertThat(rows.get(0).selectFirst("td a").attr("href")).isEqualTo("/byra/arenden/" + caseId);
        assertThat(rows.get(0).select("td a").get(1).attr("href")).isEqualTo("/byra/kunder/" + clientId);
        assertThat(rows.get(1).select("td").eachText()).containsExactly("Hyresavtalet Fråga", "Acme AB",
                "Väntar på kunden", "Ingen", "2026-03-31 Försenat", "2026-03-05");
        assertThat(rows.get(1).selectFirst(".badge--red").text()).isEqualTo("Försenat");
        assertThat(rows.get(2).select("td").get(2).text()).isEqualTo("Utkast");
        assertThat(rows.get(2).select("td").get(4).text()).isEqualTo("Inget datum");
        assertThat(rows.get(3).select("td").get(2).text()).isEqualTo("Avslutat");
        assertThat(rows.get(4).select("td").get(2).text()).isEqualTo("Makulerat");
        assertThat(rows.get(0).select("td").eachAttr("data-label")).containsExactly("Ärende", "Kund", "Status",
                "Ansvarig", "Svar senast", "Senast ändrat");
        assertThat(html.selectFirst("a.button").attr("href")).isEqualTo("/byra/arenden/nytt");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–5 av 5");
        assertThat(boardRequest().query()).containsEntry("page", "0").containsEntry("size", "20")
                .doesNotContainKeys("status", "type", "overdue", "q");
    }

    @Test
    void theFiltersAreAGetFormAndGoToTheService() {
        board(List.of(CaseFixtures.summaryRow(caseId, clientId, "DOCUMENT_REQUEST", "Kontoutdrag december",
                "WAITING_FOR_CLIENT")), 45);

        Document html = browser.get("/byra/arenden?status=vantar-pa-kunden&typ=dokumentbegaran&ansvarig=" + erik
                + "&kund=" + clientId + "&fore=2026-04-01&forsenade=ja&q=kontoutdrag").html();

        assertThat(boardRequest().query()).containsEntry("status", "WAITING_FOR_CLIENT")
                .containsEntry("type", "DOCUMENT_REQUEST").containsEntry("assigneeId", erik.toString())
                .containsEntry("clientId", clientId.toString()).containsEntry("dueBefore", "2026-04-01")
                .containsEntry("overdue", "true").containsEntry("q", "kontoutdrag");
        Element form = html.selectFirst("form.filters");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("label").eachText()).containsExactly("Sök på rubrik", "Status", "Typ", "Ansvarig",
                "Kund", "Svar senast före", "Bara försenade");
        assertThat(form.selectFirst("#q").val()).isEqualTo("kontoutdrag");
        assertThat(form.selectFirst("#status option[selected]").text()).isEqualTo("Väntar på kunden");
        assertThat(form.select("#status option").eachText()).containsExactly("Alla", "Öppna", "Väntar på byrån",
                "Väntar på kunden", "Utkast", "Avslutat", "Makulerat");
        assertThat(form.selectFirst("#typ option[selected]").text()).isEqualTo("Dokumentbegäran");
        assertThat(form.selectFirst("#ansvarig option[selected]").text()).isEqualTo("Erik Ek");
        assertThat(form.selectFirst("#kund option[selected]").text()).isEqualTo("Acme AB");
        assertThat(form.selectFirst("#fore").val()).isEqualTo("2026-04-01");
        assertThat(form.selectFirst("#forsenade").hasAttr("checked")).isTrue();
        assertThat(html.selectFirst("caption").text()).isEqualTo("Ärenden som matchar filtret");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–20 av 45");
        assertThat(html.selectFirst("a[rel=next]").attr("href")).isEqualTo("/byra/arenden?q=kontoutdrag"
                + "&status=vantar-pa-kunden&typ=dokumentbegaran&ansvarig=" + erik + "&kund=" + clientId
                + "&fore=2026-04-01&forsenade=ja&sida=2");
    }

    @Test
    void openMeansTheThreeOpenStatusesAndTheSignedInUserComesFirstAsMe() {
        board(List.of(), 0);
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(erik, "Erik Ek",
                "erik@byran.test"), Fixtures.staffMember(UUID.randomUUID(), "Karin Kundansvarig",
                        "karin@byran.test")), 0, 100, 2));

        Document html = browser.get("/byra/arenden?status=oppna").html();

        assertThat(boardRequest().queryValues("status")).containsExactly("DRAFT", "WAITING_FOR_CLIENT",
                "WAITING_FOR_AGENCY");
        assertThat(html.select("#ansvarig option").eachText()).containsExactly("Alla", "Jag (Karin Kundansvarig)",
                "Erik Ek");
    }

    @Test
    void emptyBoardsSayWhatToDo() {
        board(List.of(), 0);

        assertThat(browser.get("/byra/arenden").html().selectFirst(".empty-state").text())
                .startsWith("Inga ärenden ännu");
        Element filtered = browser.get("/byra/arenden?typ=fraga").html().selectFirst(".empty-state");
        assertThat(filtered.text()).startsWith("Inga ärenden matchar filtret");
        assertThat(filtered.selectFirst("a").attr("href")).isEqualTo("/byra/arenden");
    }

    @Test
    void theBoardGoesWithoutTheChoicesEngagementServiceCannotGive() {
        board(List.of(CaseFixtures.summaryRow(caseId, clientId, "QUESTION", "Hyresavtalet", "WAITING_FOR_CLIENT")),
                1);
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/arenden");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("#ansvarig-hint").text()).isEqualTo("Valen kan inte visas just nu.");
        assertThat(page.html().selectFirst("#kund-hint").text()).isEqualTo("Valen kan inte visas just nu.");
        assertThat(page.html().select("tbody tr")).hasSize(1);
    }

    @Test
    void aClientUserGetsTheForbiddenPageAndCaseServiceIsNotAsked() {
        browser = new se.byra.gateway.support.Browser();
        signInClientUser();

        for (String path : List.of("/byra/arenden", "/byra/arenden/nytt", "/byra/arenden/" + caseId,
                "/byra/arenden/mallar")) {
            Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        }
        // signing in lands on the portal, whose to-do list asks case-service as the client user: nothing else is asked
        assertThat(cases.requests()).allSatisfy(request -> assertThat(request.path()).isEqualTo("/me/case-tasks"));
    }

    @Test
    void whenCaseServiceIsDownTheBoardSaysSo() {
        cases.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/arenden");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Ärendena kan inte visas just nu");
        assertThat(page.body()).doesNotContain("Exception");
    }
}
