package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import se.byra.platform.messaging.outbox.OutboxPublisher.KeyRef;
import se.byra.platform.messaging.outbox.OutboxPublisher.Row;

class OutboxPublisherTest {

    private static Row row(long seq, String key) {
        return new Row(seq, UUID.randomUUID(), "engagement.events", key, "se.byra.engagement.EngagementSigned",
                "tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1",
                "tag:byra.se,2026:service:engagement-service", key,
                UUID.randomUUID(), OffsetDateTime.parse("2026-11-22T10:15:30+01:00"), "{\"a\":1}",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null, 0);
    }

    @Test
    void aKeyWhoseOlderEventIsHeldElsewhereWaits() {
        List<Row> claimed = List.of(row(10, "a"), row(11, "b"), row(12, "a"));
        Map<KeyRef, Long> firstForeign = Map.of(new KeyRef("engagement.events", "a"), 4L);

        assertThat(OutboxPublisher.inKeyOrder(claimed, firstForeign)).extracting(Row::seq).containsExactly(11L);
    }

    @Test
    void aKeyGoesOutUpToTheFirstGapInTheBatch() {
        List<Row> claimed = List.of(row(10, "a"), row(11, "a"), row(13, "a"));
        Map<KeyRef, Long> firstForeign = Map.of(new KeyRef("engagement.events", "a"), 12L);

        assertThat(OutboxPublisher.inKeyOrder(claimed, firstForeign)).extracting(Row::seq).containsExactly(10L, 11L);
    }

    @Test
    void keysWithNothingPendingElsewhereGoOutWhole() {
        List<Row> claimed = List.of(row(1, "a"), row(2, "b"), row(3, "a"));

        assertThat(OutboxPublisher.inKeyOrder(claimed, Map.of())).extracting(Row::seq).containsExactly(1L, 2L, 3L);
    }

    @Test
    void recordCarriesTheCloudEventInBinaryModeKeyedByAggregate() {
        Row row = row(1, "engagement-7");

        ProducerRecord<String, byte[]> record = OutboxPublisher.toRecord(row);

        assertThat(record.topic()).isEqualTo("engagement.events");
        assertThat(record.key()).isEqualTo("engagement-7");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(record.timestamp()).isEqualTo(row.occurredAt().toInstant().toEpochMilli());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(row.id().toString());
        assertThat(header(record, "ce_source")).isEqualTo("tag:byra.se,2026:service:engagement-service");
        assertThat(header(record, "ce_type")).isEqualTo("se.byra.engagement.EngagementSigned");
        assertThat(header(record, "ce_subject")).isEqualTo("engagement-7");
        assertThat(header(record, "ce_time")).isEqualTo("2026-11-22T09:15:30Z");
        assertThat(header(record, "ce_dataschema")).isEqualTo(row.dataschema());
        assertThat(header(record, "ce_agencyid")).isEqualTo(row.agencyId().toString());
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "traceparent")).isEqualTo(row.traceparent());
        assertThat(record.headers().lastHeader("tracestate")).as("absent attributes are left out").isNull();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
