package se.byra.platform.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import se.byra.platform.messaging.kafka.CloudEventHeaders;

class CloudEventEnvelopeTest {

    private final UUID id = UUID.randomUUID();
    private final UUID agency = UUID.randomUUID();

    private Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPECVERSION, "1.0");
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.SOURCE, "tag:byra.se,2026:service:engagement-service");
        headers.put(CloudEventHeaders.TYPE, "se.byra.engagement.EngagementSigned");
        headers.put(CloudEventHeaders.SUBJECT, "e-1");
        headers.put(CloudEventHeaders.TIME, "2026-11-22T10:15:30.5Z");
        headers.put(CloudEventHeaders.DATASCHEMA, "tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1");
        headers.put(CloudEventHeaders.AGENCY_ID, agency.toString());
        return headers;
    }

    private static ConsumerRecord<String, byte[]> record(Map<String, String> headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("engagement.events", 0, 7L, "e-1",
                "{}".getBytes(StandardCharsets.UTF_8));
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    @Test
    void readsEveryAttributeOfABinaryModeRecord() {
        CloudEventEnvelope envelope = CloudEventEnvelope.parse(record(validHeaders()));

        assertThat(envelope.id()).isEqualTo(id);
        assertThat(envelope.source()).isEqualTo("tag:byra.se,2026:service:engagement-service");
        assertThat(envelope.type()).isEqualTo("se.byra.engagement.EngagementSigned");
        assertThat(envelope.subject()).isEqualTo("e-1");
        assertThat(envelope.time()).isEqualTo(Instant.parse("2026-11-22T10:15:30.5Z"));
        assertThat(envelope.dataschema()).hasToString("tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1");
        assertThat(envelope.agencyId()).isEqualTo(agency);
    }

    @Test
    void recordWithoutCloudEventsHeadersIsPoison() {
        assertThatThrownBy(() -> CloudEventEnvelope.parse(record(Map.of())))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("CloudEvents 1.0");
    }

    @Test
    void missingIdIsPoison() {
        Map<String, String> headers = validHeaders();
        headers.remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> CloudEventEnvelope.parse(record(headers)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_id");
    }

    @Test
    void idThatIsNotAUuidIsPoison() {
        Map<String, String> headers = validHeaders();
        headers.put(CloudEventHeaders.ID, "42");

        assertThatThrownBy(() -> CloudEventEnvelope.parse(record(headers)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_id is not a UUID");
    }

    @Test
    void timeThatIsNotRfc3339IsPoison() {
        Map<String, String> headers = validHeaders();
        headers.put(CloudEventHeaders.TIME, "yesterday");

        assertThatThrownBy(() -> CloudEventEnvelope.parse(record(headers)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_time");
    }

    @Test
    void agencyThatIsNotAUuidIsPoison() {
        Map<String, String> headers = validHeaders();
        headers.put(CloudEventHeaders.AGENCY_ID, "acme");

        assertThatThrownBy(() -> CloudEventEnvelope.parse(record(headers)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("ce_agencyid");
    }
}
