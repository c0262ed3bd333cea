package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import se.byra.gateway.support.HttpStub.Request;

/** A new case: the type (and template) first, then the type's fields, saved as a draft. */
@QuarkusTest
class NewCaseTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID clientId = UUID.randomUUID();
    private final UUID created = UUID.randomUUID();
    private final UUID erik = UUID.randomUUID();
    private final UUID templateId = UUID.randomUUID();
    private final String tomorrow = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1).toString();
    private String token;

    @BeforeEach
    void aClientAndItsAgency() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("GET", "/clients/" + clientId, 200, Fixtures.clientView(clientId, "Acme AB",
                "556703-7485", null, 1, List.of()));
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(erik, "Erik Ek",
                "erik@byran.test")), 0, 100, 1));
        cases.onJson("GET", "/case-templates", 200, Fixtures.page(List.of(CaseFixtures.template(templateId,
                "Bokslut", "DOCUMENT_REQUEST", 14, Map.of("documents", List.of(CaseFixtures.document("d1",
                        "Kontoutdrag december", true), CaseFixtures.document("d4", "Lånebesked", false))))), 0,
                100, 1));
        cases.onJson("POST", "/cases", 201, CaseFixtures.caseView(created, clientId, "DOCUMENT_REQUEST", "Bokslut",
                "DRAFT"));
    }

    private Request createRequest() {
        return cases.requests().stream().filter(r -> r.method().equals("POST") && r.path().equals("/cases"))
                .findFirst().orElseThrow(() -> new AssertionError("no POST /cases"));
    }

    private static JsonNode json(Request request) throws Exception {
        return JSON.readTree(request.body());
    }

    private Form documentRequest(String title, String... names) {
        Form form = Form.of("_csrf", token, "kund", clientId.toString(), "typ", "dokumentbegaran", "mall", "",
                "title", title, "description", "Till bokslutet.", "dueOn", tomorrow, "assigneeId", erik.toString());
        for (String name : names) {
            form.add("docKey", "").add("docName", name);
        }
        return form;
    }

    @Test
    void theFirstStepAsksTheTypeWithWhatTheClientDoesAndOffersTheTemplates() {
        Page page = browser.get("/byra/arenden/nytt?kund=" + clientId);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Nytt ärende till Acme AB");
        Element form = html.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.selectFirst("input[name=kund]").val()).isEqualTo(clientId.toString());
        assertThat(form.selectFirst("legend").text()).isEqualTo("Vilken sorts ärende?");
        assertThat(form.select(".choice__label").eachText()).containsExactly("Fråga", "Dokumentbegäran",
                "Godkännande", "Information", "Formulär");
        assertThat(form.select(".choice__hint").eachText()).containsExactly("Kunden svarar med text.",
                "Kunden laddar upp de dokument ni ber om, en eller flera filer per dokument.",
                "Kunden godkänner eller avvisar ett dokument som ni bifogar, och kan lämna en kommentar.",
                "Kunden bekräftar att den har läst. Det avslutar ärendet.",
                "Kunden fyller i de fält ni lägger upp: text, tal, datum, ja eller nej, val bland alternativ eller "
                        + "fil.");
        assertThat(form.selectFirst("input[type=radio]").id()).isEqualTo("typ");
        assertThat(form.select("input[type=radio][checked]")).isEmpty();
        assertThat(form.select("#mall option").eachText()).containsExactly("Ingen mall",
                "Bokslut (Dokumentbegäran)");
        assertThat(html.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .containsExactly("Ärenden");
    }

    @Test
    void withoutAClientTheFirstStepOffersTheRegister() {
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(Fixtures.clientSummary(clientId, "Acme AB",
                "556703-7485", null, true)), 0, 100, 1));

        Document html = browser.get("/byra/arenden/nytt").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Nytt ärende");
        assertThat(html.select("#kund option").eachText()).containsExactly("Välj kund", "Acme AB");

        Page nothing = browser.get("/byra/arenden/nytt?steg=1&kund=&mall=");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html().select(".error-summary a").eachText()).containsExactly(
                "Välj vilken kund ärendet gäller", "Välj vilken sorts ärende det är, eller en mall");
        assertThat(nothing.html().select(".error-summary a").eachAttr("href")).containsExactly("#kund", "#typ");
        assertThat(nothing.html().title()).startsWith("Fel: ");
    }

    @Test
    void aDocumentRequestHasEmptyRowsAndMoreWithoutJavaScript() {
        Document html = browser.get("/byra/arenden/nytt?kund=" + clientId + "&typ=dokumentbegaran").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Nytt ärende till Acme AB");
        assertThat(html.selectFirst("main form").attr("action")).isEqualTo("/byra/arenden/nytt");
        assertThat(html.select("main form label").eachText()).startsWith("Rubrik", "Beskrivning",
                "Svar senast (frivilligt)", "Ansvarig på byrån");
        assertThat(html.select("#assigneeId option").eachText()).containsExactly("Ingen", "Erik Ek");
        assertThat(html.select("input[name=docName]")).hasSize(3);
        assertThat(html.select("#documents legend").eachText()).containsExactly(
                "Dokument som kunden ska ladda upp", "Dokument 1", "Dokument 2", "Dokument 3");
        assertThat(html.select("input[name=docRequired]").eachAttr("value")).containsExactly("0", "1", "2");
        assertThat(html.selectFirst("main form button").attr("value")).as("Enter saves").isEqualTo("save");

        Page more = browser.post("/byra/arenden/nytt", documentRequest("Bokslut", "Kontoutdrag", "", "")
                .add("docRequired", "0").add("action", "add-documents"));

        assertThat(more.status()).isEqualTo(200);
        assertThat(more.html().select("input[name=docName]")).hasSize(6);
        assertThat(more.html().selectFirst("#docName-0").val()).isEqualTo("Kontoutdrag");
        assertThat(more.html().selectFirst("#docRequired-0").hasAttr("checked")).isTrue();
        assertThat(more.html().selectFirst("#title").val()).isEqualTo("Bokslut");
        assertThat(cases.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void savingSendsTheDraftAndLeadsToTheCase() throws Exception {
        Page answer = browser.post("/byra/arenden/nytt", documentRequest("Bokslut", "Kontoutdrag december", "",
                "Lånebesked").add("docRequired", "0").add("action", "save"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).contains(browser.base().resolve("/byra/arenden/" + created).toString());
        JsonNode body = json(createRequest());
        assertThat(body.get("clientId").asText()).isEqualTo(clientId.toString());
        assertThat(body.get("type").asText()).isEqualTo("DOCUMENT_REQUEST");
        assertThat(body.get("title").asText()).isEqualTo("Bokslut");
        assertThat(body.get("description").asText()).isEqualTo("Till bokslutet.");
        assertThat(body.get("dueOn").asText()).isEqualTo(tomorrow);
        assertThat(body.get("assigneeId").asText()).isEqualTo(erik.toString());
        assertThat(body.get("templateId").isNull()).isTrue();
        assertThat(body.get("definition").get("fields").isNull()).isTrue();
        JsonNode documents = body.get("definition").get("documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("key").asText()).isEqualTo("d1");
        assertThat(documents.get(0).get("name").asText()).isEqualTo("Kontoutdrag december");
        assertThat(documents.get(0).get("required").asBoolean()).isTrue();
        assertThat(documents.get(1).get("key").asText()).isEqualTo("d2");
        assertThat(documents.get(1).get("name").asText()).isEqualTo("Lånebesked");
        assertThat(documents.get(1).get("required").asBoolean()).isFalse();
        assertThat(browser.cookie("banner")).isPresent();
    }

    @Test
    void theGatewaysOwnChecksComeFirst() {
        Page page = browser.post("/byra/arenden/nytt", documentRequest("", "", "", "")
                .add("action", "save"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Nytt ärende till Acme AB");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Ange en rubrik",
                "Lägg till minst ett dokument");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#docName-0");
        assertThat(html.selectFirst("#title").attr("aria-describedby")).contains("title-error");
        assertThat(html.selectFirst("#description").text()).isEqualTo("Till bokslutet.");
        assertThat(cases.requests()).noneMatch(r -> r.method().equals("POST"));

        Page past = browser.post("/byra/arenden/nytt", Form.of("_csrf", token, "kund", clientId.toString(), "typ",
                "fraga", "title", "Hyran", "description", "", "dueOn", "2020-01-01", "assigneeId", "", "action",
                "save"));
        assertThat(past.html().select(".error-summary a").eachText())
                .containsExactly("Välj ett datum från och med i dag");
        Page notADate = browser.post("/byra/arenden/nytt", Form.of("_csrf", token, "kund", clientId.toString(),
                "typ", "fraga", "title", "Hyran", "description", "", "dueOn", "i morgon", "action", "save"));
        assertThat(notADate.html().select(".error-summary a").eachText())
                .containsExactly("Ange datumet som år-månad-dag, till exempel 2026-03-31");
    }

    @Test
    void theServicesFieldErrorsAreShownAtTheRowsTheyCameFrom() {
        cases.onJson("POST", "/cases", 400, Fixtures.invalid(Map.of("dueOn", "a date from today on",
                "assigneeId", "not an active staff member of the agency", "definition.documents[1].name",
                "must not be blank")));

        Page page = browser.post("/byra/arenden/nytt", documentRequest("Bokslut", "", "Kontoutdrag", "Lånebesked")
                .add("action", "save"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Välj ett datum från och med i dag",
                "Välj en medarbetare som är aktiv på byrån",
                "Kontrollera dokument 3: ett namn på högst 200 tecken");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#dueOn", "#assigneeId",
                "#docName-2");
        assertThat(html.selectFirst("#docName-2").val()).isEqualTo("Lånebesked");

        cases.onJson("POST", "/cases", 400, Fixtures.invalid(Map.of("definition.documents", "name at least one")));
        assertThat(browser.post("/byra/arenden/nytt", documentRequest("Bokslut", "Kontoutdrag").add("action",
                "save")).html().select(".error-summary a").eachText()).containsExactly("Lägg till minst ett dokument");
    }

    @Test
    void aFormsFieldsHaveTheirTypesInWordsAndAChoiceItsOptions() throws Exception {
        Document html = browser.get("/byra/arenden/nytt?kund=" + clientId + "&typ=formular").html();
        assertThat(html.select("#fieldType-0 option").eachText()).containsExactly("Text", "Tal", "Datum",
                "Ja eller nej", "Val bland alternativ", "Fil");
        assertThat(html.select("input[name=fieldLabel]")).hasSize(3);

        Form form = Form.of("_csrf", token, "kund", clientId.toString(), "typ", "formular", "title", "Personal",
                "description", "", "dueOn", "", "assigneeId", "",
                "fieldKey", "", "fieldLabel", "Antal anställda", "fieldType", "NUMBER", "fieldOptions", "",
                "fieldKey", "", "fieldLabel", "Löneart", "fieldType", "CHOICE", "fieldOptions", "Månadslön\nTimlön",
                "fieldKey", "", "fieldLabel", "", "fieldType", "TEXT", "fieldOptions", "",
                "fieldRequired", "0", "action", "save");
        assertThat(browser.post("/byra/arenden/nytt", form).status()).isEqualTo(303);

        JsonNode body = json(createRequest());
        assertThat(body.get("type").asText()).isEqualTo("FORM");
        assertThat(body.get("dueOn").isNull()).isTrue();
        assertThat(body.get("definition").get("documents").isNull()).isTrue();
        JsonNode fields = body.get("definition").get("fields");
        assertThat(fields).hasSize(2);
        assertThat(fields.get(0).get("key").asText()).isEqualTo("f1");
        assertThat(fields.get(0).get("type").asText()).isEqualTo("NUMBER");
        assertThat(fields.get(0).get("required").asBoolean()).isTrue();
        assertThat(fields.get(1).get("options").toString()).isEqualTo("[\"Månadslön\",\"Timlön\"]");

        Page oneOption = browser.post("/byra/arenden/nytt", Form.of("_csrf", token, "kund", clientId.toString(),
                "typ", "formular", "title", "Personal", "fieldKey", "", "fieldLabel", "Löneart", "fieldType",
                "CHOICE", "fieldOptions", "Månadslön", "action", "save"));
        assertThat(oneOption.status()).isEqualTo(400);
        assertThat(oneOption.html().select(".error-summary a").eachAttr("href")).containsExactly("#fieldOptions-0");
        assertThat(oneOption.html().selectFirst(".error-summary a").text()).startsWith("Fält 1 behöver 2–20 olika");
    }

    @Test
    void aTemplateFillsTheFormAndIsNamedInTheDraft() throws Exception {
        cases.onJson("GET", "/case-templates/" + templateId, 200, CaseFixtures.template(templateId, "Bokslut",
                "DOCUMENT_REQUEST", 14, Map.of("documents", List.of(CaseFixtures.document("d1",
                        "Kontoutdrag december", true), CaseFixtures.document("d4", "Lånebesked", false)))));

        Document html = browser.get("/byra/arenden/nytt?kund=" + clientId + "&mall=" + templateId).html();

        assertThat(html.selectFirst("main p:contains(Typ:)").text()).startsWith("Typ: Dokumentbegäran");
        assertThat(html.selectFirst("#title").val()).isEqualTo("Underlag till bokslut");
        assertThat(html.selectFirst("#description").text()).isEqualTo("Beskrivning av Bokslut");
        assertThat(html.selectFirst("#dueOn").val()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Stockholm"))
                .plusDays(14).toString());
        assertThat(html.select("input[name=docName]").eachAttr("value")).startsWith("Kontoutdrag december",
                "Lånebesked", "");
        assertThat(html.select("input[name=docKey]").eachAttr("value")).startsWith("d1", "d4", "");
        assertThat(html.selectFirst("input[name=mall]").val()).isEqualTo(templateId.toString());
        assertThat(html.selectFirst("input[name=typ]").val()).isEqualTo("dokumentbegaran");

        Form form = Form.of("_csrf", token, "kund", clientId.toString(), "typ", "dokumentbegaran", "mall",
                templateId.toString(), "title", "Underlag till bokslut", "description", "", "dueOn", "",
                "docKey", "d1", "docName", "Kontoutdrag december", "docKey", "d4", "docName", "Lånebesked",
                "docKey", "", "docName", "Hyresavtal", "action", "save");
        browser.post("/byra/arenden/nytt", form);

        JsonNode body = json(createRequest());
        assertThat(body.get("templateId").asText()).isEqualTo(templateId.toString());
        JsonNode documents = body.get("definition").get("documents");
        assertThat(documents.findValuesAsText("key")).containsExactly("d1", "d4", "d2");
    }

    @Test
    void aClientOutsideTheUsersScopeIsTheNotFoundPage() {
        Page page = browser.get("/byra/arenden/nytt?kund=" + UUID.randomUUID() + "&typ=fraga");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
    }
}
