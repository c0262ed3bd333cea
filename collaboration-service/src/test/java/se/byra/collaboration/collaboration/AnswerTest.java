package se.byra.collaboration.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.events.collaboration.CollaborationDeclined;

/** The client's administrator answers an invitation in the portal; other people of the company only read it. */
@QuarkusTest
class AnswerTest {

    private final Agency agency = new Agency();

    @Test
    void acceptingRecordsTheTermsApprovedAndGivesTheEngagementsStaffAccess() {
        Company company = agency.company();
        UUID owner = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        UUID engagementId = agency.signEngagement(company.clientId, owner, participant);
        UUID id = Collab.activate(agency, company.clientId, engagementId);
        company.asAdministrator().get(Collab.portal(company, id)).then().statusCode(200)
                .body("awaitingAnswer", equalTo(true)).body("termsToApprove.version", equalTo("2026-1"))
                .body("serviceName", equalTo("Digitala fakturor & dokument"));

        Collab.accept(company, id).statusCode(200).body("status", equalTo("ACTIVE")).body("termsVersion",
                equalTo("2026-1")).body("answeredByName", notNullValue()).body("termsToApprove", nullValue());

        Collab.get(agency, id).body("status", equalTo("ACTIVE")).body("termsVersion", equalTo("2026-1"))
                .body("answeredAt", notNullValue()).body("staffIds", contains(owner.toString(), participant.toString()));
        CollaborationActivated activated = Agency.records().outbox(CollaborationActivated.TYPE, company.clientId)
                .stream().map(p -> p.payload()).filter(p -> p.collaborationId().equals(id)).findFirst().orElseThrow();
        assertThat(activated.staffIds()).containsExactly(owner, participant);
        assertThat(activated.origin()).isEqualTo("INVITATION");
        assertThat(activated.acceptedById()).isEqualTo(company.administratorId);
        assertThat(activated.termsVersion()).isEqualTo("2026-1");
        company.asAdministrator().get(Collab.portal(company, id) + "/history").then().statusCode(200)
                .body("items.what", contains("INVITED", "ACCEPTED")).body("items.side", contains("AGENCY", "CLIENT"));
    }

    @Test
    void laterChangesToTheEngagementsStaffFollow() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        UUID id = Collab.activate(agency, company.clientId, engagementId);
        Collab.accept(company, id).statusCode(200);
        UUID newOwner = UUID.randomUUID();

        var amended = new se.byra.platform.events.engagement.EngagementSigned(engagementId, UUID.randomUUID(), 2,
                company.clientId, "Bageriet i Vårby AB", "556703-7485", "Löpande bokföring", newOwner, List.of(),
                java.time.LocalDate.of(2027, 1, 1), null, java.time.Instant.now());
        Agency.events().publish(se.byra.platform.events.engagement.EngagementSigned.TYPE, agency.id, engagementId,
                amended);

