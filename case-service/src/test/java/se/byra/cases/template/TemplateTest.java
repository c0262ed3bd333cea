package se.byra.cases.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Agency.Staff;
import se.byra.cases.support.Company;
import se.byra.platform.events.cases.CaseCreated;

/** The agency's templates, a case made from one, and one sent to many clients with a report. */
@QuarkusTest
class TemplateTest {

    private final Agency agency = new Agency();

    private static Map<String, Object> template(String name, String type, Object definition) {
        Map<String, Object> body = new HashMap<>(Map.of("version", 0, "name", name, "type", type,
                "title", "Underlag för " + name, "description", "Ladda upp underlagen.", "dueInDays", 14));
        if (definition != null) {
            body.put("definition", definition);
        }
        return body;
    }

    private static final Map<String, Object> DOCUMENTS = Map.of("documents",
            List.of(Map.of("name", "Kontoutdrag", "required", true)));

    @Test
    void templatesAreWrittenChangedAndListedByNameAndEachConflictHasItsType() {
        String id = agency.asStaff().body(template("Månadsavstämning", "DOCUMENT_REQUEST", DOCUMENTS))
                .post("/case-templates").then().statusCode(201).body("definition.documents[0].key", equalTo("d1"))
                .extract().path("id");
        agency.asStaff().body(template("månadsavstämning", "QUESTION", null)).post("/case-templates").then()
                .statusCode(409).body("type", equalTo("tag:byra.se,2026:problem:template-name-taken"));
        agency.asStaff().body(template("Bokslut", "FORM", DOCUMENTS)).post("/case-templates").then()
                .statusCode(400).body("errors[0].field", equalTo("definition.documents"));
        Map<String, Object> change = template("Månadsavstämning", "DOCUMENT_REQUEST", DOCUMENTS);
        change.put("dueInDays", 7);
        agency.asStaff().body(change).put("/case-templates/" + id).then().statusCode(200)
                .body("dueInDays", equalTo(7)).body("version", equalTo(1));
        agency.asStaff().body(change).put("/case-templates/" + id).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:template-changed"));
        agency.asStaff().body(template("Årsbesked", "INFORMATION", null)).post("/case-templates").then()
                .statusCode(201);
        Map<String, Object> taken = template("ÅrsBESKED", "DOCUMENT_REQUEST", DOCUMENTS);
        taken.put("version", 1);
        agency.asStaff().body(taken).put("/case-templates/" + id).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:template-name-taken"));
        new Agency().asStaff().body(template("Årsbesked", "INFORMATION", null)).post("/case-templates").then()
                .statusCode(201);
        agency.asStaff().get("/case-templates").then().statusCode(200)
                .body("items.name", contains("Månadsavstämning", "Årsbesked"));
        agency.asStaff().get("/case-templates?type=INFORMATION").then().body("totalItems", equalTo(1));
        new Agency().asStaff().get("/case-templates/" + id).then().statusCode(404);
        agency.asStaff().delete("/case-templates/" + id).then().statusCode(200);
        agency.asStaff().get("/case-templates/" + id).then().statusCode(404);
    }

    @Test
    void aCaseFromATemplateTakesItsPartsAndItsDueDate() {
        Company company = agency.consentingCompany();
        String templateId = agency.asStaff().body(template("Månadsavstämning", "DOCUMENT_REQUEST", DOCUMENTS))
                .post("/case-templates").then().statusCode(201).extract().path("id");
        agency.asStaff().body(Map.of("clientId", company.clientId, "templateId", templateId)).post("/cases").then()
                .statusCode(201).body("type", equalTo("DOCUMENT_REQUEST"))
                .body("title", equalTo("Underlag för Månadsavstämning"))
                .body("definition.documents[0].name", equalTo("Kontoutdrag"))
                .body("dueOn", equalTo(LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(14)
                        .toString()));
        agency.asStaff().body(Map.of("clientId", company.clientId, "templateId", templateId, "type", "FORM"))
                .post("/cases").then().statusCode(400).body("errors[0].field", equalTo("type"));
        new Agency().asStaff().body(Map.of("clientId", company.clientId, "templateId", templateId)).post("/cases")
                .then().statusCode(404);
    }

    @Test
    void aBulkSendReportsTheClientsItCouldNotReachAndWhy() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        Company first = agency.consentingCompany();
        Company second = agency.consentingCompany();
        UUID withoutConsent = agency.client();
        UUID elsewhere = new Agency().client();
        String templateId = agency.asStaff().body(template("Månadsavstämning", "DOCUMENT_REQUEST", DOCUMENTS))
                .post("/case-templates").then().statusCode(201).extract().path("id");

        agency.asStaff().body(Map.of("clientIds", List.of(first.clientId, withoutConsent, second.clientId,
                elsewhere, first.clientId), "assigneeId", anna.id())).post("/case-templates/" + templateId
                + "/dispatch").then().statusCode(200)
                .body("sent.clientId", contains(first.clientId.toString(), second.clientId.toString()))
                .body("refused.code", contains("NO_CONSENT", "UNKNOWN_CLIENT", "DUPLICATE"))
                .body("refused[0].clientName", equalTo("Bageriet i Vårby AB"));
        CaseCreated created = Agency.records().outbox(CaseCreated.TYPE, first.clientId).get(0).payload();
        assertThat(created.assigneeId()).isEqualTo(anna.id());
        assertThat(created.status()).isEqualTo("WAITING_FOR_CLIENT");
        first.asAdministrator().get(first.cases()).then().body("items[0].title",
                equalTo("Underlag för Månadsavstämning"));

        agency.asStaff().body(Map.of("clientIds", List.of(first.clientId), "dueOn", "2020-01-01"))
                .post("/case-templates/" + templateId + "/dispatch").then().statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
        String approval = agency.asStaff().body(template("Godkänn bokslut", "APPROVAL", null)).post("/case-templates")
                .then().statusCode(201).extract().path("id");
        agency.asStaff().body(Map.of("clientIds", List.of(first.clientId))).post("/case-templates/" + approval
                + "/dispatch").then().statusCode(422)
                .body("type", equalTo("tag:byra.se,2026:problem:approval-not-dispatchable"));
        agency.asStaff().body(Map.of("clientIds", List.of())).post("/case-templates/" + templateId + "/dispatch")
                .then().statusCode(400).body("errors[0].field", equalTo("clientIds"));
    }
}
