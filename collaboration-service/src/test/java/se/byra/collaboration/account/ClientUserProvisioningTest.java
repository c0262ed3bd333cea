package se.byra.collaboration.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.identity.KeycloakDirectory;
import se.byra.platform.identity.Person;
import se.byra.platform.testkit.KeycloakAdminTestResource;
import se.byra.platform.testkit.TestTokens;

/** Client users become users of the realm, through the test kit's Keycloak, and follow their memberships. */
@QuarkusTest
@TestProfile(ClientUserProvisioningTest.WithKeycloak.class)
class ClientUserProvisioningTest {

    public static class WithKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.identity.provisioning.enabled", "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakAdminTestResource.class));
        }
    }

    @Inject
    KeycloakDirectory directory;

    private final Agency agency = new Agency();

    @Test
    void theFirstAdministratorBecomesAClientUserOfTheRealmAndThePersonIsPublishedWithTheLogin() {
        Company company = agency.company();

        String subject = awaitLogin(company, company.administratorId);

        assertThat(directory.isEnabled(subject)).isTrue();
        assertThat(directory.realmRoles(subject)).contains("client-user").doesNotContain("agency-staff");
        assertThat(directory.attribute(subject, "agency_id")).isEmpty();
        assertThat(Agency.records().outbox(ClientUserUpdated.TYPE, company.administratorId))
                .extracting(updated -> updated.payload().subject()).containsExactly(null, subject);
        Agency.as(TestTokens.clientUser().subject(subject).token()).get("/me/companies").then().statusCode(200)
                .body("items.clientId", contains(company.clientId.toString()));
    }

    @Test
    void removingAPersonsLastMembershipDisablesTheirLoginAndANewOneEnablesItAgain() {
        Company company = agency.company();
        String administrator = TestTokens.clientUser().subject(awaitLogin(company, company.administratorId)).token();
        Map<String, Object> invitation = Company.invitation("Olle Lager", Agency.uniqueEmail("olle"), "USER");
        UUID olle = invite(administrator, company, invitation);
        String subject = awaitLogin(company, olle);

        Agency.as(administrator).delete(company.user(olle)).then().statusCode(200);

        await().atMost(Agency.WITHIN).until(() -> !directory.isEnabled(subject));
        assertThat(invite(administrator, company, invitation)).isEqualTo(olle);
        await().atMost(Agency.WITHIN).until(() -> directory.isEnabled(subject));
    }

    @Test
    void aLoginTheRealmRefusesIsShownAsFailedWithTheReasonAndCanBeTriedAgain() {
        // Keycloak takes the e-mail as the username, and refuses one that is not ASCII
        Company company = agency.openAccount(agency.registerClient("Åsa Öberg", "åsa."
                + UUID.randomUUID().toString().substring(0, 8) + "@bageriet.se"));
        String users = company.accountUsers();

        await().atMost(Agency.WITHIN).until(() -> "FAILED".equals(agency.asStaff().get(users)
                .path("items[0].provisioningState")));
        agency.asStaff().get(users).then().body("items[0].provisioningReason", containsString("Keycloak refused"));

        agency.asStaff().post(users + "/" + company.administratorId + "/provisioning")
                .then().statusCode(200).body("provisioningState", equalTo("PENDING"));
        await().atMost(Agency.WITHIN).until(() -> "FAILED".equals(agency.asStaff().get(users)
                .path("items[0].provisioningState")));
    }

    @Test
    void aStaffMembersEmailInvitedToACompanyFailsAndTheirLoginIsLeftAsItIs() {
        Company company = agency.company();
        String administrator = TestTokens.clientUser().subject(awaitLogin(company, company.administratorId)).token();
        String email = Agency.uniqueEmail("karin");
        String staff = directory.ensure(new Person(email, "Karin Revisor", "sv", Set.of("agency-staff"),
                Map.of("agency_id", agency.id.toString()))).subject();

        UUID karin = invite(administrator, company, Company.invitation("Karin Revisor", email, "USER"));
        await().atMost(Agency.WITHIN).until(() -> "FAILED".equals(Agency.as(administrator).get(company.user(karin))
                .path("provisioningState")));
        agency.asStaff().get(company.accountUsers()).then().body("items.provisioningReason",
                hasItem(containsString("a staff member")));
        Agency.as(administrator).delete(company.user(karin)).then().statusCode(200);

        assertThat(Agency.records().provisioningRequests(karin)).containsExactly("ENSURE", "DISABLE");
        await().atMost(Agency.WITHIN).until(() -> Agency.records().provisioningDone(karin));
        assertThat(directory.isEnabled(staff)).isTrue();
        assertThat(directory.realmRoles(staff)).contains("agency-staff").doesNotContain("client-user");
    }

    @Test
    void tryingAgainWhenTheLoginIsMadeIsAConflict() {
        Company company = agency.company();
        awaitLogin(company, company.administratorId);

        agency.asStaff().post(company.accountUsers() + "/" + company.administratorId + "/provisioning")
                .then().statusCode(409).body("detail", containsString("login is active"));
    }

    /** The person's user id in the realm, once provisioning has made their login. */
    private String awaitLogin(Company company, UUID clientUserId) {
        await().atMost(Agency.WITHIN).until(() -> Agency.records().subject(clientUserId) != null);
        String subject = Agency.records().subject(clientUserId);
        Agency.as(TestTokens.clientUser().subject(subject).token()).get(company.user(clientUserId)).then().statusCode(200)
                .body("provisioningState", equalTo("ACTIVE"));
        return subject;
    }

    private static UUID invite(String token, Company company, Map<String, Object> invitation) {
        return UUID.fromString(Agency.as(token).body(invitation).post(company.users()).then().statusCode(201)
                .extract().path("clientUserId"));
    }
}
