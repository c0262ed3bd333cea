package se.byra.platform.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Assertions on what is on a topic, and records put there by hand (redeliveries, poison). */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** The first record on {@code topic} with {@code key}, read from the beginning. */
    public static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key, Duration timeout) {
        return awaitRecord(topic, key, timeout, r -> true);
    }

    /** The first record on {@code topic} with {@code key} that {@code which} selects (a type, say), read from the beginning. */
    public static ConsumerRecord<String, byte[]> awaitRecord(String topic, String key, Duration timeout,
            Predicate<ConsumerRecord<String, byte[]>> which) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaBroker.get().bootstrapServers())) {
            ConsumerTask<String, byte[]> task = companion.consume(String.class, byte[].class)
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Set.of(topic), records -> records.select()
                            .where(r -> key.equals(r.key()) && which.test(r)));
            try {
                return task.awaitRecords(1, timeout).getFirstRecord();
            } finally {
                task.stop();
            }
        }
    }

    /** The first {@code count} records on {@code topic}, read from the beginning. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count, Duration timeout) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaBroker.get().bootstrapServers())) {
            ConsumerTask<String, byte[]> task = companion.consume(String.class, byte[].class)
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(topic);
            try {
                return task.awaitRecords(count, timeout).getRecords();
            } finally {
                task.stop();
            }
        }
    }

    /** Sends one record as it is, headers included, and waits for the broker's acknowledgement. */
    public static void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    /** A header's value as text, or null when the record has none by that name. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
