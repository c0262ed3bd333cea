package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.testkit.Race;
import se.byra.platform.testkit.TestTokens;

/** POST /staff/{id}/deactivation, and what a deactivated staff member can do afterwards: nothing. */
@QuarkusTest
class StaffDeactivationTest {

    private static final String DEACTIVATED = "se.byra.engagement.StaffMemberDeactivated";

    @Inject
    StaffRecords records;

    private final Agency agency = new Agency();

    private String signedInAs(UUID staffId, String subject) throws SQLException {
        records.linkSubject(staffId, subject);
        return TestTokens.staff(agency.id).subject(subject).token();
    }

    @Test
    void aDeactivatedStaffMemberIsShownAsSuchAndOneEventIsWritten() throws SQLException {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asAdmin().post("/staff/" + karin + "/deactivation")
                .then().statusCode(200).body("status", equalTo("DEACTIVATED")).body("version", equalTo(1));

        agency.asStaff().get("/staff/" + karin).then().body("status", equalTo("DEACTIVATED"));
        assertThat(records.outboxEvents(karin, DEACTIVATED)).isEqualTo(1);
    }

    @Test
    void deactivatingADeactivatedStaffMemberAnswersItUnchangedAndPublishesNothing() throws SQLException {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        agency.asAdmin().post("/staff/" + karin + "/deactivation")
                .then().statusCode(200).body("status", equalTo("DEACTIVATED")).body("version", equalTo(1));

        assertThat(records.outboxEvents(karin, DEACTIVATED)).isEqualTo(1);
    }

    @Test
    void concurrentDeactivationsOfOneStaffMemberWriteOneEvent() throws SQLException {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        List<Integer> statuses = Race.of(6, () -> agency.asAdmin().post("/staff/" + karin + "/deactivation")
                .statusCode());

        assertThat(statuses).containsOnly(200);
        assertThat(records.outboxEvents(karin, DEACTIVATED)).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotDeactivateThemself() throws SQLException {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");
        agency.inviteAdministrator("Bengt Admin", "bengt@byran.se");
        records.linkSubject(astrid, "astrid-subject");
        String astridsToken = TestTokens.agencyAdmin(agency.id).subject("astrid-subject").token();

        Agency.as(astridsToken).post("/staff/" + astrid + "/deactivation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot deactivate yourself"));
        agency.asStaff().get("/staff/" + astrid).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void theLastActiveAdministratorCannotBeDeactivated() throws SQLException {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");
        UUID bengt = agency.inviteAdministrator("Bengt Admin", "bengt@byran.se");
        agency.asAdmin().post("/staff/" + bengt + "/deactivation").then().statusCode(200);

        agency.asAdmin().post("/staff/" + astrid + "/deactivation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("last active administrator"));
        assertThat(records.outboxEvents(astrid, DEACTIVATED)).isZero();
    }

    @Test
    void ofTwoAdministratorsDeactivatedAtOnceOneRemains() {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");
        UUID bengt = agency.inviteAdministrator("Bengt Admin", "bengt@byran.se");
        List<UUID> both = List.of(astrid, bengt);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> statuses = Race.of(2, () -> agency.asAdmin()
                .post("/staff/" + both.get(next.getAndIncrement()) + "/deactivation").statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        agency.asStaff().queryParam("status", "ACTIVE").get("/staff").then().body("totalItems", equalTo(1));
    }

    @Test
    void aDeactivatedStaffMembersRequestsAreRefusedAtOnce() throws SQLException {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        String karinsToken = signedInAs(karin, "karin-" + UUID.randomUUID());
        Agency.as(karinsToken).get("/clients").then().statusCode(200);

        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        Agency.as(karinsToken).get("/clients").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("deactivated"));
        Agency.as(karinsToken).get("/staff").then().statusCode(403);
        Agency.as(karinsToken).get("/agency").then().statusCode(403);
        Agency.as(karinsToken).body(Agency.clientBody("Ny Kund AB", "556703-7485")).post("/clients")
                .then().statusCode(403);
        agency.asStaff().get("/clients").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aDeactivatedAdministratorCannotAdministerAnyMore() throws SQLException {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        records.linkSubject(astrid, "astrid-" + astrid);
        String astridsToken = TestTokens.agencyAdmin(agency.id).subject("astrid-" + astrid).token();
        agency.inviteAdministrator("Bengt Admin", "bengt@byran.se");
        agency.asAdmin().post("/staff/" + astrid + "/deactivation").then().statusCode(200);

        Agency.as(astridsToken).post("/staff/" + karin + "/deactivation").then().statusCode(403);
        agency.asStaff().get("/staff/" + karin).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void theSameSubjectInAnotherAgencyIsNotRefused() throws SQLException {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        String subject = "karin-" + UUID.randomUUID();
        records.linkSubject(karin, subject);
        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        Agency.as(TestTokens.staff(UUID.randomUUID()).subject(subject).token()).get("/clients").then().statusCode(200);
    }

    @Test
    void aTokenWhoseSubjectIsNotInTheDirectoryIsLetThroughOnItsRoles() {
        agency.inviteStaff("Karin Revisor", "karin@byran.se");

        // the realm's first administrator: no staff record names the subject
        agency.asAdmin().get("/staff").then().statusCode(200).body("totalItems", equalTo(1));
        agency.asStaff().get("/clients").then().statusCode(200);
    }

    @Test
    void anotherAgencysStaffMemberAndAnUnknownIdAreNotFound() {
        UUID theirs = new Agency().inviteStaff("Deras Person", "deras@byran.se");

        agency.asAdmin().post("/staff/" + theirs + "/deactivation")
                .then().statusCode(404).contentType("application/problem+json");
        agency.asAdmin().post("/staff/" + UUID.randomUUID() + "/deactivation").then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorMayDeactivate() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asStaff().post("/staff/" + karin + "/deactivation")
                .then().statusCode(403).contentType("application/problem+json");
        Agency.asClientUser().post("/staff/" + karin + "/deactivation").then().statusCode(403);
        Agency.anonymous().post("/staff/" + karin + "/deactivation")
                .then().statusCode(401).contentType("application/problem+json");
        agency.asStaff().get("/staff/" + karin).then().body("status", equalTo("ACTIVE"));
    }
}
