package se.byra.engagement.staff;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;

/**
 * Who may ask POST /staff/{id}/provisioning to try a login again, and when there is nothing to try
 * (provisioning does not run in these tests: every login stays PENDING). StaffProvisioningTest tries
 * a failed one again against Keycloak.
 */
@QuarkusTest
class StaffProvisioningRetryTest {

    private final Agency agency = new Agency();

    @Test
    void aLoginThatHasNotFailedHasNothingToTryAgain() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asAdmin().post("/staff/" + karin + "/provisioning")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyTheAgencysAdministratorsMayAsk() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asStaff().post("/staff/" + karin + "/provisioning")
                .then().statusCode(403).contentType("application/problem+json");
        Agency.asClientUser().post("/staff/" + karin + "/provisioning").then().statusCode(403);
        Agency.anonymous().post("/staff/" + karin + "/provisioning")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anotherAgencysStaffMemberAndAnUnknownIdAreNotFound() {
        UUID theirs = new Agency().inviteStaff("Deras Person", "deras@byran.se");

        agency.asAdmin().post("/staff/" + theirs + "/provisioning")
                .then().statusCode(404).contentType("application/problem+json");
        agency.asAdmin().post("/staff/" + UUID.randomUUID() + "/provisioning").then().statusCode(404);
    }
}
