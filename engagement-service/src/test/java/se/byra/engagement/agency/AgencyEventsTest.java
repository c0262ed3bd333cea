package se.byra.engagement.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.engagement.support.Agency.profileBody;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.Images;
import se.byra.engagement.support.Published;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.engagement.AgencyUpdated;

/** The agency profile's event on engagement.events, keyed by the agency id: the whole profile after each save. */
@QuarkusTest
class AgencyEventsTest {

    @Inject
    StaffRecords records;

    private final Agency agency = new Agency();

    private List<AgencyUpdated> updates() throws Exception {
        return records.outboxPayloads(agency.id, AgencyUpdated.TYPE);
    }

    @Test
    void savingTheProfileTheFirstTimePublishesAgencyUpdatedKeyedByTheAgency() throws Exception {
        String savedAt = agency.asAdmin().body(profileBody("Byrån i Vårby AB", "5567037485", 0)).put("/agency")
                .then().statusCode(200).extract().path("updatedAt");

        ConsumerRecord<String, byte[]> record = Published.awaitRecord(agency.id, AgencyUpdated.TYPE);
        assertThat(record.key()).isEqualTo(agency.id.toString());
        assertThat(header(record, "ce_agencyid")).isEqualTo(agency.id.toString());
        assertThat(header(record, "ce_dataschema"))
                .isEqualTo("tag:byra.se,2026:event-schema:se.byra.engagement.AgencyUpdated:v1");
        assertThat(Published.payload(record, AgencyUpdated.TYPE)).isEqualTo(new AgencyUpdated(agency.id,
                "Byrån i Vårby AB", "556703-7485", "Kungsgatan 4", "11143", "Stockholm", "SE", "info@byran.se",
                "+46 8-123 45 67", Instant.parse(savedAt)));
    }

    @Test
    void changingTheProfilePublishesAgencyUpdatedWithTheWholeProfileAfterTheChange() throws Exception {
        agency.asAdmin().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency").then().statusCode(200);
        Map<String, Object> body = profileBody("Byrån i Vårby AB", "202100-5448", 1);
        body.put("address", Map.of("street", "Vårbyvägen 2", "postalCode", "143 30", "city", "Vårby",
                "country", "NO"));
        body.put("phone", null);

        agency.asAdmin().body(body).put("/agency").then().statusCode(200);

        ConsumerRecord<String, byte[]> record = Published.awaitRecord(agency.id, AgencyUpdated.TYPE,
                event -> event.name().equals("Byrån i Vårby AB"));
        AgencyUpdated event = Published.payload(record, AgencyUpdated.TYPE);
        assertThat(event).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new AgencyUpdated(
                agency.id, "Byrån i Vårby AB", "202100-5448", "Vårbyvägen 2", "14330", "Vårby", "NO",
                "info@byran.se", null, Instant.EPOCH));
        assertThat(updates()).extracting(AgencyUpdated::name).containsExactly("Byrån AB", "Byrån i Vårby AB");
        assertThat(event.updatedAt()).isAfterOrEqualTo(updates().get(0).updatedAt());
    }

    @Test
    void aRefusedSavePublishesNothing() throws Exception {
        agency.asAdmin().body(profileBody("", "556703-7485", 0)).put("/agency").then().statusCode(400);
        assertThat(updates()).as("no profile, no event").isEmpty();
        agency.asAdmin().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency").then().statusCode(200);

        agency.asAdmin().body(profileBody("Byrån i Vårby AB", "556703-7484", 1)).put("/agency")
                .then().statusCode(400);
        agency.asAdmin().body(profileBody("Byrån i Vårby AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(409);

        assertThat(updates()).extracting(AgencyUpdated::name).containsExactly("Byrån AB");
    }

    @Test
    void changingTheLogoPublishesNothingSinceTheEventCarriesNoLogo() throws Exception {
        agency.asAdmin().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency").then().statusCode(200);

        Agency.as(agency.adminToken).contentType("image/png").body(Images.png()).put("/agency/logo")
                .then().statusCode(200);
        agency.asAdmin().delete("/agency/logo").then().statusCode(200);

        assertThat(updates()).hasSize(1);
    }
}
