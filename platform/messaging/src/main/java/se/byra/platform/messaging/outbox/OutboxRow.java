package se.byra.platform.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import se.byra.platform.messaging.kafka.CloudEventHeaders;

/** An outbox row as the relay sends it. */
record OutboxRow(long seq, UUID id, String topic, String key, String type, String dataschema, String source,
        String subject, UUID agencyId, OffsetDateTime occurredAt, String payload, String traceparent,
        String tracestate, int attempts) {

    /** Topic and key: the unit whose order the relay keeps. */
    record KeyRef(String topic, String key) {
    }

    OutboxRow withTrace(java.util.Map<String, String> trace) {
        return new OutboxRow(seq, id, topic, key, type, dataschema, source, subject, agencyId, occurredAt, payload,
                trace.get(CloudEventHeaders.TRACEPARENT), trace.get(CloudEventHeaders.TRACESTATE), attempts);
    }

    KeyRef keyRef() {
        return new KeyRef(topic, key);
    }

    /** The CloudEvent in Kafka binary content mode: attributes as {@code ce_} headers, the payload as value. */
    ProducerRecord<String, byte[]> toRecord() {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, id.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SUBJECT, subject);
        header(headers, CloudEventHeaders.TIME,
                occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, CloudEventHeaders.DATASCHEMA, dataschema);
        header(headers, CloudEventHeaders.AGENCY_ID, agencyId == null ? null : agencyId.toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        header(headers, CloudEventHeaders.TRACESTATE, tracestate);
        return new ProducerRecord<>(topic, null, occurredAt.toInstant().toEpochMilli(), key,
                payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * The bytes this record takes in a batch: key, value, headers, and Kafka's per-record and
     * per-batch overhead (at most 21 and 61 bytes). Compared with the producer's
     * {@code max.request.size} when the event is written, so an event the broker would refuse for
     * its size is refused in the transaction that creates it.
     */
    int estimatedSize() {
        int size = 21 + 61 + key.getBytes(StandardCharsets.UTF_8).length;
        size += payload.getBytes(StandardCharsets.UTF_8).length;
        for (var header : toRecord().headers()) {
            size += header.key().length() + header.value().length + 2;
        }
        return size;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
