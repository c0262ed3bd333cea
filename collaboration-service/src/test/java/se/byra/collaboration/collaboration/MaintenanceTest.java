package se.byra.collaboration.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.testkit.TestTokens;

/** Staff list, change and end collaborations; each change is in the history and published. */
@QuarkusTest
class MaintenanceTest {

    private final Agency agency = new Agency();

    @Test
    void listsFilterByServiceStatusEngagementOwnerAndClientAndArePaged() {
        Company bakery = agency.company();
        UUID anna = UUID.randomUUID();
        UUID bakeryEngagement = agency.signEngagement(bakery.clientId, anna);
        UUID invoices = Collab.activate(agency, bakery.clientId, bakeryEngagement);
        UUID scanner = Collab.activate(agency, bakery.clientId, Collab.activation("scanner", bakeryEngagement));
        Collab.accept(bakery, scanner).statusCode(200);
        Company cafe = agency.company();
        UUID cafeEngagement = agency.signEngagement(cafe.clientId, null);
        UUID cafeInvoices = Collab.activate(agency, cafe.clientId, cafeEngagement);

        agency.asStaff().get("/collaborations").then().statusCode(200).body("totalItems", equalTo(3));
        agency.asStaff().queryParam("service", "digital-invoices").get("/collaborations").then()
                .body("items.id", containsInAnyOrder(invoices.toString(), cafeInvoices.toString()));
        agency.asStaff().queryParam("status", "ACTIVE").get("/collaborations").then()
                .body("items.id", contains(scanner.toString()));
        agency.asStaff().queryParam("ownerId", anna).get("/collaborations").then()
                .body("items.id", containsInAnyOrder(invoices.toString(), scanner.toString()));
        agency.asStaff().queryParam("engagementId", cafeEngagement).get("/collaborations").then()
                .body("items.id", contains(cafeInvoices.toString()));
        agency.asStaff().queryParam("clientId", bakery.clientId).queryParam("size", 1).get("/collaborations").then()
                .body("items", org.hamcrest.Matchers.hasSize(1)).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        agency.asStaff().get("/collaborations/requests").then().body("totalItems", equalTo(3))
                .body("items[0].id", equalTo(cafeInvoices.toString()));
        agency.asStaff().queryParam("status", "NOPE").get("/collaborations").then().statusCode(400);
        new Agency().asStaff().get("/collaborations").then().body("totalItems", equalTo(0));
    }

    @Test
    void ownClientsStaffSeeOnlyTheirClientsCollaborations() {
        UUID karin = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        Agency.events().staffMember(agency.id, karin, "OWN_CLIENTS", subject);
        org.awaitility.Awaitility.await().atMost(Agency.WITHIN).until(() -> Agency.records().staffKnown(subject));
        String karinsToken = TestTokens.staff(agency.id).subject(subject).token();
        UUID hers = agency.registerClient(karin);
        UUID herCollaboration = Collab.activate(agency, hers, agency.signEngagement(hers, karin));
        UUID other = agency.registerClient();
        UUID otherCollaboration = Collab.activate(agency, other, agency.signEngagement(other, null));

        Agency.as(karinsToken).get("/collaborations").then().statusCode(200)
                .body("items.id", contains(herCollaboration.toString()));
        Agency.as(karinsToken).get("/collaborations/" + otherCollaboration).then().statusCode(404);
        Agency.as(karinsToken).get("/collaborations/" + otherCollaboration + "/history").then().statusCode(404);
        Agency.as(karinsToken).post("/collaborations/" + otherCollaboration + "/invitation").then().statusCode(404);
        Agency.as(karinsToken).get("/clients/" + other + "/services").then().statusCode(404);
        new Agency().asStaff().get("/collaborations/" + herCollaboration).then().statusCode(404);
    }

