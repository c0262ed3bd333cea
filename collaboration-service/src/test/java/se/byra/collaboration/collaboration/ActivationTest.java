package se.byra.collaboration.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.events.collaboration.MembershipGranted;

/**
 * Staff activate a collaboration with a client, in the three cases of seed 002, and only on an engagement in force.
 */
@QuarkusTest
class ActivationTest {

    private final Agency agency = new Agency();

    @Test
    void aCustomerAlreadyUsingTheServiceGetsAnInvitationForItsAdministrators() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        UUID first = Collab.activate(agency, company.clientId, engagementId);
        Collab.accept(company, first).statusCode(200);
        agency.asStaff().body(Map.of()).post("/collaborations/" + first + "/ending").then().statusCode(200);

        agency.asStaff().queryParam("service", "digital-invoices").get("/clients/" + company.clientId + "/activation")
                .then().statusCode(200).body("scenario", equalTo("EXISTING_SERVICE"))
                .body("approvers", contains("Sara Bagare")).body("ready", equalTo(true));
        UUID second = Collab.activate(agency, company.clientId, engagementId);

        Collab.get(agency, second).body("status", equalTo("INVITED")).body("scenario", equalTo("EXISTING_SERVICE"))
                .body("invitedByName", equalTo("Karin Revisor")).body("timesSent", equalTo(1));
        CollaborationInvited invited = invitation(company.clientId, second);
        assertThat(invited.scenario()).isEqualTo("EXISTING_SERVICE");
        assertThat(invited.serviceName().sv()).isEqualTo("Digitala fakturor & dokument");
        assertThat(invited.termsVersion()).isEqualTo("2026-1");
        assertThat(invited.resent()).isFalse();
        assertThat(invited.expiresAt()).isAfter(invited.invitedAt().plusSeconds(13 * 24 * 3600));
    }

    @Test
    void aCustomerWithoutTheServiceHasItActivatedWithTheCollaboration() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        agency.asStaff().get("/clients/" + company.clientId + "/services").then().statusCode(200)
                .body("customer", equalTo(true)).body("engagementsInForce", equalTo(1))
                .body("tiles.find { it.service == 'scanner' }.clientUsesService", equalTo(false));

        UUID id = Collab.activate(agency, company.clientId, Collab.activation("scanner", engagementId));

        Collab.get(agency, id).body("scenario", equalTo("NEW_SERVICE")).body("serviceName", equalTo("Scanner"));
        agency.asStaff().get("/clients/" + company.clientId + "/services").then()
                .body("tiles.find { it.service == 'scanner' }.clientUsesService", equalTo(true))
                .body("tiles.find { it.service == 'scanner' }.status", equalTo("INVITED"))
                .body("tiles.find { it.service == 'payroll' }.status", nullValue());
        assertThat(invitation(company.clientId, id).scenario()).isEqualTo("NEW_SERVICE");
    }

    @Test
    void aClientWithoutAccountGetsOneWithItsMainContactAsAdministratorWhoIsInvited() {
        String email = Agency.uniqueEmail("sara");
        UUID clientId = agency.registerClient("Sara Bagare", email);
        UUID engagementId = agency.signEngagement(clientId, null);
        agency.asStaff().queryParam("service", "payroll").get("/clients/" + clientId + "/activation").then()
                .statusCode(200).body("scenario", equalTo("NEW_CUSTOMER"))
                .body("mainContact.email", equalTo(email)).body("mainContact.missing", equalTo(List.of()))
                .body("service.variants.code", contains("STANDARD", "START"));

        UUID id = Collab.activate(agency, clientId, Collab.activation("payroll", engagementId, "variant", "START"));

        Collab.get(agency, id).body("scenario", equalTo("NEW_CUSTOMER")).body("variant", equalTo("START"));
        agency.asStaff().get(Agency.account(clientId) + "/users").then().statusCode(200)
                .body("items.email", contains(email)).body("items.role", contains("ADMINISTRATOR"));
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
        assertThat(Agency.records().outbox(MembershipGranted.TYPE, clientId)).hasSize(1);
        assertThat(invitation(clientId, id).scenario()).isEqualTo("NEW_CUSTOMER");
    }

    @Test
    void aNewCustomerWhoseMainContactLacksAnEmailIsRefusedNamingWhatIsMissing() {
        UUID clientId = agency.registerClient("Sara Bagare", null);
        UUID engagementId = agency.signEngagement(clientId, null);
        agency.asStaff().queryParam("service", "scanner").get("/clients/" + clientId + "/activation").then()
                .body("mainContact.missing", contains("mainContactEmail")).body("ready", equalTo(false));

        agency.asStaff().body(Collab.activation("scanner", engagementId)).post(Collab.activations(clientId)).then()
                .statusCode(422).body("type", equalTo("tag:byra.se,2026:problem:main-contact-incomplete"))
                .body("errors.field", contains("mainContactEmail"));
        agency.asStaff().queryParam("clientId", clientId).get("/collaborations").then().body("totalItems", equalTo(0));
    }

    @Test
    void aClientWithoutAnEngagementInForceIsRefusedWithTheWayToOne() {
        Company company = agency.company();

        agency.asStaff().body(Collab.activation("scanner", UUID.randomUUID())).post(Collab.activations(company.clientId))
                .then().statusCode(422).body("type", equalTo("tag:byra.se,2026:problem:engagement-required"))
                .body("detail", org.hamcrest.Matchers.containsString("Create an engagement"));
        agency.asStaff().queryParam("service", "scanner").get("/clients/" + company.clientId + "/activation").then()
                .body("engagements", equalTo(List.of())).body("ready", equalTo(false));
    }

    @Test
    void anEngagementOfAnotherClientIsTheFieldsError() {
        Company company = agency.company();
        agency.signEngagement(company.clientId, null);
        UUID otherEngagement = agency.signEngagement(agency.registerClient(), null);

        agency.asStaff().body(Collab.activation("scanner", otherEngagement)).post(Collab.activations(company.clientId))
                .then().statusCode(400).body("errors.field", contains("engagementId"));
    }

    @Test
    void optionsTheServiceDoesNotTakeAreEachNamed() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);

        agency.asStaff().body(Collab.activation("payroll", engagementId, "variant", "START", "invoiceRecipient",
                "CLIENT", "agreementMonths", 12, "agencyPaymentRecipient", true)).post(Collab.activations(company.clientId))
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("invoiceRecipient", "agreementMonths", "agencyPaymentRecipient"));
        agency.asStaff().body(Collab.activation("financial-overview", engagementId)).post(
                Collab.activations(company.clientId)).then().statusCode(400).body("errors.field", contains("agreementMonths"));
        agency.asStaff().body(Collab.activation("no-such-service", engagementId)).post(
                Collab.activations(company.clientId)).then().statusCode(400).body("errors.field", contains("service"));
        agency.asStaff().body(Collab.activation("financial-overview", engagementId, "agreementMonths", 3)).post(
                Collab.activations(company.clientId)).then().statusCode(201).body("agreementMonths", equalTo(3));
    }

    @Test
    void aSecondOpenCollaborationInTheServiceIsRefused() {
        Company company = agency.company();
        UUID engagementId = agency.signEngagement(company.clientId, null);
        UUID first = Collab.activate(agency, company.clientId, engagementId);

        agency.asStaff().body(Collab.activation("digital-invoices", engagementId)).post(
                Collab.activations(company.clientId)).then().statusCode(409)
                .body("type", equalTo("tag:byra.se,2026:problem:collaboration-exists"));
        agency.asStaff().queryParam("service", "digital-invoices").get("/clients/" + company.clientId + "/activation")
                .then().body("openCollaborationId", equalTo(first.toString())).body("openStatus", equalTo("INVITED"));
    }

    @Test
    void ofTwoActivationsOfOneServiceAtOnceOneWins() throws Exception {
        UUID clientId = agency.registerClient();
        UUID engagementId = agency.signEngagement(clientId, null);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> attempts = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return agency.asStaff().body(Collab.activation("scanner", engagementId)).post(Collab.activations(clientId))
                    .then().extract().statusCode();
        })).toList();

        assertThat(attempts.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(201, 409);
        assertThat(Agency.records().outbox(CollaborationInvited.TYPE, clientId)).hasSize(1);
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
    }

    @Test
    void twoServicesActivatedAtOnceForANewCustomerMakeOneAccount() throws Exception {
        UUID clientId = agency.registerClient();
        UUID engagementId = agency.signEngagement(clientId, null);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> attempts = List.of("scanner", "expenses").stream()
                .map(service -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return agency.asStaff().body(Collab.activation(service, engagementId))
                            .post(Collab.activations(clientId)).then().extract().statusCode();
                })).toList();

        assertThat(attempts.stream().map(CompletableFuture::join).toList()).containsExactly(201, 201);
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
        agency.asStaff().queryParam("clientId", clientId).get("/collaborations").then()
                .body("items.scenario", hasItems("NEW_CUSTOMER", "NEW_SERVICE"));
    }

    @Test
    void theCatalogueSpeaksTheCallersLanguage() {
        agency.asStaff().header("Accept-Language", "en").get("/catalogue/payroll").then().statusCode(200)
                .body("name", equalTo("Payroll")).body("variants.find { it.code == 'START' }.invoiceRecipients",
                        contains("AGENCY"));
        agency.asStaff().get("/catalogue").then().statusCode(200).body("code", contains("digital-invoices",
                "bookkeeping", "scanner", "payroll", "expenses", "tax-closing", "financial-overview"))
                .body("find { it.code == 'financial-overview' }.agreementPeriods", contains(3, 12));
        agency.asStaff().get("/catalogue/nothing").then().statusCode(404);
    }

    static CollaborationInvited invitation(UUID clientId, UUID collaborationId) {
        return Agency.records().outbox(CollaborationInvited.TYPE, clientId).stream().map(p -> p.payload())
                .filter(p -> p.collaborationId().equals(collaborationId)).reduce((a, b) -> b).orElseThrow();
    }

}
