package se.byra.platform.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/**
 * A dead letter is the original record (key, value, headers) plus headers saying why and where
 * from. The names are those SmallRye's dead-letter queue wrote, so earlier dead letters read the
 * same; {@code dead-letter-consumer-group} is ours.
 */
public final class DeadLetterRecords {

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";
    private static final String PREFIX = "dead-letter-";

    private DeadLetterRecords() {
    }

    static ProducerRecord<String, byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String deadLetterTopic,
            String group, RuntimeException reason) {
        RecordHeaders headers = originalHeaders(record);
        add(headers, REASON, reason.getMessage() == null ? reason.toString() : reason.getMessage());
        add(headers, EXCEPTION_CLASS, reason.getClass().getName());
        if (reason.getCause() != null) {
            add(headers, CAUSE, Failures.describe(reason.getCause()));
        }
        add(headers, TOPIC, record.topic());
        add(headers, PARTITION, Integer.toString(record.partition()));
        add(headers, OFFSET, Long.toString(record.offset()));
        add(headers, CONSUMER_GROUP, group);
        // no timestamp of the original: an old one would let time-based retention delete the letter early
        return new ProducerRecord<>(deadLetterTopic, null, null, record.key(), record.value(), headers);
    }

    /** The record as it was read from its source topic, for the dispatcher (and its inbox row) on replay. */
    static ConsumerRecord<String, byte[]> original(ConsumerRecord<String, byte[]> deadLetter) {
        String topic = header(deadLetter, TOPIC).orElse(deadLetter.topic());
        int partition = header(deadLetter, PARTITION).map(DeadLetterRecords::parseInt).orElse(deadLetter.partition());
        long offset = header(deadLetter, OFFSET).map(DeadLetterRecords::parseLong).orElse(deadLetter.offset());
        return new ConsumerRecord<>(topic, partition, offset, deadLetter.timestamp(), TimestampType.CREATE_TIME,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, deadLetter.key(), deadLetter.value(),
                originalHeaders(deadLetter), Optional.empty());
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static RecordHeaders originalHeaders(ConsumerRecord<String, byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(PREFIX)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
