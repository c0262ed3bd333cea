package se.byra.cases.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Company;
import se.byra.cases.support.Files;

/** Files of a case: limited in size and by the type detected from their bytes, read only by who may see the case. */
@QuarkusTest
class AttachmentTest {

    private final Agency agency = new Agency();

    @Test
    void aFileLargerThanTheLimitIsRefused() {
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        byte[] big = new byte[262_145];
        System.arraycopy(Files.PDF, 0, big, 0, Files.PDF.length);
        Files.upload(company.asAdministrator(), company.caseOf(id), null, "stor.pdf", big).then().statusCode(413)
                .body("type", equalTo("tag:byra.se,2026:problem:file-too-large"));
        Files.upload(company.asAdministrator(), company.caseOf(id), null, "tom.pdf", new byte[0]).then()
                .statusCode(400);
    }

    @Test
    void aDisguisedExecutableOrAWebPageIsRefusedWhateverItsName() {
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        Files.upload(company.asAdministrator(), company.caseOf(id), null, "faktura.pdf", Files.EXE).then()
                .statusCode(415).body("type", equalTo("tag:byra.se,2026:problem:file-type-not-allowed"));
        Files.upload(company.asAdministrator(), company.caseOf(id), null, "kvitto.txt", Files.HTML).then()
                .statusCode(415);
        company.asAdministrator().get(company.caseOf(id)).then().body("attachments.size()", equalTo(0));
    }

    @Test
    void aFileIsDownloadedNeverShownAndOnlyByThoseWhoSeeTheCase() {
        Company company = agency.consentingCompany();
        Company other = agency.consentingCompany();
        String id = company.sentQuestion();
        String attachment = Files.upload(company.asAdministrator(), company.caseOf(id), null,
                "../../Kvitto åäö.pdf", Files.PDF).then().statusCode(201).body("fileName", equalTo("Kvitto åäö.pdf"))
                .body("side", equalTo("CLIENT")).extract().path("id");

        byte[] body = agency.asStaff().accept("*/*").get("/cases/" + id + "/attachments/"
                + attachment).then().statusCode(200).contentType("application/octet-stream")
                .header("Content-Disposition", containsString("attachment; filename=\"Kvitto ___.pdf\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''Kvitto%20%C3%A5%C3%A4%C3%B6.pdf"))
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(body).isEqualTo(Files.PDF);

        other.asAdministrator().accept("*/*").get(company.caseOf(id) + "/attachments/"
                + attachment).then().statusCode(404);
        other.asAdministrator().accept("*/*").get(other.caseOf(id) + "/attachments/"
                + attachment).then().statusCode(404);
        String otherCase = other.sentQuestion();
        other.asAdministrator().accept("*/*").get(other.caseOf(otherCase) + "/attachments/"
                + attachment).then().statusCode(404);
        new Agency().asStaff().accept("*/*").get("/cases/" + id + "/attachments/" + attachment)
                .then().statusCode(404);
    }

    @Test
    void eachSideRemovesOnlyItsOwnFilesWhileItMayAdd() {
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        String clients = Files.upload(company.asAdministrator(), company.caseOf(id), null, "a.pdf", Files.PDF).then()
                .statusCode(201).extract().path("id");
        String agencys = Files.upload(agency.asStaff(), "/cases/" + id, null, "b.pdf", Files.PDF).then()
                .statusCode(201).extract().path("id");
        company.asAdministrator().delete(company.caseOf(id) + "/attachments/" + agencys).then().statusCode(403);
        agency.asStaff().delete("/cases/" + id + "/attachments/" + clients).then().statusCode(403);
        company.asAdministrator().delete(company.caseOf(id) + "/attachments/" + clients).then().statusCode(200)
                .body("fileName", equalTo("a.pdf"));
        company.asAdministrator().body(Company.answer(Map.of("text", "Svar"))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(200);
        Files.upload(company.asAdministrator(), company.caseOf(id), null, "c.pdf", Files.PDF).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:case-status"));
        agency.asStaff().get("/cases/" + id + "/history").then().body("items.what",
                org.hamcrest.Matchers.hasItems("FILE_ADDED", "FILE_REMOVED"));
    }
}
