package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;
import se.byra.gateway.support.HttpStub.Request;
import se.byra.gateway.support.ServiceStub;

/** The agency's templates: the list, a new one, changing and removing one, and sending one to many clients. */
@QuarkusTest
class CaseTemplatesTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID id = UUID.randomUUID();
    private final UUID approval = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID bergs = UUID.randomUUID();
    private final String path = "/byra/arenden/mallar";
    private String token;

    @BeforeEach
    void templates() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        cases.onJson("GET", "/case-templates/" + id, 200, bokslut());
        cases.onJson("GET", "/case-templates", 200, Fixtures.page(List.of(bokslut(), CaseFixtures.template(approval,
                "Årsredovisning", "APPROVAL", null, Map.of())), 0, 20, 2));
    }

    private Map<String, Object> bokslut() {
        return CaseFixtures.template(id, "Bokslut", "DOCUMENT_REQUEST", 14, Map.of("documents", List.of(
                CaseFixtures.document("d1", "Kontoutdrag december", true))));
    }

    private Request last(String method, String path) {
        return cases.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    @Test
    void theListHasEachTemplateWithItsActions() {
        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Mallar för ärenden");
        assertThat(html.select("nav.sub-navigation a[aria-current=page]").eachText()).containsExactly("Mallar");
        assertThat(html.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .containsExactly("Ärenden");
        assertThat(html.selectFirst("caption").text()).isEqualTo("Byråns mallar");
        List<Element> rows = html.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Bokslut", "Dokumentbegäran",
                "Underlag till bokslut", "14 dagar", "Skicka till flera kunder Bokslut Ta bort Bokslut");
        assertThat(rows.get(0).select("a").eachAttr("href")).containsExactly(path + "/" + id + "/redigera",
                path + "/" + id + "/skicka", path + "/" + id + "/ta-bort");
        assertThat(rows.get(1).select("td").get(3).text()).isEqualTo("Inget sista datum");
        assertThat(rows.get(1).select("a").eachText()).as("an approval is not sent in bulk")
                .doesNotContain("Skicka till flera kunder Årsredovisning");

        cases.onJson("GET", "/case-templates", 200, Fixtures.page(List.of(), 0, 20, 0));
        assertThat(browser.get(path).html().selectFirst(".empty-state").text()).startsWith("Inga mallar ännu");
    }

    @Test
    void aNewTemplateHasItsTypeFirstThenItsFieldsAndIsSaved() throws Exception {
        Document choose = browser.get(path + "/ny").html();
        assertThat(choose.select(".choice__label").eachText()).containsExactly("Fråga", "Dokumentbegäran",
                "Godkännande", "Information", "Formulär");
        Page nothing = browser.get(path + "/ny?steg=1");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html().select(".error-summary a").eachAttr("href")).containsExactly("#typ");

        Document form = browser.get(path + "/ny?typ=formular").html();
        assertThat(form.selectFirst("h1").text()).isEqualTo("Ny mall: Formulär");
        assertThat(form.select("main form label").eachText()).startsWith("Mallens namn", "Rubrik", "Beskrivning",
                "Svarstid i dagar", "Fältets namn");

        cases.onJson("POST", "/case-templates", 201, bokslut());
        Page saved = browser.post(path + "/ny", Form.of("_csrf", token, "typ", "formular", "name", "Personal",
                "title", "Personalfrågor", "description", "Inför lönerna.", "dueInDays", "14",
                "fieldKey", "", "fieldLabel", "Antal anställda", "fieldType", "NUMBER", "fieldOptions", "",
                "fieldRequired", "0", "action", "save"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(browser.base().resolve(path).toString());
        JsonNode body = JSON.readTree(last("POST", "/case-templates").body());
        assertThat(body.get("name").asText()).isEqualTo("Personal");
        assertThat(body.get("type").asText()).isEqualTo("FORM");
        assertThat(body.get("dueInDays").asInt()).isEqualTo(14);
        assertThat(body.get("definition").get("fields").get(0).get("label").asText()).isEqualTo("Antal anställda");
        assertThat(browser.follow(saved).html().selectFirst(".notification-banner").text())
                .contains("Mallen är sparad.");
    }

    @Test
    void theTemplateFormsErrorsAreInWords() {
        Page page = browser.post(path + "/ny", Form.of("_csrf", token, "typ", "fraga", "name", "", "title", "Hyran",
                "description", "", "dueInDays", "400", "action", "save"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().select(".error-summary a").eachText()).containsExactly("Ange mallens namn",
                "Ange svarstiden som ett antal dagar, 0–365");

        cases.onJson("POST", "/case-templates", 409, Fixtures.typedProblem("template-name-taken", 409));
        Page taken = browser.post(path + "/ny", Form.of("_csrf", token, "typ", "fraga", "name", "Bokslut", "title",
                "Hyran", "description", "", "dueInDays", "", "action", "save"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.html().select(".error-summary a").eachText())
                .containsExactly("Byrån har redan en mall med det namnet. Välj ett annat.");
    }

    @Test
    void changingATemplateSendsItsVersionAndAStaleOneIsANoticeAndATakenNameAnErrorAtTheName() throws Exception {
        Document form = browser.get(path + "/" + id + "/redigera").html();
        assertThat(form.selectFirst("h1").text()).isEqualTo("Redigera mallen ”Bokslut”");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Bokslut");
        assertThat(form.selectFirst("#dueInDays").val()).isEqualTo("14");
        assertThat(form.selectFirst("#docName-0").val()).isEqualTo("Kontoutdrag december");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("2");

        cases.onJson("PUT", "/case-templates/" + id, 200, bokslut());
        Form change = Form.of("_csrf", token, "typ", "dokumentbegaran", "version", "2", "name", "Bokslut 2026",
                "title", "Underlag", "description", "", "dueInDays", "10", "docKey", "d1", "docName",
                "Kontoutdrag december", "docRequired", "0", "action", "save");
        assertThat(browser.post(path + "/" + id + "/redigera", change).status()).isEqualTo(303);
        JsonNode body = JSON.readTree(last("PUT", "/case-templates/" + id).body());
        assertThat(body.get("version").asInt()).isEqualTo(2);
        assertThat(body.get("type").asText()).isEqualTo("DOCUMENT_REQUEST");

        cases.onJson("PUT", "/case-templates/" + id, 409, Fixtures.typedProblem("template-changed", 409));
        Page stale = browser.post(path + "/" + id + "/redigera", change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().selectFirst(".notice[role=alert]").text())
                .startsWith("Någon annan har ändrat mallen medan du redigerade, så dina ändringar är inte sparade.");
        assertThat(stale.html().selectFirst(".notice a").attr("href")).isEqualTo(path + "/" + id + "/redigera");
        assertThat(stale.html().selectFirst("#name").val()).isEqualTo("Bokslut 2026");
        assertThat(stale.html().select(".error-summary")).isEmpty();

        cases.onJson("PUT", "/case-templates/" + id, 409, Fixtures.typedProblem("template-name-taken", 409));
        Page taken = browser.post(path + "/" + id + "/redigera", change);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.html().select(".error-summary a").eachText())
                .containsExactly("Byrån har redan en mall med det namnet. Välj ett annat.");
        assertThat(taken.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#name");
        assertThat(taken.html().select(".notice[role=alert]")).isEmpty();
    }

    @Test
    void removingATemplateSaysWhatItDoesFirst() {
        Document confirm = browser.get(path + "/" + id + "/ta-bort").html();
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Ta bort mallen ”Bokslut”");
        assertThat(confirm.select("main li").eachText()).contains(
                "Ärenden som redan har skapats från mallen finns kvar som de är.");
        assertThat(confirm.selectFirst("main form").attr("action")).isEqualTo(path + "/" + id + "/ta-bort");
        assertThat(confirm.selectFirst("main form button").attr("class")).isEqualTo("button button--warning");

        cases.onJson("DELETE", "/case-templates/" + id, 200, bokslut());
        Page removed = browser.post(path + "/" + id + "/ta-bort", Form.of("_csrf", token));
        assertThat(removed.status()).isEqualTo(303);
        assertThat(cases.requests()).anyMatch(r -> r.method().equals("DELETE"));
    }

    @Test
    void aTemplateIsSentToTheChosenClientsAndTheReportSaysHowItWent() throws Exception {
        cases.onJson("GET", "/consents", 200, Fixtures.page(List.of(CaseFixtures.consentItem(acme, "Acme AB"),
                CaseFixtures.consentItem(bergs, "Bergs Bygg")), 0, 50, 2));

        Document form = browser.get(path + "/" + id + "/skicka").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Skicka ”Bokslut” till flera kunder");
        assertThat(last("GET", "/consents").query()).containsEntry("status", "GRANTED").containsEntry("size", "50");
        assertThat(form.select("tbody label").eachText()).containsExactly("Acme AB", "Bergs Bygg");
        assertThat(form.select("input[name=kund]").eachAttr("id")).containsExactly("kund", "kund-2");
        assertThat(form.selectFirst("label[for=alla]").text()).isEqualTo("Alla 2 kunder som har gett samtycke");
        assertThat(form.selectFirst("#dueOn-hint").text())
                .isEqualTo("Lämna tomt för mallens svarstid, 14 dagar från i dag.");

        Page none = browser.post(path + "/" + id + "/skicka", Form.of("_csrf", token, "dueOn", "", "assigneeId",
                ""));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.html().select(".error-summary a").eachText()).containsExactly("Välj minst en kund");
        assertThat(none.html().select(".error-summary a").eachAttr("href")).containsExactly("#kund");

        UUID caseId = UUID.randomUUID();
        cases.onJson("POST", "/case-templates/" + id + "/dispatch", 200, CaseFixtures.report(
                List.of(CaseFixtures.sent(acme, "Acme AB", caseId)),
                List.of(CaseFixtures.refused(bergs, "Bergs Bygg", "NO_CONSENT"))));
        Page report = browser.post(path + "/" + id + "/skicka", Form.of("_csrf", token, "kund", acme.toString(),
                "kund", bergs.toString(), "dueOn", "", "assigneeId", ""));

        assertThat(report.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(last("POST", "/case-templates/" + id + "/dispatch").body());
        assertThat(body.get("clientIds").toString()).isEqualTo("[\"" + acme + "\",\"" + bergs + "\"]");
        assertThat(body.get("dueOn").isNull()).isTrue();
        Document html = report.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Resultat: ”Bokslut”");
        assertThat(html.selectFirst("p.lead").text()).isEqualTo("Skickade ärenden: 1. Kunder som inte fick ärendet: 1.");
        assertThat(html.selectFirst("section[aria-labelledby=sent] a").attr("href"))
                .isEqualTo("/byra/arenden/" + caseId);
        assertThat(html.selectFirst("section[aria-labelledby=sent] a").text()).isEqualTo("Ärendet till Acme AB");
        assertThat(html.select("section[aria-labelledby=refused] tbody td").eachText())
                .containsExactly("Bergs Bygg", "Kunden har inte gett samtycke");
    }

    /** case-service's clients with consent: {@code total} of them, answered a page at a time as asked. */
    private List<UUID> consenting(int total) {
        List<UUID> all = IntStream.range(0, total).mapToObj(i -> UUID.randomUUID()).toList();
        cases.on("GET", "/consents", request -> {
            int page = Integer.parseInt(request.query().get("page"));
            int size = Integer.parseInt(request.query().get("size"));
            List<Map<String, Object>> items = all.stream().skip((long) page * size).limit(size)
                    .map(client -> CaseFixtures.consentItem(client, "Kund " + client)).toList();
            return Answer.json(200, ServiceStub.json(Fixtures.page(items, page, size, total)));
        });
        return all;
    }

    @Test
    void everyClientWithConsentIsChosenWithOneBoxAcrossThePages() throws Exception {
        List<UUID> all = consenting(120);
        cases.onJson("POST", "/case-templates/" + id + "/dispatch", 200, CaseFixtures.report(List.of(), List.of()));

        Document form = browser.get(path + "/" + id + "/skicka").html();
        Page report = browser.post(path + "/" + id + "/skicka", Form.of("_csrf", token, "alla", "ja", "dueOn", "",
                "assigneeId", ""));

        assertThat(form.selectFirst("label[for=alla]").text()).isEqualTo("Alla 120 kunder som har gett samtycke");
        assertThat(form.select("input[name=kund]")).hasSize(50);
        assertThat(report.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(last("POST", "/case-templates/" + id + "/dispatch").body());
        assertThat(body.get("clientIds")).hasSize(120);
        assertThat(body.get("clientIds").get(119).asText()).isEqualTo(all.get(119).toString());
    }

    @Test
    void moreClientsWithConsentThanOneSendTakesIsAnErrorAtTheField() {
        consenting(501);

        Page refused = browser.post(path + "/" + id + "/skicka", Form.of("_csrf", token, "alla", "ja", "dueOn",
                "", "assigneeId", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".error-summary a").eachText())
                .containsExactly("Välj högst 500 kunder åt gången");
        assertThat(refused.html().selectFirst("#alla").hasAttr("checked")).isTrue();
        assertThat(cases.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void anApprovalIsNotSentInBulk() {
        cases.onJson("GET", "/case-templates/" + approval, 200, CaseFixtures.template(approval, "Årsredovisning",
                "APPROVAL", null, Map.of()));
        cases.onJson("GET", "/consents", 200, Fixtures.page(List.of(CaseFixtures.consentItem(acme, "Acme AB")), 0,
                50, 1));

        Document html = browser.get(path + "/" + approval + "/skicka").html();

        assertThat(html.select("main form")).isEmpty();
        assertThat(html.selectFirst("h1 + p").text()).startsWith("Ett godkännande skickas ett i taget");
    }
}
