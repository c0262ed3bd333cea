package se.byra.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Company;
import se.byra.cases.support.Files;
import se.byra.platform.events.cases.CaseAnswered;

/** Each type's own fields, validated on the server, and its own way to answer. */
@QuarkusTest
class CaseTypesTest {

    private final Agency agency = new Agency();

    private static final Map<String, Object> DOCUMENTS = Map.of("documents", List.of(
            Map.of("name", "Kontoutdrag december", "required", true),
            Map.of("name", "Kvitton", "required", false)));

    private static final Map<String, Object> FORM = Map.of("fields", List.of(
            Map.of("label", "Antal anställda", "type", "NUMBER", "required", true),
            Map.of("label", "Bokslutsdag", "type", "DATE", "required", true),
            Map.of("label", "Har ni haft förmånsbil?", "type", "YES_NO", "required", true),
            Map.of("label", "Momsperiod", "type", "CHOICE", "required", true,
                    "options", List.of("Månad", "Kvartal", "År")),
            Map.of("label", "Övrigt", "type", "TEXT", "required", false),
            Map.of("label", "Lönelista", "type", "FILE", "required", true)));

    @Test
    void eachTypeTakesOnlyItsOwnDefinition() {
        Company company = agency.consentingCompany();
        agency.asStaff().body(Agency.newCase(company.clientId, "DOCUMENT_REQUEST", Map.of())).post("/cases").then()
                .statusCode(400).body("errors[0].field", equalTo("definition.documents"));
        agency.asStaff().body(Agency.newCase(company.clientId, "QUESTION", FORM)).post("/cases").then()
                .statusCode(400).body("errors[0].field", equalTo("definition.fields"));
        agency.asStaff().body(Agency.newCase(company.clientId, "FORM", Map.of("fields", List.of(Map.of("label",
                "Momsperiod", "type", "CHOICE", "required", true, "options", List.of("Månad")))))).post("/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("definition.fields[0].options"));
        agency.asStaff().body(Agency.newCase(company.clientId, "DOCUMENT_REQUEST", Map.of("documents", List.of(
                Map.of("key", "a", "name", "Ett", "required", true), Map.of("key", "a", "name", "Två",
                        "required", true))))).post("/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("definition.documents[1].key"));
        agency.asStaff().body(Agency.newCase(company.clientId, "DOCUMENT_REQUEST", DOCUMENTS)).post("/cases").then()
                .statusCode(201).body("definition.documents.key", equalTo(List.of("d1", "d2")));
    }

    @Test
    void aDocumentRequestIsSubmittedOnceEveryRequiredDocumentHasAFile() {
        Company company = agency.consentingCompany();
        String id = company.sentCase("DOCUMENT_REQUEST", DOCUMENTS);
        company.asAdministrator().body(Company.answer(Map.of("text", "Här kommer de."))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(400).body("errors.field", equalTo(List.of("documents.d1")));
        Files.upload(company.asAdministrator(), company.caseOf(id), "d2", "kvitto.png", Files.PNG).then()
                .statusCode(201).body("item", equalTo("d2")).body("contentType", equalTo("image/png"));
        Files.upload(company.asAdministrator(), company.caseOf(id), "d9", "x.pdf", Files.PDF).then().statusCode(400)
                .body("errors[0].field", equalTo("item"));
        Files.upload(company.asAdministrator(), company.caseOf(id), "d1", "kontoutdrag.pdf", Files.PDF).then()
                .statusCode(201);
        company.asAdministrator().body(Company.answer(Map.of("text", "Här kommer de."))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(200).body("status", equalTo("WAITING_FOR_AGENCY"))
                .body("attachments.item", containsInAnyOrder("d1", "d2"));
        agency.asStaff().get("/cases/" + id).then().body("answer.text", equalTo("Här kommer de."));
    }

    @Test
    void anApprovalNeedsItsDocumentAndARejectionSaysWhy() {
        Company company = agency.consentingCompany();
        String id = agency.asStaff().body(Agency.newCase(company.clientId, "APPROVAL", null)).post("/cases").then()
                .statusCode(201).extract().path("id");
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(422)
                .body("type", equalTo("tag:byra.se,2026:problem:approval-document-missing"));
        Files.upload(agency.asStaff(), "/cases/" + id, "document", "arsredovisning.pdf", Files.PDF).then()
                .statusCode(201);
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(200);

        company.asAdministrator().body(Company.answer(Map.of("decision", "REJECTED"))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(400).body("errors[0].field", equalTo("answer.comment"));
        company.asAdministrator().body(Company.answer(Map.of("text", "ok"))).put(company.caseOf(id) + "/answer")
                .then().statusCode(400).body("errors[0].field", equalTo("answer.text"));
        company.asAdministrator().body(Company.answer(Map.of("decision", "REJECTED", "comment",
                "Not 4 har fel belopp."))).post(company.caseOf(id) + "/answer/submission").then().statusCode(200)
                .body("answer.decision", equalTo("REJECTED")).body("answeredByName", equalTo("Sara Bagare"));
        CaseAnswered answered = Agency.records().outbox(CaseAnswered.TYPE, company.clientId).get(0).payload();
        assertThat(answered.decision()).isEqualTo("REJECTED");
    }

    @Test
    void informationIsAcknowledgedAndThatClosesIt() {
        Company company = agency.consentingCompany();
        String id = company.sentCase("INFORMATION", null);
        company.asAdministrator().body(Company.answer(Map.of("acknowledged", false))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(400).body("errors[0].field", equalTo("answer.acknowledged"));
        company.asAdministrator().body(Company.answer(Map.of("acknowledged", true))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closingReason", equalTo("ANSWERED"));
        assertThat(Agency.records().outbox(CaseAnswered.TYPE, company.clientId).get(0).payload().status())
                .isEqualTo("CLOSED");
    }

    @Test
    void aFormsValuesAreCheckedAgainstItsFields() {
        Company company = agency.consentingCompany();
        String id = company.sentCase("FORM", FORM);
        company.asAdministrator().body(Company.answer(Map.of("values", Map.of("f1", "١٢", "f2", "2026-02-30",
                "f3", "ja", "f4", "Vecka", "f9", "x")))).put(company.caseOf(id) + "/answer").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("answer.values.f9", "answer.values.f1", "answer.values.f2",
                        "answer.values.f3", "answer.values.f4"));
        company.asAdministrator().body(Company.answer(Map.of("values", Map.of("f1", "1".repeat(16))))).put(
                company.caseOf(id) + "/answer").then().statusCode(400)
                .body("errors[0].field", equalTo("answer.values.f1"));
        company.asAdministrator().body(Company.answer(Map.of("values", Map.of("f1", "12", "f3", "YES"))))
                .put(company.caseOf(id) + "/answer").then().statusCode(200)
                .body("answer.values.f1", equalTo("12"));
        company.asAdministrator().body(Map.of()).post(company.caseOf(id) + "/answer/submission").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("answer.values.f2", "answer.values.f4",
                        "values.f6"));
        Files.upload(company.asAdministrator(), company.caseOf(id), "f6", "lonelista.csv", Files.CSV).then()
                .statusCode(201);
        company.asAdministrator().body(Company.answer(Map.of("values", Map.of("f1", "12,5", "f2", "2026-12-31",
                "f3", "NO", "f4", "Kvartal")))).post(company.caseOf(id) + "/answer/submission").then()
                .statusCode(200).body("answer.values.f4", equalTo("Kvartal")).body("answer.values.f3", equalTo("NO"));
    }

    @Test
    void anAnswerOfAnotherTypesPartsIsRefused() {
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        company.asAdministrator().contentType(ContentType.JSON).body(Company.answer(Map.of("values",
                Map.of("f1", "1"), "acknowledged", true))).put(company.caseOf(id) + "/answer").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("answer.acknowledged", "answer.values"));
    }
}
