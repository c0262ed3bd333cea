package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;

/** Importing collaborations from an older system: a CSV file or pasted rows, and the report in words. */
@QuarkusTest
class CollaborationImportTest extends PageTest {

    private static final String PATH = "/byra/samarbeten/import";
    private static final String CSV = "organisationNumber;reference;serviceName;startedOn\n"
            + "556703-7485;BS-1001;Lön Smart;2024-01-01\n556036-0793;BS-1002;;\n";

    private String token;

    @BeforeEach
    void staffSignedIn() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
    }

    private Page upload(String fileName, byte[] file, String rows) {
        return browser.postMultipart(PATH, Form.of("_csrf", token, "rows", rows), "file", fileName, "text/csv",
                file);
    }

    private List<HttpRequestBody> imports() {
        return collaboration.requests().stream().filter(r -> r.method().equals("POST"))
                .map(r -> new HttpRequestBody(r.header("Content-Type"), r.body())).toList();
    }

    private record HttpRequestBody(String contentType, String body) {
    }

    @Test
    void thePageExplainsTheColumnsWithAnExampleAndHasTheUploadAndThePaste() {
        Document html = browser.get(PATH).html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Importera samarbeten");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text()).isEqualTo("Importera");
        assertThat(html.select("tbody tr td:first-child").eachText()).containsExactly("organisationNumber",
                "reference", "serviceName", "startedOn");
        assertThat(html.select("tbody tr td:last-child").eachText()).containsExactly("Ja", "Ja", "Nej", "Nej");
        assertThat(html.selectFirst("pre").text()).startsWith("organisationNumber;reference;serviceName;startedOn");
        Element form = html.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(PATH);
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.selectFirst("input[type=file]").attr("name")).isEqualTo("file");
        assertThat(form.selectFirst("label[for=file]").text()).isEqualTo("CSV-fil");
        assertThat(form.selectFirst("label[for=rows]").text()).isEqualTo("Eller klistra in raderna");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo(token);
    }

    @Test
    void aFileIsSentAsCsvAndTheReportListsTheRefusedRowsInWords() {
        collaboration.onJson("POST", "/collaborations/import", 200, CollabFixtures.importReport(4, 1, List.of(
                CollabFixtures.refused(2, "BS-1002", "reference", "ALREADY_IMPORTED", "already imported"),
                CollabFixtures.refused(3, "BS-1003", "organisationNumber", "UNKNOWN_CLIENT", "no client with this organisation number "
                        + "in the agency's register (among the clients you may see): register the client first"),
                CollabFixtures.refused(4, null, "startedOn", "DATE_FORMAT", "a date as YYYY-MM-DD"),
                CollabFixtures.refused(5, "BS-1005", "reference", "A_LATER_RULE", "a rule the service adds later"))));

        Page page = upload("samarbeten.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8), "");

        assertThat(page.status()).isEqualTo(200);
        assertThat(imports()).singleElement().satisfies(sent -> {
            assertThat(sent.contentType()).startsWith("text/csv");
            assertThat(sent.body()).as("without the byte order mark").isEqualTo(CSV);
        });
        Element report = page.html().selectFirst("section[aria-labelledby=report]");
        assertThat(report.selectFirst("h2").text()).isEqualTo("Resultat");
        assertThat(report.selectFirst(".notice").text()).startsWith("1 av 4 rader importerades.");
        assertThat(report.selectFirst(".notice a").attr("href")).isEqualTo("/byra/samarbeten?status=okopplad");
        assertThat(report.selectFirst("caption").text()).isEqualTo("Rader som inte importerades");
        assertThat(report.select("thead th").eachText()).containsExactly("Rad", "Referens", "Fält", "Orsak");
        List<Element> rows = report.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("2", "BS-1002", "Referens",
                "Redan importerad");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("3", "BS-1003", "Organisationsnummer",
                "Ingen kund i kundregistret har det organisationsnumret (bland de kunder du ser). Registrera kunden "
                        + "först.");
        assertThat(rows.get(2).select("td").stream().map(Element::text)).containsExactly("4", "", "Startade",
                "Ange datumet som ÅÅÅÅ-MM-DD");
        assertThat(rows.get(3).select("td").eachText()).as("a code this page does not know: the service's reason")
                .containsExactly("5", "BS-1005", "Referens", "a rule the service adds later");
        assertThat(page.body()).doesNotContain("register the client first");
    }

    @Test
    void pastedRowsAreSentWhenNoFileIsChosen() {
        collaboration.onJson("POST", "/collaborations/import", 200, CollabFixtures.importReport(2, 2, List.of()));

        Page page = upload("", new byte[0], CSV);

        assertThat(page.status()).isEqualTo(200);
        assertThat(imports()).singleElement().satisfies(sent -> assertThat(sent.body()).isEqualTo(CSV));
        assertThat(page.html().selectFirst("section[aria-labelledby=report] .notice").text())
                .startsWith("Alla rader importerades.");
        assertThat(page.html().selectFirst("#rows").text()).as("kept").contains("BS-1001");
    }

    @Test
    void nothingChosenATooLargeFileAndOneThatIsNotTextAreErrorsAtTheField() {
        Page nothing = upload("", new byte[0], "  ");
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        Page tooLarge = upload("stor.csv", large, "");
        Page binary = upload("bild.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff }, "");
        Page nul = upload("noll.csv", "a;b\u0000c".getBytes(StandardCharsets.UTF_8), "");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html().select(".error-summary a").eachAttr("href")).containsExactly("#file");
        assertThat(nothing.html().selectFirst("#file-error").text())
                .isEqualTo("Fel: Välj en CSV-fil eller klistra in raderna");
        assertThat(nothing.html().title()).startsWith("Fel: Importera samarbeten");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.html().selectFirst("#file-error").text()).isEqualTo("Fel: Filen får vara högst 1 MB");
        assertThat(tooLarge.html().selectFirst("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.html().selectFirst("#file-error").text())
                .isEqualTo("Fel: Filen måste vara text sparad som UTF-8, till exempel en CSV-fil");
        assertThat(nul.status()).isEqualTo(415);
        assertThat(imports()).isEmpty();
    }

    @Test
    void tooManyPastedRowsAreAnErrorAtThePaste() {
        Page page = upload("", new byte[0], "a".repeat(1024 * 1024 + 1));

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.html().selectFirst("#rows-error").text()).isEqualTo("Fel: Raderna får vara högst 1 MB");
        assertThat(imports()).isEmpty();
    }

    @Test
    void rowsTheServiceCannotReadAreAnErrorAtTheFieldInWords() {
        collaboration.onJson("POST", "/collaborations/import", 400, Fixtures.invalid(java.util.Map.of("body",
                "no header row naming organisationNumber and reference")));

        Page page = upload("", new byte[0], "namn;nummer\nAcme;1\n");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#rows-error").text()).startsWith("Fel: Raderna kunde inte läsas. Den "
                + "första raden ska namnge kolumnerna organisationNumber och reference");
        assertThat(page.body()).doesNotContain("no header row");
    }

    @Test
    void aServiceThatDoesNotAnswerIsANoticeAndTheRowsAreKept() {
        collaboration.on("POST", "/collaborations/import", request -> Answer.problem(500, "{}"));

        Page page = upload("", new byte[0], CSV);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("main > .notice").text()).isEqualTo("Importen kunde inte göras eftersom "
                + "tjänsten inte svarar just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("#rows").text()).contains("BS-1002");
    }

    @Test
    void importingNeedsTheFormsTokenAndTheStaffRole() {
        Page forged = browser.postMultipart(PATH, Form.of("_csrf", "forged", "rows", CSV), "file", "", "text/csv",
                new byte[0]);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(imports()).isEmpty();

        browser = new Browser();
        signInClientUser();
        assertThat(browser.get(PATH).status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }
}
