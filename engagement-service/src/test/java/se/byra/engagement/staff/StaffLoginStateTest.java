package se.byra.engagement.staff;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;

/** The login state a staff member's page shows, from what platform/identity reports after a deactivation. */
@QuarkusTest
class StaffLoginStateTest {

    @Inject
    Event<ProvisioningOutcome> outcomes;

    private final Agency agency = new Agency();

    @Test
    void aDisableThatWorkedLeavesAFailedInvitationShownAsFailed() {
        UUID member = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        report(member, "ENSURE", "FAILED", null, "user name not allowed");
        agency.deactivateStaff(member);

        report(member, "DISABLE", "DONE", null, null);

        agency.asAdmin().get("/staff/" + member).then().statusCode(200)
                .body("provisioningState", equalTo("FAILED"))
                .body("provisioningReason", equalTo("user name not allowed"));
    }

    @Test
    void aDisableTheIdentityProviderRefusedIsShownWithItsReason() {
        UUID member = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        report(member, "ENSURE", "DONE", "subject-" + member, null);
        agency.deactivateStaff(member);

        report(member, "DISABLE", "FAILED", null, "user not found");

        agency.asAdmin().get("/staff/" + member).then().statusCode(200)
                .body("provisioningState", equalTo("FAILED"))
                .body("provisioningReason", equalTo("user not found"))
                .body("status", equalTo("DEACTIVATED"));
    }

    @Test
    void aLinkedLoginStaysActiveWhenItIsDisabled() {
        UUID member = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        report(member, "ENSURE", "DONE", "subject-" + member, null);
        agency.deactivateStaff(member);

        report(member, "DISABLE", "DONE", "subject-" + member, null);

        agency.asAdmin().get("/staff/" + member).then().statusCode(200)
                .body("provisioningState", equalTo("ACTIVE")).body("provisioningReason", nullValue());
    }

    private void report(UUID member, String action, String state, String subject, String reason) {
        QuarkusTransaction.requiringNew().run(() -> outcomes.fire(
                new ProvisioningOutcome(StaffProvisioning.owner(member), action, state, subject, 1, reason)));
    }
}
