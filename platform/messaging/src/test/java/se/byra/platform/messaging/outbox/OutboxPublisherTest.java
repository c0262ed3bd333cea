package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.DefaultRecord;
import org.apache.kafka.common.record.DefaultRecordBatch;
import org.junit.jupiter.api.Test;

class OutboxPublisherTest {

    private static OutboxRow row(long seq, String key) {
        return new OutboxRow(seq, UUID.randomUUID(), "engagement.events", key, "se.byra.engagement.EngagementSigned",
                "tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1",
                "tag:byra.se,2026:service:engagement-service", key,
                UUID.randomUUID(), OffsetDateTime.parse("2026-11-22T10:15:30+01:00"), "{\"a\":1}",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null, 0);
    }

    @Test
    void onlyARefusalThatNoRetryCanChangeParksAnEvent() {
        assertThat(OutboxPublisher.unpublishable(new RecordTooLargeException("too big"))).isTrue();
        assertThat(OutboxPublisher.unpublishable(new InvalidTopicException("bad name"))).isTrue();
        assertThat(OutboxPublisher.unpublishable(new TimeoutException("broker away"))).isFalse();
        assertThat(OutboxPublisher.unpublishable(new NotEnoughReplicasException("one replica"))).isFalse();
        assertThat(OutboxPublisher.unpublishable(new TopicAuthorizationException("no rights"))).as("fixable by configuration")
                .isFalse();
    }

    @Test
    void theSizeEstimateCoversWhatTheProducerSends() {
        OutboxRow row = row(1, "engagement-7");
        ProducerRecord<String, byte[]> record = row.toRecord();

        int sent = DefaultRecordBatch.RECORD_BATCH_OVERHEAD + DefaultRecord.sizeInBytes(0, 0,
                record.key().getBytes(StandardCharsets.UTF_8).length, record.value().length, record.headers().toArray());

        assertThat(row.estimatedSize()).isGreaterThanOrEqualTo(sent);
    }

    @Test
    void recordCarriesTheCloudEventInBinaryModeKeyedByAggregate() {
        OutboxRow row = row(1, "engagement-7");

        ProducerRecord<String, byte[]> record = row.toRecord();

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
