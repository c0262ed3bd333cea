package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.identity.KeycloakDirectory;
import se.byra.platform.testkit.KeycloakAdminTestResource;
import se.byra.platform.testkit.SmtpServer;

/** Staff members become users of the realm, through the test kit's Keycloak, and follow the directory's changes. */
@QuarkusTest
@TestProfile(StaffProvisioningTest.WithKeycloak.class)
class StaffProvisioningTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

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
    StaffRecords records;

    @Inject
    KeycloakDirectory directory;

    private final Agency agency = new Agency();

    @Test
    void anInvitedStaffMemberBecomesAUserOfTheirAgencyAndIsMailedTheLinkToChooseAPassword() throws Exception {
        String email = unique("karin");
        UUID karin = agency.inviteStaff("Karin Revisor", email);

        String subject = awaitLogin(karin);

        assertThat(directory.isEnabled(subject)).isTrue();
        assertThat(directory.realmRoles(subject)).contains("agency-staff").doesNotContain("agency-admin");
        assertThat(directory.attribute(subject, "agency_id")).contains(agency.id.toString());
        assertThat(records.outboxPayloads(karin, StaffMemberUpdated.TYPE))
                .extracting(StaffMemberUpdated::subject).containsExactly(subject);
        await().atMost(WAIT).until(() -> java.util.Arrays.stream(SmtpServer.get().greenMail().getReceivedMessages())
                .anyMatch(message -> recipient(message).contains(email)));
    }

    @Test
    void takingTheAdministratorRoleAwayTakesItAwayInTheRealm() throws Exception {
        agency.inviteAdministrator("Astrid Admin", unique("astrid"));
        String email = unique("bo");
        UUID bo = agency.inviteAdministrator("Bo Chef", email);
        String subject = awaitLogin(bo);
        assertThat(directory.realmRoles(subject)).contains("agency-admin");

        agency.asAdmin().body(Agency.staffUpdate("Bo Chef", email, false, 0)).put("/staff/" + bo)
                .then().statusCode(200);

        await().atMost(WAIT).until(() -> !directory.realmRoles(subject).contains("agency-admin"));
        assertThat(directory.realmRoles(subject)).contains("agency-staff");
    }

    @Test
    void deactivatingAStaffMemberDisablesTheirUser() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", unique("karin"));
        String subject = awaitLogin(karin);

        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        await().atMost(WAIT).until(() -> !directory.isEnabled(subject));
    }

    @Test
    void aLoginTheRealmRefusesIsShownAsFailedWithTheReasonAndCanBeTriedAgain() {
        // Keycloak takes the e-mail as the username, and refuses one that is not ASCII
        UUID asa = agency.inviteStaff("Åsa Öberg", "åsa." + UUID.randomUUID().toString().substring(0, 8) + "@byra.se");

        await().atMost(WAIT).until(() -> "FAILED".equals(agency.asStaff().get("/staff/" + asa).path("provisioningState")));
        agency.asStaff().get("/staff/" + asa).then().body("provisioningReason", containsString("Keycloak refused"));

        agency.asAdmin().post("/staff/" + asa + "/provisioning")
                .then().statusCode(200).body("provisioningState", equalTo("PENDING"));
        await().atMost(WAIT).until(() -> "FAILED".equals(agency.asStaff().get("/staff/" + asa).path("provisioningState")));
    }

    @Test
    void tryingAgainWhenNothingFailedIsAConflict() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", unique("karin"));
        awaitLogin(karin);

        agency.asAdmin().post("/staff/" + karin + "/provisioning").then().statusCode(409);
    }

    private String awaitLogin(UUID staffId) throws Exception {
        await().atMost(WAIT).until(() -> "ACTIVE".equals(agency.asStaff().get("/staff/" + staffId)
                .path("provisioningState")));
        return records.subject(staffId);
    }

    private static String unique(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@byra.se";
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(java.util.Arrays.toString(message.getAllRecipients()));
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
