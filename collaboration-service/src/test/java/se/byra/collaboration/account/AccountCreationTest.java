package se.byra.collaboration.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.byra.collaboration.support.Agency.account;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.testkit.Race;

/** A staff member opens a client to the portal: its account, made from the client's main contact. */
@QuarkusTest
class AccountCreationTest {

    private final Agency agency = new Agency();

    @Test
    void theMainContactBecomesTheFirstAdministratorOfTheNewAccount() {
        String email = Agency.uniqueEmail("Sara.Bagare");
        UUID clientId = agency.registerClient("Sara Bagare", email.toUpperCase());

        agency.asStaff().post(account(clientId)).then().statusCode(201)
                .header("Location", endsWith(account(clientId)))
                .body("clientId", equalTo(clientId.toString()))
                .body("clientName", equalTo("Bageriet i Vårby AB"))
                .body("organisationNumber", equalTo("556703-7485"))
                .body("createdByName", equalTo("Karin Revisor"))
                .body("users", equalTo(1));

        agency.asStaff().get(account(clientId)).then().statusCode(200).body("users", equalTo(1));
        agency.asStaff().get(account(clientId) + "/users").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("Sara Bagare"))
                .body("items[0].email", equalTo(email.toLowerCase()))
                .body("items[0].language", equalTo("sv"))
                .body("items[0].role", equalTo("ADMINISTRATOR"))
                .body("items[0].provisioningState", equalTo("PENDING"))
                .body("items[0].provisioningReason", nullValue());
    }

    @Test
    void aMainContactWithoutAnEmailIsRefusedNamingTheFieldAndNoAccountIsMade() {
        UUID clientId = agency.registerClient("Sara Bagare", null);

        agency.asStaff().post(account(clientId)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:main-contact-incomplete"))
                .body("errors.field", containsInAnyOrder("mainContactEmail"))
                .body("detail", containsString("needs an e-mail address: add it to the main contact on the client first"));

        agency.asStaff().get(account(clientId)).then().statusCode(404)
                .body("detail", containsString("has no account yet"));
    }

    @Test
    void aMainContactWithoutNameOrEmailNamesBothFields() {
        UUID clientId = agency.registerClient("  ", " ");

        agency.asStaff().post(account(clientId)).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("mainContactEmail", "mainContactName"))
                .body("detail", containsString("an e-mail address and a name"));
    }

    @Test
    void aSecondAccountForTheClientIsAConflict() {
        UUID clientId = agency.registerClient();
        agency.asStaff().post(account(clientId)).then().statusCode(201);

        agency.asStaff().post(account(clientId)).then().statusCode(409)
                .body("detail", containsString("already has an account"));
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
    }

    @Test
    void ofTwoRequestsAtOnceOneMakesTheAccountAndTheOtherHearsConflict() {
        UUID clientId = agency.registerClient();

        List<Integer> statuses = Race.of(2, () -> agency.asStaff().post(account(clientId)).statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
        agency.asStaff().get(account(clientId) + "/users").then().body("totalItems", equalTo(1));
    }

    @Test
    void aClientUnknownToThisServiceIsNotFound() {
        UUID unknown = UUID.randomUUID();

        agency.asStaff().post(account(unknown)).then().statusCode(404).contentType("application/problem+json");
        agency.asStaff().get(account(unknown)).then().statusCode(404);
        agency.asStaff().get(account(unknown) + "/users").then().statusCode(404);
    }

    @Test
    void aClientWithoutAnAccountSaysSo() {
        UUID clientId = agency.registerClient();

        agency.asStaff().get(account(clientId)).then().statusCode(404)
                .body("detail", equalTo("Bageriet i Vårby AB has no account yet: create it (POST /clients/" + clientId
                        + "/account) to open the portal to the client."));
        agency.asStaff().get(account(clientId) + "/users").then().statusCode(404);
    }

    @Test
    void aMainContactWhoAlreadyUsesThePortalIsTheSamePersonInTheNewAccount() {
        String email = Agency.uniqueEmail("sara");
        Agency other = new Agency();
        UUID first = agency.registerClient("Sara Bagare", email);
        UUID second = other.registerClient("Sara Berg", email);

        UUID firstAdministrator = agency.openAccount(first).administratorId;
        UUID secondAdministrator = other.openAccount(second).administratorId;

        assertThat(secondAdministrator).isEqualTo(firstAdministrator);
        other.asStaff().get(account(second) + "/users").then().body("items[0].name", equalTo("Sara Bagare"));
    }

    @Test
    void aLoginThatHasNotFailedHasNothingToTryAgainAndAStrangerIsNotFound() {
        UUID clientId = agency.registerClient();
        UUID administrator = agency.openAccount(clientId).administratorId;

        agency.asStaff().post(account(clientId) + "/users/" + administrator + "/provisioning").then().statusCode(409)
                .body("detail", equalTo("Nothing to try again: Sara Bagare's login is pending."));
        agency.asStaff().post(account(clientId) + "/users/" + UUID.randomUUID() + "/provisioning")
                .then().statusCode(404);
    }

    @Test
    void aLoginTheRealmRefusedIsShownAsFailedWithTheReasonToStaffAndAsFailedInThePortal() {
        Company company = agency.company();
        UUID olle = company.invite("Olle Lager", Agency.uniqueEmail("olle"), "USER");

        Agency.records().outcome(olle, "FAILED", null, "Keycloak refused to ensure the user (400): invalid e-mail");

        agency.asStaff().get(company.accountUsers()).then()
                .body("items[0].clientUserId", equalTo(olle.toString()))
                .body("items[0].provisioningState", equalTo("FAILED"))
                .body("items[0].provisioningReason", equalTo("Keycloak refused to ensure the user (400): invalid e-mail"));
        company.asAdministrator().get(company.user(olle)).then().body("provisioningState", equalTo("FAILED"));
    }
}
