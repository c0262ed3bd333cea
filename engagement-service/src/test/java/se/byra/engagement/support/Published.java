package se.byra.engagement.support;

import static se.byra.platform.testkit.KafkaRecords.header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.testkit.KafkaRecords;

/** The service's events as a consumer reads them from their topic. */
public final class Published {

    public static final Duration WITHIN = Duration.ofSeconds(30);

    private Published() {
    }

    /** The first record of the aggregate whose type is {@code type}, once the outbox relay has published it. */
    public static ConsumerRecord<String, byte[]> awaitRecord(UUID aggregateId, EventType<?> type) {
        return KafkaRecords.awaitRecord(type.topic(), aggregateId.toString(), WITHIN,
                record -> type.type().equals(header(record, "ce_type")));
    }

    /** The first record of the aggregate whose type is {@code type} and whose payload {@code which} selects. */
    public static <T> ConsumerRecord<String, byte[]> awaitRecord(UUID aggregateId, EventType<T> type,
            Predicate<T> which) {
        return KafkaRecords.awaitRecord(type.topic(), aggregateId.toString(), WITHIN,
                record -> type.type().equals(header(record, "ce_type")) && which.test(payloadOf(record, type)));
    }

    public static <T> T payload(ConsumerRecord<String, byte[]> record, EventType<T> type) throws IOException {
        return EventJson.mapper().readValue(record.value(), type.payloadType());
    }

    private static <T> T payloadOf(ConsumerRecord<String, byte[]> record, EventType<T> type) {
        try {
            return payload(record, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
