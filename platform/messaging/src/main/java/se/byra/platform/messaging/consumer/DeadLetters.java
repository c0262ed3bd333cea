package se.byra.platform.messaging.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import se.byra.platform.messaging.inbox.EventDispatcher.Outcome;
import se.byra.platform.messaging.kafka.CloudEventHeaders;
import se.byra.platform.messaging.kafka.KafkaClientProperties;

/**
 * A consumer's dead-letter topics, read without a consumer group: listing them, and replaying
 * them through the record processor. Replay does not republish to the source topic (the
 * consumer's other replicas and other consumer groups would see it again); the processor's inbox
 * makes it idempotent, and letters still poison stay where they are.
 */
public final class DeadLetters {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final ConsumerSettings settings;
    private final Map<String, Object> readerProperties;
    private final ReentrantLock replaying = new ReentrantLock();

    public DeadLetters(ConsumerSettings settings, Map<String, Object> connection) {
        this.settings = settings;
        Map<String, Object> props = KafkaClientProperties.select(connection, ConsumerConfig.configNames());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-" + settings.name() + "-dead-letter-reader");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // looking must not create a topic
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        this.readerProperties = props;
    }

    /** One dead letter as an operator sees it. */
    public record Letter(String topic, int partition, long offset, Instant deadLetteredAt, String key,
            String sourceTopic, String sourcePartition, String sourceOffset, String eventId, String eventType,
            String dataschema, String reason) {
    }

    public record Page(List<Letter> items, int page, int size, long totalItems, long totalPages) {
    }

    /** What a replay did; {@code skipped} is no handler here or a version this service does not handle. */
    public record ReplayReport(int handled, int duplicate, int skipped, int stillPoison) {
    }

    /** A replay stopped by a transient failure; what came before it is done, running it again is safe. */
    public static final class ReplayInterrupted extends RuntimeException {

        private final transient ReplayReport soFar;

        ReplayInterrupted(ReplayReport soFar, String where, Throwable cause) {
            super("replay stopped at " + where + ": " + Failures.describe(cause), cause);
            this.soFar = soFar;
        }

        public ReplayReport soFar() {
            return soFar;
        }
    }

    /** Thrown when a replay of this consumer is already running. */
    public static final class ReplayRunning extends RuntimeException {
        ReplayRunning(String name) {
            super("a replay of " + name + " is running");
        }
    }

    public List<String> topics() {
        return settings.deadLetterTopics();
    }

    /** The letters in (topic, partition, offset) order, {@code size} per page. */
    public Page list(int page, int size) {
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(readerProperties)) {
            List<TopicPartition> partitions = partitions(reader);
            Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, READ_TIMEOUT);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            List<Letter> items = new ArrayList<>();
            long skip = (long) page * size;
            for (TopicPartition partition : partitions) {
                long count = end.get(partition) - begin.get(partition);
                if (items.size() == size) {
                    break;
                }
                if (skip >= count) {
                    skip -= count;
                    continue;
                }
                long from = begin.get(partition) + skip;
                skip = 0;
                long to = Math.min(end.get(partition), from + size - items.size());
                read(reader, partition, from, to, record -> items.add(letter(record)));
            }
            return new Page(items, page, size, total, (total + size - 1) / size);
        }
    }

    /** Hands every letter, from the beginning, to {@code processor} again. One replay at a time. */
    public ReplayReport replay(RecordProcessor processor) {
        if (!replaying.tryLock()) {
            throw new ReplayRunning(settings.name());
        }
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(readerProperties)) {
            List<TopicPartition> partitions = partitions(reader);
            Map<TopicPartition, Long> begin = reader.beginningOffsets(partitions, READ_TIMEOUT);
            // letters arriving during the replay wait for the next one
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, READ_TIMEOUT);
            int[] counts = new int[4];
            for (TopicPartition partition : partitions) {
                read(reader, partition, begin.get(partition), end.get(partition), letter -> {
                    try {
                        Outcome outcome = processor.process(DeadLetterRecords.original(letter));
                        counts[switch (outcome) {
                            case HANDLED -> 0;
                            case DUPLICATE -> 1;
                            case IGNORED, UNKNOWN_VERSION -> 2;
                        }]++;
                    } catch (RuntimeException e) {
                        if (Failures.poison(e) == null) {
                            throw new ReplayInterrupted(report(counts),
                                    letter.topic() + "-" + letter.partition() + "@" + letter.offset(), e);
                        }
                        counts[3]++;
                    }
                });
            }
            return report(counts);
        } finally {
            replaying.unlock();
        }
    }

    private static ReplayReport report(int[] counts) {
        return new ReplayReport(counts[0], counts[1], counts[2], counts[3]);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> reader) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics()) {
            List<PartitionInfo> infos = reader.partitionsFor(topic, READ_TIMEOUT);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        return partitions;
    }

    /** Reads offsets [from, to) of one partition in order. */
    private static void read(KafkaConsumer<String, byte[]> reader, TopicPartition partition, long from, long to,
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> action) {
        if (from >= to) {
            return;
        }
        reader.assign(List.of(partition));
        reader.seek(partition, from);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        long next = from;
        while (next < to) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + partition + " up to offset " + to + " within "
                        + READ_TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() >= to) {
                    return;
                }
                action.accept(record);
                next = record.offset() + 1;
                // the time limit is for the broker answering, not for what the action takes
                deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            }
            // a gap (a transaction marker, a compacted record) ends where the reader's position is
            next = Math.max(next, reader.position(partition));
        }
    }

    private static Letter letter(ConsumerRecord<String, byte[]> record) {
        return new Letter(record.topic(), record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                header(record, DeadLetterRecords.TOPIC), header(record, DeadLetterRecords.PARTITION),
                header(record, DeadLetterRecords.OFFSET), header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.DATASCHEMA),
                header(record, DeadLetterRecords.REASON));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return DeadLetterRecords.header(record, name).orElse(null);
    }
}
