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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;
import se.byra.gateway.support.HttpStub.Request;
import se.byra.gateway.support.ServiceStub;

/** One case: everything it has, in words, the actions its {@code actions} allow, files up and down. */
@QuarkusTest
class CaseDetailTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final UUID id = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final UUID fileId = UUID.randomUUID();
    private final String path = "/byra/arenden/" + id;
    private String token;

    @BeforeEach
    void staffSignedIn() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        cases.onJson("GET", "/cases/" + id + "/comments", 200, Fixtures.page(List.of(), 0, 100, 0));
        cases.onJson("GET", "/cases/" + id + "/history", 200, Fixtures.page(List.of(), 0, 100, 0));
        cases.on("POST", "/cases/" + id + "/read", request -> new Answer(204, null, "", Map.of()));
    }

    private void theCase(Map<String, Object> c) {
        cases.onJson("GET", "/cases/" + id, 200, c);
    }

    private Map<String, Object> answeredDocumentRequest() {
        Map<String, Object> c = CaseFixtures.caseView(id, clientId, "DOCUMENT_REQUEST", "Kontoutdrag december",
                "WAITING_FOR_AGENCY", "RETURN", "CLOSE", "CANCEL", "COMMENT", "ATTACH", "EDIT");
        c.put("unread", true);
        c.put("definition", Map.of("documents", List.of(CaseFixtures.document("d1", "Kontoutdrag december", true),
                CaseFixtures.document("d2", "Lånebesked", false))));
        c.put("answer", Map.of("text", "Lånebeskedet kommer nästa vecka."));
        c.put("submitted", true);
        c.put("answeredAt", "2026-03-06T10:00:00Z");
        c.put("answeredByName", "Maria Berg");
        c.put("attachments", List.of(CaseFixtures.attachment(fileId, "d1", "december.pdf", "CLIENT", "Maria Berg")));
        return c;
    }

    private List<String> actions(Document html) {
        Element group = html.selectFirst("main > .button-group");
        return group == null ? List.of() : group.select(".button").eachText();
    }

    private Request last(String method, String path) {
        return cases.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    @Test
    void aCaseShowsWhatItAsksWithTheClientsAnswerBesideEachPart() {
        theCase(answeredDocumentRequest());
        cases.onJson("GET", "/cases/" + id + "/comments", 200, Fixtures.page(List.of(
                CaseFixtures.comment("CLIENT", "Maria Berg", "Här är december.\nResten kommer.")), 0, 100, 1));
        cases.onJson("GET", "/cases/" + id + "/history", 200, Fixtures.page(List.of(
                CaseFixtures.step("2026-03-01T09:00:00Z", "CREATED", "AGENCY", "Karin Kundansvarig", null),
                CaseFixtures.step("2026-03-02T09:00:00Z", "SENT", "AGENCY", "Karin Kundansvarig", null),
                CaseFixtures.step("2026-03-05T09:00:00Z", "REMINDED", "SYSTEM", null, null),
                CaseFixtures.step("2026-03-06T10:00:00Z", "ANSWERED", "CLIENT", "Maria Berg", null),
                CaseFixtures.step("2026-03-07T10:00:00Z", "SOMETHING_NEW", "AGENCY", null, null)), 0, 100, 5));

        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Kontoutdrag december");
        assertThat(html.selectFirst("p.caption").text()).isEqualTo("Dokumentbegäran");
        assertThat(html.selectFirst("h1 + p").text()).isEqualTo("Väntar på byrån");
        assertThat(actions(html)).containsExactly("Skicka tillbaka med kommentar", "Redigera", "Avsluta",
                "Makulera");
        assertThat(html.selectFirst("a.button--warning").attr("href")).isEqualTo(path + "/makulera");
        Element details = html.selectFirst("section[aria-labelledby=details]");
        assertThat(details.select("dt").eachText()).containsExactly("Kund", "Typ", "Ansvarig", "Svar senast",
                "Skapat", "Skickat till kunden");
        assertThat(details.select("dd").eachText()).containsExactly("Acme AB", "Dokumentbegäran",
                "Karin Kundansvarig", "2026-03-31", "2026-03-01 av Karin Kundansvarig", "2026-03-02");
        assertThat(details.selectFirst("dd a").attr("href")).isEqualTo("/byra/kunder/" + clientId);
        assertThat(details.selectFirst(".text-lines").wholeText()).isEqualTo("Skicka in underlagen.\nTack!");
        Element answer = html.selectFirst("section[aria-labelledby=answer]");
        assertThat(answer.selectFirst("h2").text()).isEqualTo("Kundens svar");
        assertThat(answer.selectFirst("p").text()).isEqualTo("Besvarat 2026-03-06 av Maria Berg.");
        assertThat(answer.select("thead th").eachText()).containsExactly("Dokument", "Krävs", "Kundens filer");
        assertThat(answer.select("tbody tr").get(0).select("td").eachText()).containsExactly("Kontoutdrag december",
                "Ja", "december.pdf (245 kB)");
        assertThat(answer.select("tbody tr").get(1).select("td").eachText()).containsExactly("Lånebesked", "Nej",
                "Inga filer ännu");
        assertThat(answer.selectFirst("tbody a").attr("href")).isEqualTo(path + "/filer/" + fileId);
        assertThat(answer.text()).contains("Kundens kommentar Lånebeskedet kommer nästa vecka.");
        Element files = html.selectFirst("section[aria-labelledby=files]");
        assertThat(files.select("tbody td").eachText()).startsWith("december.pdf 245 kB", "Kontoutdrag december",
                "Maria Berg (Kunden)", "2026-03-06");
        assertThat(files.select("form[enctype=multipart/form-data]")).hasSize(1);
        assertThat(files.selectFirst("#fil-hint").text()).startsWith("Högst 10 MB.");
        Element comments = html.selectFirst("section[aria-labelledby=comments]");
        assertThat(comments.selectFirst(".comment__meta").text()).isEqualTo("Maria Berg (Kunden) 2026-03-06");
        assertThat(comments.selectFirst(".comment .text-lines").wholeText()).isEqualTo("Här är december.\n"
                + "Resten kommer.");
        assertThat(comments.selectFirst("form").attr("action")).isEqualTo(path + "/kommentarer");
        Element history = html.selectFirst("section[aria-labelledby=history]");
        assertThat(history.selectFirst("caption").text()).isEqualTo("Ärendets historik");
        assertThat(history.select("tbody td:nth-child(2)").eachText()).containsExactly("Skapat",
                "Skickat till kunden", "Påminnelse skickad", "Besvarat", "Okänd händelse");
        assertThat(history.select("tbody td:nth-child(3)").eachText()).containsExactly(
                "Karin Kundansvarig (Byrån)", "Karin Kundansvarig (Byrån)", "Automatiskt", "Maria Berg (Kunden)",
                "Byrån");
        assertThat(html.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .containsExactly("Ärenden");
        assertThat(last("POST", "/cases/" + id + "/read").body()).isEqualTo("{}");
    }

    @Test
    void aCaseAlreadyReadIsNotMarkedAgain() {
        Map<String, Object> c = answeredDocumentRequest();
        c.put("unread", false);
        theCase(c);

        browser.get(path);

        assertThat(cases.requests()).noneMatch(r -> r.path().endsWith("/read"));
    }

    @Test
    void eachTypesAnswerIsShownInWords() {
        Map<String, Object> form = CaseFixtures.caseView(id, clientId, "FORM", "Personal", "WAITING_FOR_AGENCY");
        form.put("definition", Map.of("fields", List.of(CaseFixtures.field("f1", "Antal anställda", "NUMBER", true),
                CaseFixtures.field("f2", "Kollektivavtal", "YES_NO", false),
                CaseFixtures.field("f3", "Lönelista", "FILE", false),
                CaseFixtures.field("f4", "Löneart", "CHOICE", false, "Månadslön", "Timlön"))));
        form.put("answer", Map.of("values", Map.of("f1", "12", "f2", "YES")));
        form.put("attachments", List.of(CaseFixtures.attachment(fileId, "f3", "lista.xlsx", "CLIENT",
                "Maria Berg")));
        theCase(form);
        Element fields = browser.get(path).html().selectFirst("section[aria-labelledby=answer]");
        assertThat(fields.select("tbody tr").stream().map(r -> r.select("td").eachText()).toList()).containsExactly(
                List.of("Antal anställda", "Tal", "Ja", "12"), List.of("Kollektivavtal", "Ja eller nej", "Nej", "Ja"),
                List.of("Lönelista", "Fil", "Nej", "lista.xlsx (245 kB)"),
                List.of("Löneart", "Val bland alternativ", "Nej", "Inget svar ännu"));

        Map<String, Object> approval = CaseFixtures.caseView(id, clientId, "APPROVAL", "Årsredovisningen",
                "CLOSED");
        approval.put("answer", Map.of("decision", "REJECTED", "comment", "Fel datum på sidan 3."));
        approval.put("attachments", List.of(CaseFixtures.attachment(fileId, "document", "ar.pdf", "AGENCY",
                "Karin Kundansvarig")));
        approval.put("closedAt", "2026-03-08T10:00:00Z");
        approval.put("closingReason", "COMPLETED");
        approval.put("closingNote", "Rättad och skickad på nytt.");
        theCase(approval);
        Document html = browser.get(path).html();
        Element answer = html.selectFirst("section[aria-labelledby=answer]");
        assertThat(answer.select("li").eachText()).containsExactly("ar.pdf (245 kB)");
        assertThat(answer.select("dd").eachText()).containsExactly("Avvisat", "Fel datum på sidan 3.");
        assertThat(html.selectFirst("section[aria-labelledby=details]").select("dt").eachText())
                .contains("Avslutat", "Anledning", "Anteckning");
        assertThat(html.selectFirst("section[aria-labelledby=details]").select("dd").eachText())
                .contains("Avslutat av byrån", "Rättad och skickad på nytt.");
        assertThat(actions(html)).isEmpty();
        assertThat(html.select("form[enctype=multipart/form-data]")).isEmpty();

        Map<String, Object> information = CaseFixtures.caseView(id, clientId, "INFORMATION", "Nya regler",
                "CLOSED");
        information.put("answer", Map.of("acknowledged", true));
        theCase(information);
        assertThat(browser.get(path).html().selectFirst("section[aria-labelledby=answer]").text())
                .isEqualTo("Kundens bekräftelse Kunden har bekräftat att den har läst informationen.");

        theCase(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "WAITING_FOR_CLIENT"));
        assertThat(browser.get(path).html().selectFirst("section[aria-labelledby=answer]").text())
                .isEqualTo("Kundens svar Kunden har inte svarat ännu.");
    }

    @Test
    void sendingADraftAsksTheServiceAndSaysSo() {
        theCase(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "DRAFT", "SEND", "EDIT", "CANCEL",
                "ATTACH", "COMMENT"));
        assertThat(actions(browser.get(path).html())).containsExactly("Skicka till kunden", "Redigera",
                "Makulera");
        cases.onJson("POST", "/cases/" + id + "/sending", 200, CaseFixtures.caseView(id, clientId, "QUESTION",
                "Hyran", "WAITING_FOR_CLIENT"));

        Page sent = browser.post(path + "/skicka", Form.of("_csrf", token));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains(browser.base().resolve(path).toString());
        assertThat(last("POST", "/cases/" + id + "/sending").body()).isEqualTo("{}");
        assertThat(browser.follow(sent).html().selectFirst(".notification-banner").text())
                .contains("Ärendet är skickat till kunden.");
    }

    @Test
    void aDraftWhoseClientHasNotConsentedSaysWhyAndWhatToDoInsteadOfOfferingToSendIt() {
        Map<String, String> warnings = Map.of(
                "NONE", "Kunden har inte gett samtycke till ärendehantering, så ärendet kan inte skickas ännu.",
                "REQUESTED", "Kunden är inbjuden till ärendehantering men har inte svarat ännu,",
                "DECLINED", "Kunden har avböjt ärendehantering, så ärendet kan inte skickas.",
                "REVOKED", "Kunden har återkallat sitt samtycke till ärendehantering, så ärendet kan inte skickas.");
        for (var consent : warnings.entrySet()) {
            theCase(Fixtures.with(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "DRAFT", "SEND", "EDIT",
                    "CANCEL", "ATTACH", "COMMENT"), "consent", consent.getKey()));

            Document html = browser.get(path).html();

            Element warning = html.selectFirst("main .warning-text");
            assertThat(warning).as(consent.getKey()).isNotNull();
            assertThat(warning.text()).as(consent.getKey()).startsWith("! Varning " + consent.getValue());
            assertThat(warning.selectFirst("a").attr("href")).isEqualTo("/byra/kunder/" + clientId + "#cases");
            assertThat(warning.selectFirst("a").text()).isEqualTo("Gå till kundens samtycke");
            assertThat(actions(html)).as(consent.getKey()).containsExactly("Redigera", "Makulera");
            assertThat(html.select("main form").eachAttr("action")).doesNotContain(path + "/skicka");
            assertThat(warning.nextElementSibling().hasClass("button-group")).isTrue();
        }

        theCase(Fixtures.with(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "WAITING_FOR_CLIENT",
                "CLOSE", "CANCEL", "COMMENT"), "consent", "REVOKED"));
        assertThat(browser.get(path).html().select("main .warning-text")).isEmpty();
        theCase(Fixtures.with(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "DRAFT", "SEND"), "consent",
                null));
        assertThat(actions(browser.get(path).html())).containsExactly("Skicka till kunden");
    }

    @Test
    void sendingWithoutConsentSaysSoWithTheWayToTheOverview() {
        theCase(Fixtures.with(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "DRAFT", "SEND"), "consent",
                "REQUESTED"));
        cases.onJson("POST", "/cases/" + id + "/sending", 409, Fixtures.typedProblem("consent-required", 409));

        Page page = browser.post(path + "/skicka", Form.of("_csrf", token));

        assertThat(page.status()).isEqualTo(409);
        Element notice = page.html().selectFirst(".notice[role=alert]");
        assertThat(notice.text()).startsWith("Kunden har inte gett samtycke till ärendehantering");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/byra/kunder/" + clientId + "#cases");
        assertThat(notice.selectFirst("a").text()).isEqualTo("Gå till kundens samtycke");
        assertThat(page.html().select("main .warning-text")).as("said once, at the top").isEmpty();

        cases.onJson("POST", "/cases/" + id + "/sending", 422, CaseFixtures.typedProblem(
                "approval-document-missing", 422, "attachments"));
        Page missing = browser.post(path + "/skicka", Form.of("_csrf", token));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.html().selectFirst(".notice[role=alert]").text())
                .isEqualTo("Bifoga dokumentet som kunden ska godkänna innan ni skickar ärendet.");

        cases.onJson("POST", "/cases/" + id + "/sending", 409, Fixtures.typedProblem("case-status", 409));
        assertThat(browser.post(path + "/skicka", Form.of("_csrf", token)).html()
                .selectFirst(".notice[role=alert]").text()).startsWith("Ärendet har ändrats sedan du öppnade det.");
    }

    @Test
    void givingBackNeedsAComment() throws Exception {
        theCase(answeredDocumentRequest());
        Document step = browser.get(path + "/skicka-tillbaka").html();
        assertThat(step.selectFirst("h1").text()).isEqualTo("Skicka tillbaka ”Kontoutdrag december”");
        assertThat(step.select("main li").eachText()).hasSize(2);
        assertThat(step.selectFirst("label[for=text]").text()).isEqualTo("Kommentar till kunden");

        Page empty = browser.post(path + "/skicka-tillbaka", Form.of("_csrf", token, "text", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select(".error-summary a").eachText())
                .containsExactly("Skriv vad kunden behöver komplettera eller ändra");
        assertThat(empty.html().select(".error-summary a").eachAttr("href")).containsExactly("#text");

        cases.onJson("POST", "/cases/" + id + "/return", 200, answeredDocumentRequest());
        Page done = browser.post(path + "/skicka-tillbaka", Form.of("_csrf", token, "text", "Lånebeskedet saknas."));
        assertThat(done.status()).isEqualTo(303);
        assertThat(JSON.readTree(last("POST", "/cases/" + id + "/return").body()).get("text").asText())
                .isEqualTo("Lånebeskedet saknas.");
    }

    @Test
    void closingAndCancellingSayWhatHappensAndTakeANote() throws Exception {
        theCase(answeredDocumentRequest());
        Document close = browser.get(path + "/avsluta").html();
        assertThat(close.selectFirst("h1").text()).isEqualTo("Avsluta ”Kontoutdrag december”");
        assertThat(close.selectFirst("main form button").text()).isEqualTo("Avsluta ärendet");
        cases.onJson("POST", "/cases/" + id + "/closing", 200, answeredDocumentRequest());
        assertThat(browser.post(path + "/avsluta", Form.of("_csrf", token, "text", "")).status()).isEqualTo(303);
        assertThat(JSON.readTree(last("POST", "/cases/" + id + "/closing").body()).path("note").isTextual())
                .as("no note").isFalse();

        Document cancel = browser.get(path + "/makulera").html();
        assertThat(cancel.selectFirst(".warning-text").text()).contains("Ett makulerat ärende går inte att öppna igen.");
        assertThat(cancel.selectFirst("main form button").attr("class")).isEqualTo("button button--warning");
        cases.onJson("POST", "/cases/" + id + "/cancellation", 200, answeredDocumentRequest());
        assertThat(browser.post(path + "/makulera", Form.of("_csrf", token, "text", "Fel kund.")).status())
                .isEqualTo(303);
        assertThat(JSON.readTree(last("POST", "/cases/" + id + "/cancellation").body()).get("note").asText())
                .isEqualTo("Fel kund.");

        theCase(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "CLOSED"));
        Document notNow = browser.get(path + "/makulera").html();
        assertThat(notNow.select("main form")).isEmpty();
        assertThat(notNow.selectFirst("h1 + p").text()).startsWith("Det går inte att göra det med ”Hyran” nu.");
    }

    @Test
    void aCommentIsSentAndAnEmptyOneIsAnError() throws Exception {
        theCase(answeredDocumentRequest());
        Page empty = browser.post(path + "/kommentarer", Form.of("_csrf", token, "comment", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select(".error-summary a").eachAttr("href")).containsExactly("#comment");
        assertThat(empty.html().selectFirst("#comment-error").text()).isEqualTo("Fel: Skriv en kommentar");

        cases.onJson("POST", "/cases/" + id + "/comments", 201, CaseFixtures.comment("AGENCY", "Karin", "Tack!"));
        Page sent = browser.post(path + "/kommentarer", Form.of("_csrf", token, "comment", "Tack!"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location().orElseThrow()).endsWith(path + "#comments");
        assertThat(JSON.readTree(last("POST", "/cases/" + id + "/comments").body()).get("text").asText())
                .isEqualTo("Tack!");
    }

    @Test
    void aFileIsPassedOnAsItsBytesWithItsNameAndItem() {
        theCase(CaseFixtures.caseView(id, clientId, "APPROVAL", "Årsredovisningen", "DRAFT", "SEND", "ATTACH"));
        Element upload = browser.get(path).html().selectFirst("form[enctype=multipart/form-data]");
        assertThat(upload.select(".choice__label").eachText()).containsExactly("Dokumentet att godkänna",
                "Ärendet i stort");
        assertThat(upload.selectFirst("#item").hasAttr("checked")).isTrue();
        cases.onJson("POST", "/cases/" + id + "/attachments", 201, CaseFixtures.attachment(fileId, "document",
                "årsredovisning.pdf", "AGENCY", "Karin"));
        byte[] pdf = "%PDF-1.7 the document".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Page done = browser.postMultipart(path + "/filer", Form.of("_csrf", token, "item", "document"), "fil",
                "årsredovisning.pdf", "application/pdf", pdf);

        assertThat(done.status()).isEqualTo(303);
        Request sent = last("POST", "/cases/" + id + "/attachments");
        assertThat(sent.query()).containsEntry("item", "document").containsEntry("fileName", "årsredovisning.pdf");
        assertThat(sent.header("Content-Type")).startsWith("application/octet-stream");
        assertThat(sent.bytes()).isEqualTo(pdf);
        assertThat(browser.follow(done).html().selectFirst(".notification-banner").text())
                .contains("Filen är uppladdad.");
    }

    @Test
    void theUploadsRefusalsAreSaidAtTheField() {
        theCase(CaseFixtures.caseView(id, clientId, "QUESTION", "Hyran", "WAITING_FOR_CLIENT", "ATTACH", "COMMENT"));
        byte[] file = new byte[] { 1, 2, 3 };

        cases.onJson("POST", "/cases/" + id + "/attachments", 413, Fixtures.typedProblem("file-too-large", 413));
        Page large = browser.postMultipart(path + "/filer", Form.of("_csrf", token), "fil", "stor.pdf",
                "application/pdf", file);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.html().selectFirst("#fil-error").text()).isEqualTo("Fel: Filen är för stor (högst 10 MB)");
        assertThat(large.html().select(".error-summary a").eachAttr("href")).containsExactly("#fil");
        assertThat(large.html().selectFirst("#fil").attr("aria-describedby")).contains("fil-error");

        cases.onJson("POST", "/cases/" + id + "/attachments", 415, Fixtures.typedProblem("file-type-not-allowed",
                415));
        Page type = browser.postMultipart(path + "/filer", Form.of("_csrf", token), "fil", "program.exe",
                "application/octet-stream", file);
        assertThat(type.status()).isEqualTo(415);
        assertThat(type.html().selectFirst("#fil-error").text()).isEqualTo("Fel: Filtypen går inte att ta emot. "
                + "Tillåtna: PDF, bilder (JPEG, PNG, HEIC), Word, Excel, OpenDocument, text, CSV, XML/SIE");
        assertThat(last("POST", "/cases/" + id + "/attachments").query()).doesNotContainKey("item");

        cases.clearRequests();
        Page none = browser.postMultipart(path + "/filer", Form.of("_csrf", token), "fil", "", "application/pdf",
                new byte[0]);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.html().selectFirst("#fil-error").text()).isEqualTo("Fel: Välj en fil att ladda upp");
        Page tooLarge = browser.postMultipart(path + "/filer", Form.of("_csrf", token), "fil", "stor.pdf",
                "application/pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html().selectFirst("#fil-error").text())
                .isEqualTo("Fel: Filen är för stor (högst 10 MB)");
        assertThat(cases.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aFileIsAlwaysADownload() {
        cases.on("GET", "/cases/" + id + "/attachments/" + fileId, request -> new Answer(200, "application/pdf",
                "", Map.of("Content-Disposition", "attachment; filename=\"december.pdf\""), new byte[] { 1, 2 }));

        Page file = browser.get(path + "/filer/" + fileId);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"december.pdf\"");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");

        cases.on("GET", "/cases/" + id + "/attachments/" + fileId, request -> new Answer(200, "text/html", "",
                Map.of("Content-Disposition", "inline"), new byte[] { 60, 104 }));
        assertThat(browser.get(path + "/filer/" + fileId).header("Content-Disposition")).isEqualTo("attachment");

        assertThat(browser.get(path + "/filer/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void editingASentCaseChangesOnlyItsDateAndAssignee() throws Exception {
        UUID erik = UUID.randomUUID();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(erik, "Erik Ek",
                "erik@byran.test")), 0, 100, 1));
        Map<String, Object> c = answeredDocumentRequest();
        theCase(c);

        Document form = browser.get(path + "/redigera").html();
        assertThat(form.selectFirst("h1").text()).isEqualTo("Redigera ”Kontoutdrag december”");
        assertThat(form.select("#title, #description, input[name=docName]")).isEmpty();
        assertThat(form.selectFirst("main form").text()).contains("Svarsdatum och ansvarig kan ändras.");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("3");

        cases.onJson("PUT", "/cases/" + id, 200, c);
        String later = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(30).toString();
        Page saved = browser.post(path + "/redigera", Form.of("_csrf", token, "version", "3", "dueOn", later,
                "assigneeId", erik.toString(), "title", "Något annat", "action", "save"));

        assertThat(saved.status()).isEqualTo(303);
        var body = JSON.readTree(last("PUT", "/cases/" + id).body());
        assertThat(body.get("version").asInt()).isEqualTo(3);
        assertThat(body.get("title").asText()).isEqualTo("Kontoutdrag december");
        assertThat(body.get("dueOn").asText()).isEqualTo(later);
        assertThat(body.get("assigneeId").asText()).isEqualTo(erik.toString());
        assertThat(body.get("definition").get("documents").findValuesAsText("key")).containsExactly("d1", "d2");

        cases.onJson("PUT", "/cases/" + id, 409, Fixtures.typedProblem("case-changed", 409));
        Page stale = browser.post(path + "/redigera", Form.of("_csrf", token, "version", "2", "dueOn", later,
                "action", "save"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().selectFirst(".notice[role=alert]").text())
                .startsWith("Någon annan har ändrat ärendet medan du redigerade, så dina ändringar är inte sparade.");
        assertThat(stale.html().selectFirst(".notice a").attr("href")).isEqualTo(path + "/redigera");
        assertThat(stale.html().selectFirst("#dueOn").val()).isEqualTo(later);

        cases.onJson("PUT", "/cases/" + id, 409, Fixtures.typedProblem("case-sent", 409));
        assertThat(browser.post(path + "/redigera", Form.of("_csrf", token, "version", "3", "dueOn", later,
                "action", "save")).html().selectFirst(".notice[role=alert]").text())
                .startsWith("Ärendet är redan skickat till kunden.");
    }

    @Test
    void aCaseOutsideTheUsersScopeIsTheNotFoundPage() {
        for (String page : List.of(path, path + "/redigera", path + "/avsluta", path + "/skicka-tillbaka")) {
            Page answer = browser.get(page);

            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        }
        assertThat(browser.get("/byra/arenden/inte-ett-id").status()).isEqualTo(404);
    }

    @Test
    void whatCannotBeReadIsSaidAndTheRestShows() {
        theCase(answeredDocumentRequest());
        cases.onFailing("GET", "/cases/" + id + "/comments");
        cases.onFailing("GET", "/cases/" + id + "/history");

        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("section[aria-labelledby=comments] .notice").text())
                .isEqualTo("Kommentarerna kan inte visas just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("section[aria-labelledby=history] .notice").text())
                .isEqualTo("Historiken kan inte visas just nu. Försök igen om en stund.");

        cases.mode(ServiceStub.Mode.FAILING);
        Page down = browser.get(path);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("h1").text()).isEqualTo("Ärendet kan inte visas just nu");
    }
}
