package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.Topics;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.testkit.KafkaRecords;

/** The staff directory's events on engagement.events, keyed by the staff member id. */
@QuarkusTest
class StaffEventsTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    private final Agency agency = new Agency();

    @Test
    void invitingPublishesStaffMemberInvitedKeyedByTheStaffMember() throws Exception {
        UUID karin = agency.inviteAdministrator("Karin Revisor", "Karin@Byran.se");

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, karin.toString(),
                PUBLISHED_WITHIN);

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

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, karin.toString(),
                PUBLISHED_WITHIN, r -> header(r, "ce_type").equals("se.byra.engagement.StaffMemberUpdated"));

        StaffMemberUpdated event = EventJson.mapper().readValue(record.value(), StaffMemberUpdated.class);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.name()).isEqualTo("Karin Svensson");
        assertThat(event.email()).isEqualTo("karin.svensson@byran.se");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.permission()).isEqualTo("OWN_CLIENTS");
        assertThat(event.administrator()).isFalse();
    }

    @Test
    void deactivatingPublishesStaffMemberDeactivated() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        agency.asAdmin().post("/staff/" + karin + "/deactivation").then().statusCode(200);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, karin.toString(),
                PUBLISHED_WITHIN, r -> header(r, "ce_type").equals("se.byra.engagement.StaffMemberDeactivated"));

        StaffMemberDeactivated event = EventJson.mapper().readValue(record.value(), StaffMemberDeactivated.class);
        assertThat(event.staffId()).isEqualTo(karin);
        assertThat(event.deactivatedAt()).isNotNull();
    }
}
