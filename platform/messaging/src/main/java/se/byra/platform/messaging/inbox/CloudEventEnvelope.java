package se.byra.platform.messaging.inbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import se.byra.platform.messaging.kafka.CloudEventHeaders;

/** The CloudEvents attributes of a Kafka record in binary content mode, checked on the way in. */
record CloudEventEnvelope(UUID id, String source, String type, String subject, Instant time, URI dataschema,
        UUID agencyId) {

    static CloudEventEnvelope parse(ConsumerRecord<String, byte[]> record) {
        String specversion = header(record, CloudEventHeaders.SPECVERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specversion)) {
            throw new PoisonEventException("not a CloudEvents 1.0 record (ce_specversion=" + specversion + ")");
        }
        UUID id = uuid(required(record, CloudEventHeaders.ID), CloudEventHeaders.ID);
        String source = required(record, CloudEventHeaders.SOURCE);
        String type = required(record, CloudEventHeaders.TYPE);
        String time = header(record, CloudEventHeaders.TIME);
        String dataschema = header(record, CloudEventHeaders.DATASCHEMA);
        String agencyId = header(record, CloudEventHeaders.AGENCY_ID);
        try {
            return new CloudEventEnvelope(id, source, type, header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : OffsetDateTime.parse(time).toInstant(),
                    dataschema == null ? null : URI.create(dataschema),
                    agencyId == null ? null : uuid(agencyId, CloudEventHeaders.AGENCY_ID));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 timestamp: " + time, e);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_dataschema is not a URI: " + dataschema, e);
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    private static UUID uuid(String value, String name) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(name + " is not a UUID: " + value, e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