        org.awaitility.Awaitility.await().atMost(Agency.WITHIN).untilAsserted(() -> Collab.get(agency, id)
                .body("staffIds", contains(newOwner.toString())));
    }

    @Test
    void decliningKeepsTheInvitationListedAsDeclinedWithTheReason() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));

        company.asAdministrator().body(Map.of("reason", "Vi sköter fakturorna själva.")).post(
                Collab.portal(company, id) + "/decline").then().statusCode(200).body("status", equalTo("DECLINED"));

        Collab.get(agency, id).body("status", equalTo("DECLINED")).body("declineReason",
                equalTo("Vi sköter fakturorna själva."));
        agency.asStaff().queryParam("status", "DECLINED").get("/collaborations/requests").then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id.toString()));
        CollaborationDeclined declined = Agency.records().outbox(CollaborationDeclined.TYPE, company.clientId).stream()
                .map(p -> p.payload()).filter(p -> p.collaborationId().equals(id)).findFirst().orElseThrow();
        assertThat(declined.reason()).isEqualTo("Vi sköter fakturorna själva.");
        assertThat(declined.declinedById()).isEqualTo(company.administratorId);
        Collab.accept(company, id).statusCode(409);
    }

    @Test
    void decliningStopsTheServiceTheActivationStartedButNotOneTheClientUsedBefore() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        UUID scanner = Collab.activate(agency, company.clientId, Collab.activation("scanner", engagementId));
        UUID invoices = Collab.activate(agency, company.clientId, engagementId);
        Collab.accept(company, invoices).statusCode(200);
        agency.asStaff().body(Map.of()).post("/collaborations/" + invoices + "/ending").then().statusCode(200);
        UUID invoicesAgain = Collab.activate(agency, company.clientId, engagementId);

        company.asAdministrator().body(Map.of()).post(Collab.portal(company, scanner) + "/decline").then()
                .statusCode(200);
        company.asAdministrator().body(Map.of()).post(Collab.portal(company, invoicesAgain) + "/decline").then()
                .statusCode(200);

        agency.asStaff().get("/clients/" + company.clientId + "/services").then()
                .body("tiles.find { it.service == 'scanner' }.clientUsesService", equalTo(false))
                .body("tiles.find { it.service == 'scanner' }.status", equalTo("DECLINED"))
                .body("tiles.find { it.service == 'digital-invoices' }.clientUsesService", equalTo(true));
    }

    @Test
    void aUserWhoIsNoAdministratorReadsButCannotAnswer() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));
        UUID olle = company.invite("Olle Bagare", Agency.uniqueEmail("olle"), "USER");
        String olleToken = Company.signIn(olle);

        Agency.as(olleToken).get(Collab.portal(company, id)).then().statusCode(200)
                .body("awaitingAnswer", equalTo(false));
        Agency.as(olleToken).body(Map.of("termsVersion", "2026-1")).post(Collab.portal(company, id) + "/acceptance")
                .then().statusCode(403);
        Agency.as(olleToken).body(Map.of()).post(Collab.portal(company, id) + "/decline").then().statusCode(403);
        Agency.as(olleToken).get("/me/collaboration-tasks").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anotherCompanysInvitationIsNotFound() {
        Company company = agency.company();
        Company other = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));

        other.asAdministrator().get("/companies/" + company.clientId + "/collaborations/" + id).then().statusCode(404);
        other.asAdministrator().get("/companies/" + other.clientId + "/collaborations/" + id).then().statusCode(404);
        other.asAdministrator().body(Map.of("termsVersion", "2026-1")).post("/companies/" + other.clientId
                + "/collaborations/" + id + "/acceptance").then().statusCode(404);
        Collab.get(agency, id).body("status", equalTo("INVITED"));
    }

    @Test
    void termsOtherThanThoseInForceAreRefused() {
        Company company = agency.company();
        UUID id = Collab.activate(agency, company.clientId, agency.signEngagement(company.clientId, null));

        company.asAdministrator().body(Map.of("termsVersion", "2025-9")).post(Collab.portal(company, id) + "/acceptance")
                .then().statusCode(409).body("type", equalTo("tag:byra.se,2026:problem:terms-changed"));
        company.asAdministrator().body(Map.of()).post(Collab.portal(company, id) + "/acceptance").then()
                .statusCode(400).body("errors.field", contains("termsVersion"));
    }

    @Test
    void theAdministratorsToDoListHoldsTheWaitingInvitationsOfTheirCompanies() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        UUID invoices = Collab.activate(agency, company.clientId, engagementId);
        UUID scanner = Collab.activate(agency, company.clientId, Collab.activation("scanner", engagementId));

        company.asAdministrator().get("/me/collaboration-tasks").then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.collaborationId", containsInAnyOrder(invoices.toString(), scanner.toString()))
                .body("items.kind", contains("ANSWER_INVITATION", "ANSWER_INVITATION"))
                .body("items.clientName", contains("Bageriet i Vårby AB", "Bageriet i Vårby AB"));
        company.asAdministrator().get("/companies/" + company.clientId + "/collaborations").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.status", contains("INVITED", "INVITED"));
        Collab.accept(company, invoices).statusCode(200);
        company.asAdministrator().get("/me/collaboration-tasks").then().body("items.collaborationId",
                contains(scanner.toString()));
    }
}
