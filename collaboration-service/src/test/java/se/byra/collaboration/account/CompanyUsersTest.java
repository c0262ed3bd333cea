package se.byra.collaboration.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.platform.testkit.Race;

/** A company's administrator invites and removes its users in the portal; a person may use several companies. */
@QuarkusTest
class CompanyUsersTest {

    private final Agency agency = new Agency();
    private Company company;

    @BeforeEach
    void company() {
        company = agency.company();
    }

    @Test
    void anAdministratorInvitesAPersonWhoBecomesAUserOfTheCompany() {
        String email = Agency.uniqueEmail("Olle.Lager");

        String id = company.asAdministrator().body(Company.invitation("Olle Lager", email.toUpperCase(), "USER"))
                .post(company.users()).then().statusCode(201)
                .body("name", equalTo("Olle Lager"))
                .body("email", equalTo(email.toLowerCase()))
                .body("role", equalTo("USER"))
                .body("provisioningState", equalTo("PENDING"))
                .extract().path("clientUserId");

        company.asAdministrator().get(company.users()).then().statusCode(200)
                .body("items.name", contains("Olle Lager", "Sara Bagare"))
                .body("items.role", contains("USER", "ADMINISTRATOR"));
        company.asAdministrator().get(company.user(UUID.fromString(id))).then().statusCode(200)
                .body("email", equalTo(email.toLowerCase()));
        agency.asStaff().get(company.accountUsers()).then()
                .body("items.clientUserId", contains(id, company.administratorId.toString()));
    }

    @Test
    void anInvitationWithoutRoleOrLanguageIsAUserReadingSwedish() {
        company.asAdministrator().body(Map.of("name", "Per Smed", "email", Agency.uniqueEmail("per")))
                .post(company.users()).then().statusCode(201)
                .body("role", equalTo("USER")).body("language", equalTo("sv"));
    }

    @Test
    void anInvitationNeedsANameAndAnEmailAndSaysWhichIsMissing() {
        company.asAdministrator().body(Map.of("language", "sv")).post(company.users()).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "email"));
        company.asAdministrator().body(Company.invitation("Olle Lager", "inte en adress", "USER"))
                .post(company.users()).then().statusCode(400).body("errors.field", contains("email"));
        company.asAdministrator().get(company.users()).then().body("totalItems", equalTo(1));
    }

    @Test
    void invitingSomeoneWhoAlreadyUsesTheCompanyIsAConflict() {
        String email = Agency.uniqueEmail("olle");
        company.invite("Olle Lager", email, "USER");

        company.asAdministrator().body(Company.invitation("Olle L", email.toUpperCase(), "ADMINISTRATOR"))
                .post(company.users()).then().statusCode(409).contentType("application/problem+json");
        company.asAdministrator().get(company.users()).then().body("totalItems", equalTo(2))
                .body("items.role", contains("USER", "ADMINISTRATOR"));
    }

    @Test
    void aPersonInTwoCompaniesOfTwoAgenciesIsOneClientUserAndSeesBoth() {
        Company other = new Agency().company();
        String email = Agency.uniqueEmail("olle");
        UUID here = company.invite("Olle Lager", email, "USER");
        UUID there = other.invite("Olle Lager", email, "ADMINISTRATOR");
        assertThat(there).isEqualTo(here);

        Agency.as(Company.signIn(here)).get("/me/companies").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.clientId", containsInAnyOrder(company.clientId.toString(), other.clientId.toString()))
                .body("items.role", containsInAnyOrder("USER", "ADMINISTRATOR"))
                .body("items.name", contains("Bageriet i Vårby AB", "Bageriet i Vårby AB"))
                .body("items.organisationNumber", contains("556703-7485", "556703-7485"));
    }

    @Test
    void aRemovedUserLosesTheCompanyWithTheirNextRequest() {
        UUID olle = company.invite("Olle Lager", Agency.uniqueEmail("olle"), "USER");
        String token = Company.signIn(olle);
        Agency.as(token).get(company.users()).then().statusCode(200);

        company.asAdministrator().delete(company.user(olle)).then().statusCode(200)
                .body("clientUserId", equalTo(olle.toString())).body("role", equalTo("USER"));

        Agency.as(token).get(company.users()).then().statusCode(404);
        Agency.as(token).get("/me/companies").then().statusCode(200).body("items", empty());
        company.asAdministrator().get(company.users()).then()
                .body("items.clientUserId", contains(company.administratorId.toString()));
        company.asAdministrator().delete(company.user(olle)).then().statusCode(404);
    }

    @Test
    void aPersonLeftWithNoCompanyHasTheirLoginDisabledAndANewMembershipAsksForItAgain() {
        Company other = agency.company();
        String email = Agency.uniqueEmail("olle");
        UUID olle = company.invite("Olle Lager", email, "USER");
        other.invite("Olle Lager", email, "USER");

        company.asAdministrator().delete(company.user(olle)).then().statusCode(200);
        assertThat(Agency.records().provisioningRequests(olle)).containsExactly("ENSURE", "ENSURE");

        other.asAdministrator().delete(other.user(olle)).then().statusCode(200);
        assertThat(Agency.records().provisioningRequests(olle)).containsExactly("ENSURE", "ENSURE", "DISABLE");

        company.invite("Olle Lager", email, "USER");
        assertThat(Agency.records().provisioningRequests(olle)).containsExactly("ENSURE", "ENSURE", "DISABLE", "ENSURE");
    }

    @Test
    void anAdministratorCannotRemoveThemself() {
        company.asAdministrator().delete(company.user(company.administratorId)).then().statusCode(409)
                .body("detail", equalTo("You cannot remove yourself from the company: another administrator of the "
                        + "company can."));
    }

    @Test
    void ofTwoAdministratorsRemovingEachOtherAtOnceOneWinsAndTheCompanyKeepsAnAdministrator() {
        UUID second = company.invite("Bo Berg", Agency.uniqueEmail("bo"), "ADMINISTRATOR");
        String secondToken = Company.signIn(second);
        AtomicInteger turn = new AtomicInteger();

        List<Integer> statuses = Race.of(2, () -> turn.getAndIncrement() == 0
                ? company.asAdministrator().delete(company.user(second)).statusCode()
                : Agency.as(secondToken).delete(company.user(company.administratorId)).statusCode());

        // the loser hears 409 when it locked the administrators after the winner's removal, and 404 when that
        // removal had already taken the company from it before its request was let in
        assertThat(statuses).containsOnlyOnce(200).containsAnyOf(409, 404);
        agency.asStaff().get(company.accountUsers()).then()
                .body("totalItems", equalTo(1)).body("items[0].role", equalTo("ADMINISTRATOR"));
    }
}
