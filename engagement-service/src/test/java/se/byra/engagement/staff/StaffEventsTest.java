package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.Published;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.Topics;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;
import se.byra.platform.testkit.KafkaRecords;

/** The staff directory's events on engagement.events, keyed by the staff member id. */
@QuarkusTest
class StaffEventsTest {

    private final Agency agency = new Agency();

    @Inject
    Event<ProvisioningOutcome> outcomes;

    @Inject
    StaffRecords records;

    @Test
    void invitingPublishesStaffMemberInvitedKeyedByTheStaffMember() throws Exception {
        UUID karin = agency.inviteAdministrator("Karin Revisor", "Karin@Byran.se");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, karin.toString(),
                Published.WITHIN);

        assertThat(header(record, "ce_type")).isEqualTo("se.byra.engagement.StaffMemberInvited");
        assertThat(header(record, "ce_dataschema"))
                .isEqualTo("tag:byra.se,2026:event-schema:se.byra.engagement.StaffMemberInvited:v1");
        assertThat(header(record, "ce_subject")).isEqualTo(karin.toString());
        assertThat(header(record, "ce_agencyid")).isEqualTo(agency.id.toString());
        StaffMemberInvited event = EventJson.mapper().readValue(record.value(), StaffMemberInvited.class);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.name()).isEqualTo("Karin Revisor");
        assertThat(event.email()).isEqualTo("karin@byran.se");
        assertThat(event.language()).isEqualTo("sv");
        assertThat(event.permission()).isEqualTo("FULL");
        assertThat(event.administrator()).isTrue();
        assertThat(event.invitedAt()).isNotNull();
    }

    @Test
    void updatingPublishesStaffMemberUpdatedWithTheWholeMemberAfterTheChange() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        var body = Agency.staffUpdate("Karin Svensson", "karin.svensson@byran.se", false, 0);
        body.put("language", "en");
        body.put("permission", "OWN_CLIENTS");
        agency.asAdmin().body(body).put("/staff/" + karin).then().statusCode(200);

        StaffMemberUpdated event = Published.payload(Published.awaitRecord(karin, StaffMemberUpdated.TYPE),
                StaffMemberUpdated.TYPE);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.name()).isEqualTo("Karin Svensson");
        assertThat(event.email()).isEqualTo("karin.svensson@byran.se");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.permission()).isEqualTo("OWN_CLIENTS");
        assertThat(event.administrator()).isFalse();
    }

    @Test
    void linkingALoginPublishesStaffMemberUpdatedWithTheSubject() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        String subject = UUID.randomUUID().toString();

        provisioned(karin, "ENSURE", subject);

        ConsumerRecord<String, byte[]> record = Published.awaitRecord(karin, StaffMemberUpdated.TYPE);
        assertThat(header(record, "ce_agencyid")).isEqualTo(agency.id.toString());
        StaffMemberUpdated event = Published.payload(record, StaffMemberUpdated.TYPE);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.subject()).isEqualTo(subject);
        assertThat(event.name()).isEqualTo("Karin Revisor");
        assertThat(event.email()).isEqualTo("karin@byran.se");
        assertThat(event.updatedAt()).isNotNull();
        // provisioning never moves the member's version: an administrator's edit from before stays valid
        agency.asStaff().get("/staff/" + karin).then().body("version", equalTo(0))
                .body("provisioningState", equalTo("ACTIVE"));
    }

    @Test
    void anOutcomeForTheLoginAlreadyLinkedPublishesNothingAndAnotherLoginPublishesAgain() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        String subject = UUID.randomUUID().toString();
        provisioned(karin, "ENSURE", subject);

        provisioned(karin, "UPDATE", subject);
        provisioned(karin, "UPDATE", null);
        assertThat(updates(karin)).extracting(StaffMemberUpdated::subject).containsExactly(subject);

        String another = UUID.randomUUID().toString();
        provisioned(karin, "ENSURE", another);
        assertThat(updates(karin)).extracting(StaffMemberUpdated::subject).containsExactly(subject, another);
    }

    @Test
    void anAdministratorsUpdateCarriesTheLinkedSubject() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        String subject = UUID.randomUUID().toString();
        provisioned(karin, "ENSURE", subject);

        agency.asAdmin().body(Agency.staffUpdate("Karin Svensson", "karin@byran.se", false, 0)).put("/staff/" + karin)
                .then().statusCode(200);

        assertThat(updates(karin)).extracting(StaffMemberUpdated::name, StaffMemberUpdated::subject)
                .containsExactly(tuple("Karin Revisor", subject), tuple("Karin Svensson", subject));
    }

    @Test
    void deactivatingPublishesStaffMemberDeactivated() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        StaffMemberDeactivated event = Published.payload(Published.awaitRecord(karin, StaffMemberDeactivated.TYPE),
                StaffMemberDeactivated.TYPE);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.deactivatedAt()).isNotNull();
    }

    /** What platform/identity hands the service when a request for the member is done, in its transaction. */
    private void provisioned(UUID staffId, String action, String subject) {
        QuarkusTransaction.requiringNew().run(() -> outcomes.fire(
                new ProvisioningOutcome(StaffProvisioning.owner(staffId), action, "DONE", subject, 1, null)));
    }

    private List<StaffMemberUpdated> updates(UUID staffId) throws Exception {
        return records.outboxPayloads(staffId, StaffMemberUpdated.TYPE);
    }
}
