package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.FilePart;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.PortalCaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub;
import se.byra.gateway.support.HttpStub.Answer;

/**
 * One case in the portal: the agency's text, its facts, the answer form of each type, saving a draft and sending it,
 * the service's refusals at the fields, files uploaded, refused, removed and downloaded, comments, history, and a
 * closed case to read.
 */
@QuarkusTest
class CompanyCaseTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID bergs = UUID.randomUUID();
    private final UUID id = UUID.randomUUID();
    private final String page = "/portal/foretag/" + bergs + "/arenden/" + id;
    private final String service = "/companies/" + bergs + "/cases/" + id;
    private String token;

    /** Kalle signed in, a user of Bergs Bygg AB (and of Sandbergs Design AB), nothing to do. */
    private void signIn() {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.bergsAndSandbergs(bergs, "USER"));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(), 0, 100, 0));
        token = browser.get("/portal/foretag/" + bergs).csrf();
        comments();
        history();
        cases.clearRequests();
    }

    private void caseIs(Map<String, Object> view) {
        cases.onJson("GET", service, 200, view);
    }

    private void comments(Object... comments) {
        cases.onJson("GET", service + "/comments", 200, Fixtures.page(List.of(comments), 0, 100, comments.length));
    }

    private void history(Object... steps) {
        cases.onJson("GET", service + "/history", 200, Fixtures.page(List.of(steps), 0, 100, steps.length));
    }

    private Map<String, Object> question() {
        return PortalCaseFixtures.sent(id, bergs, "QUESTION", "Moms på hyran", PortalCaseFixtures.none());
    }

    private Form form(String... namesAndValues) {
        return Form.of(namesAndValues).add("_csrf", token);
    }

    /** The answer form posted as the browser does (multipart), with {@code files}. */
    private Page answer(List<FilePart> files, String... namesAndValues) {
        return browser.postMultipart(page + "/svar", form(namesAndValues), files);
    }

    private Page answer(String... namesAndValues) {
        return answer(List.of(), namesAndValues);
    }

    private List<HttpStub.Request> changes() {
        return cases.requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    private JsonNode body(HttpStub.Request request) throws Exception {
        return JSON.readTree(request.body());
    }

    private String bannerAfter(Page answered) {
        return bannerOn(answered, page);
    }

    private static FilePart pdf(String field, String name) {
        return new FilePart(field, name, "application/pdf", "%PDF-1.4 kontoutdrag".getBytes(StandardCharsets.UTF_8));
    }

    // The page

    @Test
    void theCaseShowsTheAgencysTextItsFactsAndTheAnswerFormAndIsMarkedRead() {
        signIn();
        caseIs(Fixtures.with(question(), "unread", true));
        cases.on("POST", service + "/read", request -> new Answer(204, null, "", Map.of()));
        comments(PortalCaseFixtures.comment("AGENCY", "Anna Andersson", "Hör av er om något är oklart.",
                "2026-12-01T10:00:00Z"));
        history(PortalCaseFixtures.step("2026-11-30T09:00:00Z", "CREATED", "AGENCY", "Anna Andersson", null),
                PortalCaseFixtures.step("2026-12-01T09:00:00Z", "SENT", "AGENCY", "Anna Andersson", null),
                PortalCaseFixtures.step("2026-12-02T09:00:00Z", "REMINDED", "SYSTEM", null, null));

        Page shown = browser.get(page);

        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        Document html = shown.html();
        assertThat(html.title()).startsWith("Moms på hyran –");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Moms på hyran");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.selectFirst("a.back-link").attr("href")).isEqualTo("/portal/foretag/" + bergs + "/arenden");
        assertThat(html.selectFirst(".case-state").text()).isEqualTo("Väntar på dig");
        assertThat(html.select("main p").eachText()).contains("Bollen ligger hos dig: byrån väntar på ditt svar.");
        assertThat(html.select("main > dl.summary-list .summary-list__row").eachText()).containsExactly(
                "Typ Fråga", "Svara senast 2026-12-14", "Skickat Anna Andersson, 2026-12-01",
                "Handläggare på byrån Anna Andersson");
        assertThat(html.selectFirst("#description").text()).isEqualTo("Från byrån");
        assertThat(html.selectFirst("section[aria-labelledby=description] .case-text").wholeText())
                .isEqualTo("Hej!\nVi behöver det här från er.");
        Element form = html.selectFirst("section[aria-labelledby=answer] form");
        assertThat(form.attr("action")).isEqualTo(page + "/svar");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.selectFirst("label[for=text]").text()).isEqualTo("Ditt svar");
        assertThat(form.selectFirst("textarea#text").attr("name")).isEqualTo("text");
        assertThat(form.select(".button-group button").eachText()).containsExactly("Skicka till byrån",
                "Spara utkast");
        assertThat(form.select(".button-group button.button--secondary").eachText()).containsExactly("Spara utkast");
        assertThat(form.selectFirst("button").attr("value")).as("Enter saves").isEqualTo("spara");
        Element comments = html.selectFirst("section[aria-labelledby=comments]");
        assertThat(comments.select(".comment").eachText()).containsExactly(
                "Anna Andersson, 2026-12-01 Hör av er om något är oklart.");
        assertThat(comments.selectFirst("form").attr("action")).isEqualTo(page + "/kommentarer");
        assertThat(comments.selectFirst("label[for=comment-text]").text()).isEqualTo("Skriv en kommentar");
        assertThat(html.select("section[aria-labelledby=history] tbody tr").stream().map(r -> r.select("td")
                .eachText()).toList()).containsExactly(List.of("2026-11-30", "Ärendet skapades", "Anna Andersson"),
                        List.of("2026-12-01", "Byrån skickade ärendet", "Anna Andersson"),
                        List.of("2026-12-02", "En påminnelse skickades", "Automatiskt"));
        assertThat(cases.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo(service + "/read"));
    }

    @Test
    void aCaseAlreadyReadIsNotMarkedAgainAndAnOverdueDayIsSaid() {
        signIn();
        caseIs(Fixtures.with(question(), "overdue", true));

        Document html = browser.get(page).html();

        assertThat(html.selectFirst(".case-state").text()).isEqualTo("Väntar på dig Försenat");
        assertThat(html.select("main > dl.summary-list .summary-list__row").eachText())
                .contains("Svara senast Skulle ha besvarats senast 2026-12-14");
        assertThat(changes()).isEmpty();
    }

    @Test
    void anotherCompanysCaseOrADraftIsTheNotFoundPage() {
        signIn();

        Page unknown = browser.get(page);
        Page notAnId = browser.get("/portal/foretag/" + bergs + "/arenden/inte-ett-id");

        assertThat(List.of(unknown, notAnId)).allSatisfy(answered -> {
            assertThat(answered.status()).isEqualTo(404);
            assertThat(answered.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        });
    }

    // Saving and sending

    @Test
    void savingADraftKeepsThePartialAnswerAndShowsItAgain() throws Exception {
        signIn();
        caseIs(question());
        cases.onJson("PUT", service + "/answer", 200, question());

        Page saved = answer("action", "spara", "text", "Vi hyr av  Fastighets AB");

        assertThat(changes()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(service + "/answer"));
        JsonNode sent = body(changes().get(0));
        assertThat(sent.get("answer").get("text").asText()).isEqualTo("Vi hyr av  Fastighets AB");
        assertThat(sent.get("answer").size()).as("only the parts of the type").isEqualTo(1);
        caseIs(Fixtures.with(question(), "answer", Map.of("text", "Vi hyr av  Fastighets AB")));
        assertThat(bannerAfter(saved)).isEqualTo("Utkastet är sparat. Du kan fortsätta senare.");
        Document again = browser.get(page).html();
        assertThat(again.selectFirst("textarea#text").text()).isEqualTo("Vi hyr av  Fastighets AB");
        assertThat(again.selectFirst("section[aria-labelledby=answer] .notice").text())
                .startsWith("Du har ett sparat utkast.");
    }

    @Test
    void sendingTheAnswerGivesTheBallToTheAgency() throws Exception {
        signIn();
        caseIs(question());
        cases.onJson("POST", service + "/answer/submission", 200, question());

        Page sent = answer("action", "skicka", "text", "Ja, vi tar ut moms.");

        assertThat(changes()).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo(service + "/answer/submission"));
        assertThat(body(changes().get(0)).get("answer").get("text").asText()).isEqualTo("Ja, vi tar ut moms.");
        assertThat(bannerAfter(sent)).isEqualTo("Ditt svar är skickat till byrån. Nu ligger bollen hos byrån.");
    }

    @Test
    void theServicesRefusalIsAnErrorAtTheFieldInWordsAndTheAnswerIsKept() {
        signIn();
        caseIs(question());
        cases.onJson("POST", service + "/answer/submission", 400, PortalCaseFixtures.invalid("answer.text"));

        Page refused = answer("action", "skicka", "text", "");

        assertThat(refused.status()).isEqualTo(400);
        Document html = refused.html();
        assertThat(html.title()).startsWith("Fel: Moms på hyran");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#text");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Skriv ditt svar");
        assertThat(html.selectFirst("#text-error").text()).isEqualTo("Fel: Skriv ditt svar");
        assertThat(html.selectFirst("textarea#text").attr("aria-describedby")).isEqualTo("text-error");
    }

    @Test
    void aCaseNoLongerTheCompanysTurnIsShownAsItIsWithANotice() {
        signIn();
        caseIs(Fixtures.with(Fixtures.with(question(), "status", "WAITING_FOR_AGENCY"), "actions",
                List.of("COMMENT")));

        Page late = answer("action", "skicka", "text", "Ja");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.html().selectFirst(".notice").text())
                .isEqualTo("Ärendet väntar inte längre på ditt svar. Så här ser det ut nu.");
        assertThat(late.html().select("section[aria-labelledby=answer]")).isEmpty();
        assertThat(changes()).isEmpty();
    }

    @Test
    void anAnswerTheServiceCannotTakeNowKeepsWhatWasWritten() {
        signIn();
        caseIs(question());
        cases.onFailing("PUT", service + "/answer");

        Page page = answer("action", "spara", "text", "Mitt svar");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Ditt svar kunde inte sparas");
        assertThat(page.html().selectFirst("textarea#text").text()).isEqualTo("Mitt svar");
    }

    // A document request, its files

    private Map<String, Object> documentRequest(Object... attachments) {
        return Fixtures.with(PortalCaseFixtures.sent(id, bergs, "DOCUMENT_REQUEST", "Underlag december",
                PortalCaseFixtures.documents(PortalCaseFixtures.document("d1", "Kontoutdrag december", true),
                        PortalCaseFixtures.document("d2", "Kvitton", false))), "attachments", List.of(attachments));
    }

    @Test
    void aDocumentRequestListsEachDocumentWithItsMarkerFilesAndUploadField() {
        signIn();
        UUID mine = UUID.randomUUID();
        caseIs(documentRequest(PortalCaseFixtures.attachment(mine, "d1", "kontoutdrag-dec.pdf", "CLIENT", 120_000)));

        Document html = browser.get(page).html();

        List<Element> documents = html.select("section[aria-labelledby=answer] fieldset.document");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).selectFirst("legend").text()).isEqualTo("Kontoutdrag december (krävs)");
        assertThat(documents.get(1).selectFirst("legend").text()).isEqualTo("Kvitton (frivilligt)");
        Element file = documents.get(0).selectFirst(".file-list__item");
        assertThat(file.selectFirst("a").ownText()).isEqualTo("kontoutdrag-dec.pdf");
        assertThat(file.selectFirst("a").attr("href")).isEqualTo(page + "/filer/" + mine);
        assertThat(file.selectFirst(".file-list__meta").text()).isEqualTo("118 kB, Kalle Kund, 2026-12-02");
        assertThat(file.selectFirst("button").attr("value")).isEqualTo("ta-bort-" + mine);
        assertThat(file.selectFirst("button").text()).isEqualTo("Ta bort kontoutdrag-dec.pdf");
        assertThat(documents.get(1).selectFirst(".secondary").text()).isEqualTo("Ingen fil uppladdad ännu.");
        Element input = documents.get(0).selectFirst("input[type=file]");
        assertThat(input.id()).isEqualTo("documents-d1");
        assertThat(input.attr("name")).isEqualTo("documents-d1");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(html.selectFirst("#documents-d1-hint").text()).contains("högst 10 MB per fil");
        assertThat(html.selectFirst("label[for=text]").text()).isEqualTo("Meddelande till byrån (frivilligt)");
    }

    @Test
    void theFilesChosenAreSentToTheServiceForTheirDocumentsBeforeTheAnswerIsSaved() throws Exception {
        signIn();
        caseIs(documentRequest());
        cases.onJson("POST", service + "/attachments", 201, PortalCaseFixtures.attachment(UUID.randomUUID(), "d1",
                "x.pdf", "CLIENT", 10));
        cases.onJson("PUT", service + "/answer", 200, documentRequest());

        Page saved = answer(List.of(pdf("documents-d1", "kontoutdrag dec.pdf"), pdf("documents-d1", "nov.pdf"),
                pdf("documents-d2", "kvitto.pdf"), new FilePart("documents-d2", "", "application/octet-stream",
                        new byte[0])), "action", "spara", "text", "Här är allt");

        assertThat(changes()).extracting(HttpStub.Request::method).containsExactly("POST", "POST", "POST", "PUT");
        List<HttpStub.Request> uploads = changes().subList(0, 3);
        assertThat(uploads).extracting(r -> r.query().get("item")).containsExactly("d1", "d1", "d2");
        assertThat(uploads).extracting(r -> r.query().get("fileName")).containsExactly("kontoutdrag dec.pdf",
                "nov.pdf", "kvitto.pdf");
        assertThat(uploads.get(0).bytes()).isEqualTo("%PDF-1.4 kontoutdrag".getBytes(StandardCharsets.UTF_8));
        assertThat(uploads.get(0).header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(body(changes().get(3)).get("answer").get("text").asText()).isEqualTo("Här är allt");
        assertThat(bannerAfter(saved)).isEqualTo("Utkastet är sparat. Du kan fortsätta senare.");
    }

    @Test
    void aFileTheServiceRefusesIsAnErrorAtItsDocumentInWords() {
        signIn();
        caseIs(documentRequest());
        cases.onJson("POST", service + "/attachments", 415, PortalCaseFixtures.problem(415, "file-type-not-allowed"));

        Page wrongType = answer(List.of(pdf("documents-d2", "program.exe")), "action", "spara", "text", "Se bifogat");
        cases.onJson("POST", service + "/attachments", 413, PortalCaseFixtures.problem(413, "file-too-large"));
        Page tooLarge = answer(List.of(pdf("documents-d1", "stor.pdf")), "action", "skicka");

        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.html().select(".error-summary a").eachAttr("href")).containsExactly("#documents-d2");
        assertThat(wrongType.html().selectFirst("#documents-d2-error").text()).isEqualTo("Fel: Filtypen går inte "
                + "att ta emot. Tillåtna: PDF, bilder, Word, Excel, text, CSV, XML/SIE");
        assertThat(wrongType.html().selectFirst("input#documents-d2").hasClass("file-upload--error")).isTrue();
        assertThat(wrongType.html().selectFirst("textarea#text").text()).isEqualTo("Se bifogat");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html().selectFirst("#documents-d1-error").text())
                .isEqualTo("Fel: Filen är för stor (högst 10 MB)");
        assertThat(changes()).as("nothing saved or sent after a refused file")
                .allSatisfy(r -> assertThat(r.path()).endsWith("/attachments"));
    }

    @Test
    void aFileLargerThanTheServiceTakesIsRefusedWithoutSendingIt() {
        signIn();
        caseIs(documentRequest());

        Page tooLarge = answer(List.of(new FilePart("documents-d1", "film.mov", "video/quicktime",
                new byte[10 * 1024 * 1024 + 1])), "action", "spara");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html().selectFirst("#documents-d1-error").text())
                .isEqualTo("Fel: Filen är för stor (högst 10 MB)");
        assertThat(changes()).isEmpty();
    }

    @Test
    void aMissingRequiredDocumentIsAnErrorAtIt() {
        signIn();
        caseIs(documentRequest());
        cases.onJson("POST", service + "/answer/submission", 400, PortalCaseFixtures.invalid("documents.d1"));

        Page refused = answer("action", "skicka");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".error-summary a").eachText()).containsExactly(
                "Ladda upp Kontoutdrag december");
        assertThat(refused.html().select(".error-summary a").eachAttr("href")).containsExactly("#documents-d1");
    }

    @Test
    void theCompanyRemovesItsOwnFileWithoutLosingWhatItWrote() throws Exception {
        signIn();
        UUID mine = UUID.randomUUID();
        caseIs(documentRequest(PortalCaseFixtures.attachment(mine, "d1", "fel.pdf", "CLIENT", 2000)));
        cases.onJson("DELETE", service + "/attachments/" + mine, 200, PortalCaseFixtures.attachment(mine, "d1", "fel.pdf",
                "CLIENT", 2000));
        cases.onJson("PUT", service + "/answer", 200, documentRequest());

        Page removed = answer("action", "ta-bort-" + mine, "text", "Rätt fil kommer");

        assertThat(changes()).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "DELETE " + service + "/attachments/" + mine, "PUT " + service + "/answer");
        assertThat(body(changes().get(1)).get("answer").get("text").asText()).isEqualTo("Rätt fil kommer");
        assertThat(bannerAfter(removed)).isEqualTo("Filen är borttagen.");
    }

    @Test
    void aFileIsDownloadedAsAnAttachmentNeverInline() {
        signIn();
        UUID file = UUID.randomUUID();
        cases.on("GET", service + "/attachments/" + file, request -> new Answer(200, "text/html", "<script>1</script>",
                Map.of("Content-Disposition", "inline")));
        UUID other = UUID.randomUUID();
        cases.on("GET", service + "/attachments/" + other, request -> new Answer(200, "application/pdf", "%PDF",
                Map.of("Content-Disposition", "attachment; filename=\"a.pdf\"; filename*=UTF-8''%C3%A5.pdf")));

        Page inline = browser.get(page + "/filer/" + file);
        Page pdf = browser.get(page + "/filer/" + other);

        assertThat(inline.status()).isEqualTo(200);
        assertThat(inline.header("Content-Disposition")).isEqualTo("attachment");
        assertThat(inline.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inline.header("Content-Type")).as("never a page").startsWith("application/octet-stream");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"a.pdf\"; "
                + "filename*=UTF-8''%C3%A5.pdf");
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.body()).isEqualTo("%PDF");
    }

    // An approval

    @Test
    void anApprovalHasTheAgencysDocumentTheDecisionAndAComment() throws Exception {
        signIn();
        UUID document = UUID.randomUUID();
        caseIs(Fixtures.with(PortalCaseFixtures.sent(id, bergs, "APPROVAL", "Årsredovisning 2026", PortalCaseFixtures.none()),
                "attachments", List.of(PortalCaseFixtures.attachment(document, "document", "arsredovisning.pdf", "AGENCY",
                        3 * 1024 * 1024))));

        Document html = browser.get(page).html();

        Element agencyFiles = html.selectFirst("section[aria-labelledby=agency-files]");
        assertThat(agencyFiles.selectFirst("h2").text()).isEqualTo("Dokument att granska");
        assertThat(agencyFiles.selectFirst("a").attr("href")).isEqualTo(page + "/filer/" + document);
        assertThat(agencyFiles.selectFirst(".file-list__meta").text()).isEqualTo("3,0 MB, Anna Andersson, 2026-12-02");
        assertThat(agencyFiles.select("button")).as("the agency's file stays").isEmpty();
        Element form = html.selectFirst("section[aria-labelledby=answer] form");
        assertThat(form.selectFirst("legend").text()).isEqualTo("Godkänner du dokumentet?");
        assertThat(form.select("input[type=radio]").eachAttr("id")).containsExactly("decision", "decision_2");
        assertThat(form.select("input[type=radio]").eachAttr("value")).containsExactly("APPROVED", "REJECTED");
        assertThat(form.select("label.choice__label").eachText()).containsExactly("Godkänn", "Avslå");
        assertThat(form.select("input[type=radio][checked]")).isEmpty();
        assertThat(form.selectFirst("label[for=comment]").text()).isEqualTo("Kommentar");

        cases.onJson("POST", service + "/answer/submission", 400, PortalCaseFixtures.invalid("answer.comment"));
        Page refused = answer("action", "skicka", "decision", "REJECTED", "comment", "");

        assertThat(body(changes().get(0)).get("answer").get("decision").asText()).isEqualTo("REJECTED");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select(".error-summary a").eachAttr("href")).containsExactly("#comment");
        assertThat(refused.html().selectFirst("#comment-error").text())
                .isEqualTo("Fel: Skriv varför du avslår dokumentet");
        assertThat(refused.html().selectFirst("input#decision_2").hasAttr("checked")).isTrue();
    }

    // An information

    @Test
    void anInformationIsConfirmedAsReadWithOneButton() throws Exception {
        signIn();
        caseIs(PortalCaseFixtures.sent(id, bergs, "INFORMATION", "Nya regler för representation", PortalCaseFixtures.none()));
        cases.onJson("POST", service + "/answer/submission", 200, PortalCaseFixtures.sent(id, bergs, "INFORMATION",
                "Nya regler för representation", PortalCaseFixtures.none()));

        Document html = browser.get(page).html();
        Page read = answer("action", "skicka");

        Element form = html.selectFirst("section[aria-labelledby=answer] form");
        assertThat(form.select("button").eachText()).containsExactly("Jag har läst informationen");
        assertThat(form.selectFirst("button").attr("class")).isEqualTo("button");
        JsonNode sent = body(changes().get(0));
        assertThat(sent.get("answer").get("acknowledged").asBoolean()).isTrue();
        assertThat(sent.get("answer").size()).isEqualTo(1);
        assertThat(bannerAfter(read)).isEqualTo("Tack! Ärendet är klart.");
    }

    // A form

    private Map<String, Object> form() {
        return PortalCaseFixtures.sent(id, bergs, "FORM", "Inför bokslutet", PortalCaseFixtures.fields(
                PortalCaseFixtures.field("f1", "Antal anställda", "NUMBER", true),
                PortalCaseFixtures.field("f2", "Bokslutsdag", "DATE", true),
                PortalCaseFixtures.field("f3", "Har ni köpt bil?", "YES_NO", false),
                PortalCaseFixtures.field("f4", "Lagervärdering", "CHOICE", true, "FIFO", "Genomsnitt"),
                PortalCaseFixtures.field("f5", "Kommun", "CHOICE", false, "Stockholm", "Göteborg", "Malmö", "Uppsala",
                        "Västerås", "Örebro"),
                PortalCaseFixtures.field("f6", "Senaste lönespecifikation", "FILE", true),
                PortalCaseFixtures.field("f7", "Övrigt", "TEXT", false)));
    }

    @Test
    void aFormHasEachFieldByItsTypeWithItsMarkerAndTheSavedValues() {
        signIn();
        caseIs(Fixtures.with(form(), "answer", Map.of("values", Map.of("f1", "12", "f3", "NO", "f5", "Malmö"))));

        Element form = browser.get(page).html().selectFirst("section[aria-labelledby=answer] form");

        Element number = form.selectFirst("input#values-f1");
        assertThat(form.selectFirst("label[for=values-f1]").text()).isEqualTo("Antal anställda (krävs)");
        assertThat(number.attr("type")).isEqualTo("text");
        assertThat(number.attr("inputmode")).isEqualTo("decimal");
        assertThat(number.val()).isEqualTo("12");
        assertThat(form.selectFirst("#values-f1-hint").text()).isEqualTo("Till exempel 1250 eller 1250,50");
        assertThat(form.selectFirst("input#values-f2").attr("type")).isEqualTo("date");
        assertThat(form.select("input[name=values-f3]").eachAttr("value")).containsExactly("YES", "NO");
        assertThat(form.selectFirst("input#values-f3_2").hasAttr("checked")).isTrue();
        assertThat(form.select("legend").eachText()).contains("Har ni köpt bil? (frivilligt)",
                "Lagervärdering (krävs)", "Senaste lönespecifikation (krävs)");
        assertThat(form.select("input[name=values-f4]").eachAttr("value")).containsExactly("FIFO", "Genomsnitt");
        Element select = form.selectFirst("select#values-f5");
        assertThat(select.select("option").eachText()).containsExactly("Välj", "Stockholm", "Göteborg", "Malmö",
                "Uppsala", "Västerås", "Örebro");
        assertThat(select.selectFirst("option[selected]").text()).isEqualTo("Malmö");
        assertThat(form.selectFirst("input#values-f6").attr("type")).isEqualTo("file");
        assertThat(form.selectFirst("input#values-f7").attr("type")).isEqualTo("text");
    }

    @Test
    void aFormsValuesAreSentByKeyAndItsErrorsAreAtTheFields() throws Exception {
        signIn();
        caseIs(form());
        cases.onJson("POST", service + "/answer/submission", 400, PortalCaseFixtures.invalid("answer.values.f1",
                "answer.values.f2", "answer.values.f4", "values.f6"));

        Page refused = answer("action", "skicka", "values-f1", "tolv", "values-f2", "", "values-f3", "YES",
                "values-f5", "", "values-f7", "Inget");

        JsonNode values = body(changes().get(0)).get("answer").get("values");
        assertThat(values.fieldNames()).toIterable().containsExactly("f1", "f3", "f7");
        assertThat(values.get("f1").asText()).isEqualTo("tolv");
        assertThat(refused.status()).isEqualTo(400);
        Document html = refused.html();
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#values-f1", "#values-f2",
                "#values-f4", "#values-f6");
        assertThat(html.select(".error-summary a").eachText()).containsExactly(
                "Antal anställda ska vara ett tal, till exempel 1250 eller 1250,50", "Fyll i Bokslutsdag",
                "Välj ett svar för Lagervärdering", "Ladda upp en fil för Senaste lönespecifikation");
        assertThat(html.selectFirst("input#values-f1").val()).isEqualTo("tolv");
        assertThat(html.selectFirst("input#values-f3").hasAttr("checked")).isTrue();
        assertThat(html.selectFirst("#values-f4-error")).isNotNull();
    }

    @Test
    void aFormsFileFieldIsUploadedForItsKey() {
        signIn();
        caseIs(form());
        cases.onJson("POST", service + "/attachments", 201, PortalCaseFixtures.attachment(UUID.randomUUID(), "f6",
                "lon.pdf", "CLIENT", 10));
        cases.onJson("PUT", service + "/answer", 200, form());

        answer(List.of(pdf("values-f6", "lon.pdf")), "action", "spara", "values-f1", "3");

        assertThat(changes().get(0).query()).containsEntry("item", "f6").containsEntry("fileName", "lon.pdf");
    }

    // A closed case, and one the agency has

    @Test
    void aClosedCaseIsReadOnlyWithTheAnswerItsClosingNoteAndReasonInWords() {
        signIn();
        Map<String, Object> closed = new LinkedHashMap<>(form());
        closed.put("status", "CLOSED");
        closed.put("actions", List.of());
        closed.put("answer", Map.of("values", Map.of("f1", "12", "f2", "2026-12-31", "f3", "YES", "f4", "FIFO")));
        closed.put("submitted", true);
        closed.put("answeredAt", "2026-12-05T09:00:00Z");
        closed.put("answeredByName", "Kalle Kund");
        closed.put("closedAt", "2026-12-06T09:00:00Z");
        closed.put("closingReason", "COMPLETED");
        closed.put("closingNote", "Tack, allt är med.");
        closed.put("attachments", List.of(PortalCaseFixtures.attachment(UUID.randomUUID(), "f6", "lon.pdf", "CLIENT",
                5000)));
        caseIs(closed);

        Document html = browser.get(page).html();

        assertThat(html.selectFirst(".case-state").text()).isEqualTo("Avslutat");
        assertThat(html.select("main form[enctype]")).isEmpty();
        assertThat(html.selectFirst("section[aria-labelledby=comments] form")).isNull();
        Element closing = html.selectFirst("section[aria-labelledby=closing]");
        assertThat(closing.selectFirst("h2").text()).isEqualTo("Ärendet är avslutat");
        assertThat(closing.select("p").eachText()).containsExactly("Byrån avslutade ärendet 2026-12-06.");
        assertThat(closing.selectFirst(".case-text").text()).isEqualTo("Tack, allt är med.");
        Element given = html.selectFirst("section[aria-labelledby=given]");
        assertThat(given.selectFirst("p").text()).isEqualTo("Kalle Kund svarade 2026-12-05.");
        assertThat(given.select(".summary-list__row").eachText()).containsExactly("Antal anställda 12",
                "Bokslutsdag 2026-12-31", "Har ni köpt bil? Ja", "Lagervärdering FIFO", "Kommun Inte ifyllt",
                "Senaste lönespecifikation lon.pdf (Ladda ner) 5 kB, Kalle Kund, 2026-12-02", "Övrigt Inte ifyllt");
        assertThat(given.select("button")).isEmpty();
        assertThat(html.select("main > dl.summary-list .summary-list__row").eachText()).noneMatch(
                row -> row.startsWith("Svara senast"));
    }

    @Test
    void eachClosingReasonIsSaidInWords() {
        signIn();
        Map<String, String> reasons = Map.of("CANCELLED", "Byrån drog tillbaka ärendet 2026-12-06.",
                "ANSWERED", "Ärendet blev klart 2026-12-06 när informationen bekräftades.",
                "CONSENT_REVOKED", "Ärendet stängdes 2026-12-06 när samtycket till ärendehantering återkallades.");
        reasons.forEach((reason, words) -> {
            Map<String, Object> closed = new LinkedHashMap<>(question());
            closed.put("status", "CANCELLED".equals(reason) ? "CANCELLED" : "CLOSED");
            closed.put("actions", List.of());
            closed.put("closedAt", "2026-12-06T09:00:00Z");
            closed.put("closingReason", reason);
            caseIs(closed);
            assertThat(browser.get(page).html().selectFirst("section[aria-labelledby=closing] p").text())
                    .as(reason).isEqualTo(words);
        });
    }

    @Test
    void theCompanysOwnQuestionWaitingForTheAgencyIsSaidSo() {
        signIn();
        Map<String, Object> asked = new LinkedHashMap<>(question());
        asked.put("origin", "CLIENT");
        asked.put("status", "WAITING_FOR_AGENCY");
        asked.put("createdByName", "Kalle Kund");
        asked.put("actions", List.of("COMMENT"));
        caseIs(asked);

        Document html = browser.get(page).html();

        assertThat(html.selectFirst(".case-state").text()).isEqualTo("Väntar på byrån");
        assertThat(html.select("main p").eachText()).contains(
                "Bollen ligger hos byrån. Du får ett meddelande när det händer något.");
        assertThat(html.selectFirst("#description").text()).isEqualTo("Din fråga");
        assertThat(html.select("main > dl.summary-list .summary-list__row").eachText()).contains(
                "Ställd Kalle Kund, 2026-12-01");
        assertThat(html.select("section[aria-labelledby=answer]")).isEmpty();
        assertThat(html.selectFirst("section[aria-labelledby=comments] form")).isNotNull();
    }

    // Comments

    @Test
    void aCommentIsSentToTheAgencyAndAnEmptyOneIsAnError() throws Exception {
        signIn();
        caseIs(question());
        cases.onJson("POST", service + "/comments", 201, PortalCaseFixtures.comment("CLIENT", "Kalle Kund", "Vilken period?",
                "2026-12-03T09:00:00Z"));

        Page empty = browser.post(page + "/kommentarer", form("text", "  "));
        Page sent = browser.post(page + "/kommentarer", form("text", "Vilken period?"));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select(".error-summary a").eachAttr("href")).containsExactly("#comment-text");
        assertThat(empty.html().selectFirst("#comment-text-error").text()).isEqualTo("Fel: Skriv en kommentar");
        assertThat(changes()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo(service + "/comments"));
        assertThat(body(changes().get(0)).get("text").asText()).isEqualTo("Vilken period?");
        assertThat(bannerAfter(sent)).isEqualTo("Kommentaren är skickad.");
    }

    @Test
    void whenTheCommentsAndHistoryCannotBeReadThePageSaysSoAndStillShowsTheCase() {
        signIn();
        caseIs(question());
        cases.onFailing("GET", service + "/comments");
        cases.onFailing("GET", service + "/history");

        Page shown = browser.get(page);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html().selectFirst("section[aria-labelledby=comments] .notice").text())
                .isEqualTo("Kommentarerna kan inte visas just nu. Försök igen om en stund.");
        assertThat(shown.html().selectFirst("section[aria-labelledby=history] .notice").text())
                .isEqualTo("Historiken kan inte visas just nu. Försök igen om en stund.");
        assertThat(shown.html().selectFirst("textarea#text")).isNotNull();
    }

    @Test
    void theCasePageSpeaksEnglish() {
        signIn();
        caseIs(question());
        browser.post("/sprak", Form.of("_csrf", token, "lang", "en", "tillbaka", page));

        Document html = browser.get(page).html();

        assertThat(html.selectFirst(".case-state").text()).isEqualTo("Waiting for you");
        assertThat(html.select("section[aria-labelledby=answer] .button-group button").eachText())
                .containsExactly("Send to the agency", "Save draft");
        assertThat(html.selectFirst("#comments").text()).isEqualTo("Comments");
    }
}
