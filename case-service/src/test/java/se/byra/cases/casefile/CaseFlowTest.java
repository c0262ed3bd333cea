package se.byra.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Agency.Person;
import se.byra.cases.support.Agency.Staff;
import se.byra.cases.support.Company;
import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.events.cases.CaseReturned;

/** A case's whole life through HTTP: draft, sending, the client's answer, return, comments, closing, and history. */
@QuarkusTest
class CaseFlowTest {

    private final Agency agency = new Agency();

    @Test
    void aQuestionGoesFromDraftToTheClientAndBackUntilTheAgencyClosesIt() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        Company company = agency.consentingCompany();
        Map<String, Object> body = new java.util.HashMap<>(Agency.newCase(company.clientId, "QUESTION", null));
        body.put("assigneeId", anna.id());
        body.put("dueOn", LocalDate.now().plusDays(10).toString());
        String id = anna.as().body(body).post("/cases").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("assigneeName", equalTo("Anna Lindqvist"))
                .body("actions", contains("EDIT", "SEND", "CANCEL", "ATTACH")).extract().path("id");
        company.asAdministrator().get(company.caseOf(id)).then().statusCode(404);
        assertThat(Agency.records().outbox(CaseCreated.TYPE, company.clientId)).isEmpty();

        anna.as().post("/cases/" + id + "/sending").then().statusCode(200)
                .body("status", equalTo("WAITING_FOR_CLIENT"));
        CaseCreated created = Agency.records().outbox(CaseCreated.TYPE, company.clientId).get(0).payload();
        assertThat(created.origin()).isEqualTo("AGENCY");
        assertThat(created.createdById()).isEqualTo(anna.id());
        assertThat(created.dueOn()).isEqualTo(LocalDate.now().plusDays(10));
        company.asAdministrator().get(company.cases()).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].unread", equalTo(true)).body("items[0].status", equalTo("WAITING_FOR_CLIENT"));

        company.asAdministrator().body(Company.answer(Map.of("text", "Halva svaret"))).put(company.caseOf(id)
                + "/answer").then().statusCode(200).body("answer.text", equalTo("Halva svaret"))
                .body("status", equalTo("WAITING_FOR_CLIENT")).body("submitted", equalTo(false));
        company.asAdministrator().body(Company.answer(Map.of("text", " "))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(400).body("errors[0].field", equalTo("answer.text"));
        company.asAdministrator().body(Map.of()).post(company.caseOf(id) + "/answer/submission").then()
                .statusCode(200).body("status", equalTo("WAITING_FOR_AGENCY")).body("submitted", equalTo(true))
                .body("answeredByName", equalTo("Sara Bagare"));
        CaseAnswered answered = Agency.records().outbox(CaseAnswered.TYPE, company.clientId).get(0).payload();
        assertThat(answered.staffIds()).containsExactly(anna.id());
        assertThat(answered.status()).isEqualTo("WAITING_FOR_AGENCY");

        anna.as().get("/cases/" + id).then().statusCode(200).body("unread", equalTo(true));
        anna.as().post("/cases/" + id + "/read").then().statusCode(200);
        anna.as().get("/cases/" + id).then().statusCode(200).body("unread", equalTo(false))
                .body("actions", contains("EDIT", "RETURN", "CLOSE", "CANCEL", "COMMENT", "ATTACH"));

        anna.as().body(Map.of("text", "Vilket konto gäller det?")).post("/cases/" + id + "/return").then()
                .statusCode(200).body("status", equalTo("WAITING_FOR_CLIENT"));
        assertThat(Agency.records().outbox(CaseReturned.TYPE, company.clientId)).hasSize(1);
        company.asAdministrator().get(company.caseOf(id) + "/comments").then().statusCode(200)
                .body("items[0].text", equalTo("Vilket konto gäller det?")).body("items[0].side", equalTo("AGENCY"));
        company.asAdministrator().body(Company.answer(Map.of("text", "Konto 1930."))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(200);

        anna.as().body(Map.of("note", "Tack, nu är det klart.")).post("/cases/" + id + "/closing").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("closingReason", equalTo("COMPLETED"))
                .body("actions.size()", equalTo(0));
        assertThat(Agency.records().outbox(CaseClosed.TYPE, company.clientId).get(0).payload().note())
                .isEqualTo("Tack, nu är det klart.");
        company.asAdministrator().get(company.cases()).then().statusCode(200).body("totalItems", equalTo(0));
        company.asAdministrator().get(company.cases() + "?state=closed").then().statusCode(200)
                .body("items[0].id", equalTo(id));
        company.asAdministrator().get(company.caseOf(id) + "/history").then().statusCode(200)
                .body("items.what", contains("CREATED", "SENT", "ANSWERED", "RETURNED", "ANSWERED", "CLOSED"));
        anna.as().post("/cases/" + id + "/closing").then().statusCode(400);
        anna.as().body(Map.of()).post("/cases/" + id + "/closing").then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:case-status"));
    }

    @Test
    void aCaseIsNotSentWithoutConsentAndItsViewSaysWhereConsentStands() {
        UUID clientId = agency.client();
        Person sara = agency.member(clientId, "Sara Bagare", "ADMINISTRATOR");
        String id = agency.asStaff().body(Agency.newCase(clientId, "QUESTION", null)).post("/cases").then()
                .statusCode(201).body("consent", equalTo("NONE")).extract().path("id");
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:consent-required"));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200);
        agency.asStaff().get("/cases/" + id).then().statusCode(200).body("consent", equalTo("REQUESTED"));
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(409);
        sara.as().body(Map.of("reason", "Vi mejlar hellre.")).post(Company.consent(clientId) + "/decline").then()
                .statusCode(200);
        agency.asStaff().get("/cases/" + id).then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("consent", equalTo("DECLINED"));

        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200);
        sara.as().post(Company.consent(clientId) + "/grant").then().statusCode(200);
        agency.asStaff().get("/cases/" + id).then().statusCode(200).body("consent", equalTo("GRANTED"));
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(200)
                .body("consent", equalTo("GRANTED"));
        sara.as().get("/companies/" + clientId + "/cases/" + id).then().statusCode(200)
                .body("consent", nullValue());
        String draft = agency.asStaff().body(Agency.newCase(clientId, "QUESTION", null)).post("/cases").then()
                .statusCode(201).extract().path("id");
        sara.as().body(Map.of("reason", "Vi slutar.")).post(Company.consent(clientId) + "/revocation").then()
                .statusCode(200);
        agency.asStaff().get("/cases/" + draft).then().statusCode(200).body("consent", equalTo("REVOKED"));
    }

    @Test
    void commentsMarkTheOtherSideAndReachTheAssignee() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        anna.as().body(Map.of("version", version(id), "title", "Underlag till bokslutet", "description",
                "Skicka oss underlagen senast fredag.", "assigneeId", anna.id())).put("/cases/" + id)
                .then().statusCode(200).body("assigneeId", equalTo(anna.id().toString()));
        company.asAdministrator().post(company.caseOf(id) + "/read").then().statusCode(200);
        company.asAdministrator().get(company.caseOf(id)).then().body("unread", equalTo(false));

        anna.as().body(Map.of("text", "Glöm inte kvittona.")).post("/cases/" + id + "/comments").then()
                .statusCode(201).body("authorName", equalTo("Anna Lindqvist"));
        company.asAdministrator().get(company.caseOf(id)).then().body("unread", equalTo(true));
        company.asAdministrator().body(Map.of("text", "Självklart!\nVi skickar dem i dag.")).post(company.caseOf(id)
                + "/comments").then().statusCode(201).body("side", equalTo("CLIENT"));
        anna.as().get("/cases/" + id).then().body("unread", equalTo(true));

        List<CaseCommented> comments = Agency.records().outbox(CaseCommented.TYPE, company.clientId).stream()
                .map(p -> p.payload()).toList();
        assertThat(comments).extracting(CaseCommented::side).containsExactly("AGENCY", "CLIENT");
        assertThat(comments.get(0).staffIds()).isEmpty();
        assertThat(comments.get(1).staffIds()).containsExactly(anna.id());
        anna.as().get("/cases/" + id + "/comments").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items[1].text", equalTo("Självklart!\nVi skickar dem i dag."));
    }

    @Test
    void aSentCaseChangesOnlyItsDueDateAndAssigneeAndAStaleEditIsRefused() {
        Company company = agency.consentingCompany();
        String id = company.sentQuestion();
        int version = version(id);
        String due = LocalDate.now().plusDays(3).toString();
        agency.asStaff().body(Map.of("version", version, "title", "Något annat", "description",
                "Skicka oss underlagen senast fredag.")).put("/cases/" + id).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:case-sent"));
        agency.asStaff().body(Map.of("version", version, "title", "Underlag till bokslutet", "description",
                "Skicka oss underlagen senast fredag.", "dueOn", due)).put("/cases/" + id).then().statusCode(200)
                .body("dueOn", equalTo(due));
        agency.asStaff().body(Map.of("version", version, "title", "Underlag till bokslutet", "description",
                "Skicka oss underlagen senast fredag.")).put("/cases/" + id).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:case-changed"));
        agency.asStaff().body(Map.of("version", version(id), "title", "Underlag till bokslutet", "description",
                "Skicka oss underlagen senast fredag.", "dueOn", "2020-01-01")).put("/cases/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("dueOn"));
    }

    @Test
    void aDraftChangesWhollyAndACancelledDraftTellsNoOne() {
        Company company = agency.consentingCompany();
        String id = agency.asStaff().body(Agency.newCase(company.clientId, "QUESTION", null)).post("/cases").then()
                .statusCode(201).extract().path("id");
        agency.asStaff().body(Map.of("version", version(id), "title", "Ny rubrik", "description", "Ny text"))
                .put("/cases/" + id).then().statusCode(200).body("title", equalTo("Ny rubrik"));
        agency.asStaff().body(Map.of()).post("/cases/" + id + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertThat(Agency.records().outbox(CaseClosed.TYPE, company.clientId)).isEmpty();
        company.asAdministrator().get(company.caseOf(id)).then().statusCode(404);
    }

    @Test
    void aClientAsksTheStaffItHasReceivedCasesFrom() {
        Staff anna = agency.staff("Anna Lindqvist", "FULL");
        Staff erik = agency.staff("Erik Johansson", "FULL");
        Company company = agency.consentingCompany();
        company.asAdministrator().get("/companies/" + company.clientId + "/case-contacts").then().statusCode(200)
                .body("size()", equalTo(0));
        String id = anna.as().body(Agency.newCase(company.clientId, "INFORMATION", null)).post("/cases").then()
                .statusCode(201).extract().path("id");
        anna.as().post("/cases/" + id + "/sending").then().statusCode(200);
        company.asAdministrator().get("/companies/" + company.clientId + "/case-contacts").then().statusCode(200)
                .body("staffId", contains(anna.id().toString())).body("name", contains("Anna Lindqvist"));

        company.asAdministrator().body(Map.of("title", "Moms på hyra?", "description", "Ska vi ta ut moms?",
                "assigneeId", erik.id())).post(company.cases()).then().statusCode(400)
                .body("errors[0].field", equalTo("assigneeId"));
        String asked = company.asAdministrator().body(Map.of("title", "Moms på hyra?", "description",
                "Ska vi ta ut moms på lokalhyran?", "assigneeId", anna.id())).post(company.cases()).then()
                .statusCode(201).body("status", equalTo("WAITING_FOR_AGENCY")).body("origin", equalTo("CLIENT"))
                .extract().path("id");
        CaseCreated created = Agency.records().outbox(CaseCreated.TYPE, company.clientId).stream()
                .map(p -> p.payload()).filter(c -> c.caseId().toString().equals(asked)).findFirst().orElseThrow();
        assertThat(created.origin()).isEqualTo("CLIENT");
        assertThat(created.staffIds()).containsExactly(anna.id());
        assertThat(created.createdById()).isEqualTo(company.administrator.id());
        anna.as().get("/cases?status=WAITING_FOR_AGENCY").then().statusCode(200)
                .body("items.id", hasItem(asked)).body("items[0].unread", equalTo(true));
    }

    @Test
    void theBoardFiltersAndOwnClientsStaffSeeOnlyTheirs() {
        Staff erik = agency.staff("Erik Johansson", "OWN_CLIENTS");
        Company his = agency.consentingCompany(erik.id());
        Company other = agency.consentingCompany();
        String question = his.sentQuestion();
        String information = other.sentCase("INFORMATION", null);
        String late = his.sentQuestion();
        Agency.records().execute("update client_case set due_on = current_date - 2 where id = ?1",
                UUID.fromString(late));

        agency.asStaff().get("/cases").then().statusCode(200).body("totalItems", equalTo(3));
        agency.asStaff().get("/cases?type=INFORMATION").then().body("items.id", contains(information));
        agency.asStaff().get("/cases?overdue=true").then().body("items.id", contains(late))
                .body("items[0].overdue", equalTo(true));
        agency.asStaff().get("/cases?clientId=" + other.clientId).then().body("items.id", contains(information));
        agency.asStaff().get("/cases?q=BOKSLUT&status=WAITING_FOR_CLIENT&status=WAITING_FOR_AGENCY").then()
                .body("totalItems", equalTo(3));
        agency.asStaff().get("/cases?q=100%25").then().body("totalItems", equalTo(0));
        agency.asStaff().get("/cases?size=1&page=1").then().body("items.size()", equalTo(1))
                .body("totalPages", equalTo(3));
        erik.as().get("/cases").then().statusCode(200).body("totalItems", equalTo(2));
        erik.as().get("/cases/" + information).then().statusCode(404);
        erik.as().get("/cases/" + question).then().statusCode(200);
        new Agency().asStaff().get("/cases/" + question).then().statusCode(404);
    }

    @Test
    void theClientOverviewCountsTheCases() {
        Company company = agency.consentingCompany();
        String waiting = company.sentQuestion();
        String answered = company.sentQuestion();
        company.asAdministrator().body(Company.answer(Map.of("text", "Svar"))).post(company.caseOf(answered)
                + "/answer/submission").then().statusCode(200);
        Agency.records().execute("update client_case set due_on = current_date - 1 where id = ?1",
                UUID.fromString(waiting));
        agency.asStaff().get("/clients/" + company.clientId + "/case-summary").then().statusCode(200)
                .body("consent", equalTo("GRANTED")).body("open", equalTo(2)).body("waitingForClient", equalTo(1))
                .body("waitingForAgency", equalTo(1)).body("overdue", equalTo(1)).body("unread", equalTo(1))
                .body("latest[0].id", equalTo(answered));
    }

    @Test
    void theMenuAppearsOnceAConsentingCompanyHasACaseAndTheToDoListHoldsWhatWaits() {
        UUID clientId = agency.client();
        Person sara = agency.member(clientId, "Sara Bagare", "ADMINISTRATOR");
        Person olof = agency.member(clientId, "Olof Sandberg", "USER");
        String menu = "/companies/" + clientId + "/case-menu";
        sara.as().get(menu).then().statusCode(200).body("visible", equalTo(false));
        agency.asStaff().post(Agency.consentRequest(clientId)).then().statusCode(200);
        sara.as().get("/me/case-tasks").then().statusCode(200).body("items[0].kind", equalTo("CONSENT"))
                .body("items[0].clientId", equalTo(clientId.toString()));
        olof.as().get("/me/case-tasks").then().statusCode(200).body("totalItems", equalTo(0));
        sara.as().post(Company.consent(clientId) + "/grant").then().statusCode(200);
        sara.as().get(menu).then().body("visible", equalTo(false));

        String id = agency.asStaff().body(Map.of("clientId", clientId, "type", "QUESTION", "title", "Hyran",
                "description", "Vad betalar ni i hyra?", "dueOn", LocalDate.now().plusDays(5).toString()))
                .post("/cases").then().statusCode(201).extract().path("id");
        agency.asStaff().post("/cases/" + id + "/sending").then().statusCode(200);
        olof.as().get(menu).then().body("visible", equalTo(true)).body("waiting", equalTo(1))
                .body("unread", equalTo(1));
        olof.as().get("/me/case-tasks").then().body("items[0].kind", equalTo("CASE"))
                .body("items[0].caseId", equalTo(id)).body("items[0].dueOn",
                        equalTo(LocalDate.now().plusDays(5).toString())).body("items[0].title", equalTo("Hyran"));
        sara.as().get("/me/case-tasks?size=1&page=0").then().body("totalItems", equalTo(1));
    }

    @Test
    void anotherCompanysCaseIsNotFound() {
        Company company = agency.consentingCompany();
        Company other = agency.consentingCompany();
        String id = company.sentQuestion();
        other.asAdministrator().get(other.caseOf(id)).then().statusCode(404);
        other.asAdministrator().get(company.caseOf(id)).then().statusCode(404);
        other.asAdministrator().body(Company.answer(Map.of("text", "x"))).post(company.caseOf(id)
                + "/answer/submission").then().statusCode(404);
        other.asAdministrator().body(Map.of("text", "x")).post(company.caseOf(id) + "/comments").then()
                .statusCode(404);
        company.asAdministrator().get(company.caseOf(id)).then().statusCode(200).body("closedAt", nullValue());
    }

    /** The case's version as an edit sends it back. */
    static int version(String id) {
        return ((Number) Agency.records().single("select version from client_case where id = ?1",
                UUID.fromString(id))).intValue();
    }
}