    @Test
    void anEditIsKeptInTheHistoryAndPublishedWithWhatChanged() {
        Company company = agency.company();
        UUID first = agency.signEngagement(company.clientId, null);
        UUID second = agency.signEngagement(company.clientId, null);
        UUID id = Collab.activate(agency, company.clientId, Collab.activation("payroll", first, "variant", "STANDARD"));
        Collab.accept(company, id).statusCode(200);
        int version = Collab.get(agency, id).extract().path("version");

        agency.asStaff().body(Map.of("engagementId", second.toString(), "invoiceRecipient", "AGENCY", "variant", "START",
                "version", version)).put("/collaborations/" + id).then().statusCode(200)
                .body("variant", equalTo("START")).body("engagementId", equalTo(second.toString()));

        agency.asStaff().get("/collaborations/" + id + "/history").then().body("items.what",
                contains("INVITED", "ACCEPTED", "UPDATED"))
                .body("items[2].changes.field", contains("engagementId", "variant"))
                .body("items[2].changes[1].before", equalTo("STANDARD")).body("items[2].changes[1].after",
                        equalTo("START"));
        CollaborationUpdated updated = Agency.records().outbox(CollaborationUpdated.TYPE, company.clientId).stream()
                .map(p -> p.payload()).filter(p -> p.collaborationId().equals(id)).findFirst().orElseThrow();
        assertThat(updated.changes()).extracting(CollaborationUpdated.Change::field)
                .containsExactly("engagementId", "variant");
        assertThat(updated.side()).isEqualTo("AGENCY");
        agency.asStaff().body(Map.of("engagementId", second.toString(), "invoiceRecipient", "AGENCY", "variant",
                "STANDARD", "version", version)).put("/collaborations/" + id).then().statusCode(409);
        agency.asStaff().body(Map.of("engagementId", second.toString(), "invoiceRecipient", "CLIENT", "variant",
                "START", "version", version + 1)).put("/collaborations/" + id).then().statusCode(400)
                .body("errors.field", contains("invoiceRecipient"));
    }

    @Test
    void endingNowEndsItAndAsksTheClientAboutTheService() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        agency.asStaff().body(Map.of()).post("/collaborations/" + id + "/ending").then().statusCode(409);
        Collab.accept(company, id).statusCode(200);

        agency.asStaff().body(Map.of()).post("/collaborations/" + id + "/ending").then().statusCode(200)
                .body("status", equalTo("ENDED"));

        assertThat(Agency.records().outbox(CollaborationEnded.TYPE, company.clientId)).hasSize(1);
        company.asAdministrator().get(Collab.portal(company, id)).then().body("awaitingServiceDecision", equalTo(true));
        company.asAdministrator().body(Map.of("keepService", true)).post(Collab.portal(company, id)
                + "/service-decision").then().statusCode(200).body("serviceDecision", equalTo("KEEP"));
        company.asAdministrator().body(Map.of("keepService", false)).post(Collab.portal(company, id)
                + "/service-decision").then().statusCode(409);
        agency.asStaff().get("/clients/" + company.clientId + "/services").then()
                .body("tiles.find { it.service == 'digital-invoices' }.clientUsesService", equalTo(true));
        agency.asStaff().body(Map.of("endsOn", "2020-01-01")).post("/collaborations/" + id + "/ending").then()
                .statusCode(409);
    }

    @Test
    void anEndingInThePastIsTheFieldsError() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.accept(company, id).statusCode(200);

        agency.asStaff().body(Map.of("endsOn", "2020-01-01")).post("/collaborations/" + id + "/ending").then()
                .statusCode(400).body("errors.field", contains("endsOn"));
        company.asAdministrator().body(Map.of("keepService", true, "endsOn", "2020-01-01")).post(
                Collab.portal(company, id) + "/ending").then().statusCode(400).body("errors.field", contains("endsOn"));
        company.asAdministrator().body(Map.of()).post(Collab.portal(company, id) + "/ending").then().statusCode(400)
                .body("errors.field", hasItem("keepService"));
        Collab.get(agency, id).body("status", equalTo("ACTIVE"));
    }

    @Test
    void theClientEndingNowAndEndingTheServiceEndsBoth() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        Collab.accept(company, id).statusCode(200);

        company.asAdministrator().body(Map.of("keepService", false)).post(Collab.portal(company, id) + "/ending")
                .then().statusCode(200).body("status", equalTo("ENDED")).body("awaitingServiceDecision", equalTo(false));

        CollaborationEnded ended = Agency.records().outbox(CollaborationEnded.TYPE, company.clientId).get(0).payload();
        assertThat(ended.side()).isEqualTo("CLIENT");
        agency.asStaff().get("/clients/" + company.clientId + "/services").then()
                .body("tiles.find { it.service == 'digital-invoices' }.clientUsesService", equalTo(false));
        agency.asStaff().queryParam("status", "ENDED").get("/collaborations").then()
                .body("items.id", hasItem(id.toString()));
        agency.asStaff().queryParam("status", "ACTIVE").get("/collaborations").then()
                .body("items.id", not(hasItem(id.toString())));
    }

}
