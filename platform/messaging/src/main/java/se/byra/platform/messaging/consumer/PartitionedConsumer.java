package se.byra.platform.messaging.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import se.byra.platform.messaging.inbox.EventDispatcher.Outcome;
import se.byra.platform.messaging.kafka.KafkaClientProperties;

/**
 * One Kafka consumer with explicit control of offsets, pausing and retries (no CDI, so it runs
 * outside Quarkus too). A poll thread owns the {@link KafkaConsumer}: it hands each partition's
 * records to that partition's {@link PartitionLane}, pauses a partition whose lane has a backlog
 * or is retrying, and commits only offsets whose records are done. Lanes run on a pool of
 * {@code concurrency} threads: several partitions at once, each (and so each key) in order.
 *
 * <p>A record that fails with anything but poison is retried with exponential backoff and jitter
 * for as long as the failure lasts, its offset not committed; poison is written to the
 * dead-letter topic and committed once the broker acknowledged that write.
 */
public final class PartitionedConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PartitionedConsumer.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long COMMIT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** Records held in memory per partition before its fetching pauses (Kafka's default max.poll.records). */
    static final int BACKLOG_LIMIT = 500;
    /** How long a revoked or closing lane may take to finish its record before we go on without it. */
    private static final Duration FINISH_WAIT = Duration.ofSeconds(10);
    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(15);

    private final ConsumerSettings settings;
    private final RecordProcessor processor;
    private final ConsumerMetrics metrics;
    private final Map<String, Object> consumerProperties;
    private final Map<String, Object> producerProperties;
    /** Written by the poll thread only; read by gauges. */
    private final Map<TopicPartition, PartitionLane> lanes = new ConcurrentHashMap<>();
    /** Poll thread only. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    private ScheduledThreadPoolExecutor workers;
    private KafkaConsumer<String, byte[]> consumer;
    private Producer<String, byte[]> deadLetters;
    private Thread pollThread;
    private volatile boolean running;

    /**
     * @param connection the Kafka connection settings (bootstrap servers, TLS, SASL); what a
     *        consumer or producer does not know is left out for each
     */
    public PartitionedConsumer(ConsumerSettings settings, Map<String, Object> connection, RecordProcessor processor,
            ConsumerMetrics metrics) {
        this.settings = settings;
        this.processor = processor;
        this.metrics = metrics;
        this.consumerProperties = consumerProperties(settings, connection);
        this.producerProperties = producerProperties(settings, connection);
    }

    public ConsumerSettings settings() {
        return settings;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        workers = new ScheduledThreadPoolExecutor(settings.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "consumer-" + settings.name() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.setRemoveOnCancelPolicy(true);
        deadLetters = new KafkaProducer<>(producerProperties);
        consumer = new KafkaConsumer<>(consumerProperties);
        running = true;
        pollThread = new Thread(this::pollLoop, "consumer-" + settings.name() + "-poll");
        pollThread.setDaemon(true);
        pollThread.start();
        LOG.infof("Consumer %s started on %s (group %s, %d partitions at once)", settings.name(), settings.topics(),
                settings.groupId(), settings.concurrency());
    }

    /** Stops polling, lets each lane finish its record, commits what was processed, and ends every thread. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            pollThread.join(FINISH_WAIT.plusSeconds(15).toMillis());
            workers.shutdownNow();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deadLetters.close(Duration.ofSeconds(5));
        LOG.infof("Consumer %s stopped", settings.name());
    }

    /** Partitions whose head record is failing and being retried. */
    public int retryingPartitions() {
        return (int) lanes.values().stream().filter(PartitionLane::retrying).count();
    }

    /** Seconds since the first failure of the record retried longest; 0 when none is. */
    public double oldestRetrySeconds() {
        long now = System.nanoTime();
        return lanes.values().stream().filter(PartitionLane::retrying)
                .mapToLong(lane -> now - lane.failingSince()).max().orElse(0) / 1e9;
    }

    private void pollLoop() {
        long lastCommit = System.nanoTime();
        try {
            consumer.subscribe(settings.topics(), new Rebalance());
            while (running) {
                try {
                    ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                    for (TopicPartition partition : records.partitions()) {
                        lanes.computeIfAbsent(partition, this::lane).enqueue(records.records(partition));
                    }
                    pauseOrResume();
                    if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) {
                        commit(lanes.keySet(), false);
                        lastCommit = System.nanoTime();
                    }
                } catch (WakeupException e) {
                    // close() asks the loop to end
                } catch (RuntimeException e) {
                    // the client recovers from broker trouble itself; anything else is logged and polled through
                    LOG.warnf("Consumer %s: poll failed: %s", settings.name(), e.toString());
                }
            }
        } finally {
            finish(List.copyOf(lanes.keySet()), true);
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.debugf("Consumer %s: close: %s", settings.name(), e);
            }
        }
    }

    private PartitionLane lane(TopicPartition partition) {
        return new PartitionLane(partition, workers, this::step);
    }

    /** Holds back partitions with enough in memory or a failing record; their records wait in Kafka. */
    private void pauseOrResume() {
        Set<TopicPartition> paused = consumer.paused();
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        lanes.forEach((partition, lane) -> {
            boolean hold = lane.retrying() || lane.backlog() >= BACKLOG_LIMIT;
            if (hold && !paused.contains(partition)) {
                pause.add(partition);
            } else if (!hold && paused.contains(partition)) {
                resume.add(partition);
            }
        });
        if (!pause.isEmpty()) {
            consumer.pause(pause);
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
    }

    private void commit(Collection<TopicPartition> partitions, boolean sync) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            PartitionLane lane = lanes.get(partition);
            long next = lane == null ? -1 : lane.processedUpTo();
            if (next > committed.getOrDefault(partition, -1L)) {
                offsets.put(partition, new OffsetAndMetadata(next));
            }
        }
        if (offsets.isEmpty()) {
            return;
        }
        offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        if (sync) {
            try {
                commitSync(offsets);
            } catch (RuntimeException e) {
                // the records come again to whoever reads the partition next; the inbox absorbs them
                LOG.warnf("Consumer %s: commit of %s failed: %s", settings.name(), offsets, e.toString());
            }
        } else {
            // the callback runs on this thread, inside a later poll
            consumer.commitAsync(offsets, (done, error) -> {
                if (error != null) {
                    LOG.debugf("Consumer %s: commit failed, retried with the next one: %s", settings.name(), error);
                    done.keySet().forEach(committed::remove);
                }
            });
        }
    }

    private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets, Duration.ofSeconds(10));
        } catch (WakeupException e) {
            // close() woke the consumer while it was not polling: this commit is what closing is for
            consumer.commitSync(offsets, Duration.ofSeconds(10));
        }
    }

    /** Stops the lanes of partitions this consumer gives up, waits for their records in progress, commits. */
    private void finish(Collection<TopicPartition> partitions, boolean commit) {
        List<PartitionLane> stopping = partitions.stream().map(lanes::get).filter(lane -> lane != null).toList();
        stopping.forEach(PartitionLane::stop);
        for (PartitionLane lane : stopping) {
            try {
                if (!lane.awaitIdle(FINISH_WAIT)) {
                    LOG.warnf("Consumer %s: %s still busy after %s; its record comes again", settings.name(),
                            lane.partition(), FINISH_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (commit) {
            commit(partitions, true);
        }
        partitions.forEach(partition -> {
            lanes.remove(partition);
            committed.remove(partition);
        });
    }

    /** One attempt at the head record of a lane; runs on a worker thread. */
    private Duration step(PartitionLane lane, ConsumerRecord<String, byte[]> record) {
        try {
            if (lane.pendingDeadLetter == null) {
                try {
                    Outcome outcome = processor.process(record);
                    metrics.outcome(record.topic(), outcome.label());
                    recovered(lane, record);
                    return null;
                } catch (RuntimeException e) {
                    RuntimeException poison = Failures.poison(e);
                    if (poison == null) {
                        throw e;
                    }
                    // kept, so that a failed dead-letter write is retried without running the handler again
                    lane.pendingDeadLetter = poison;
                }
            }
            deadLetter(record, lane.pendingDeadLetter);
            metrics.outcome(record.topic(), "dead-lettered");
            recovered(lane, record);
            return null;
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return retryLater(lane, record, e);
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException reason) throws Exception {
        String topic = settings.deadLetterTopicOf(record.topic());
        deadLetters.send(DeadLetterRecords.deadLetter(record, topic, settings.groupId(), reason))
                .get(DEAD_LETTER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        LOG.errorf("Event at %s-%d@%d went to %s: %s", record.topic(), record.partition(), record.offset(), topic,
                reason.getMessage());
    }

    private Duration retryLater(PartitionLane lane, ConsumerRecord<String, byte[]> record, Throwable failure) {
        int attempt = ++lane.attempts;
        lane.failing();
        metrics.retried(record.topic());
        Duration delay = backoff(attempt);
        // first failure, then the 2nd, 4th, 8th...: an outage is visible without a line per attempt
        if (Integer.bitCount(attempt) == 1) {
            LOG.warnf("Event at %s-%d@%d failed (attempt %d, the partition waits; next try in %d ms): %s",
                    record.topic(), record.partition(), record.offset(), attempt, delay.toMillis(),
                    Failures.describe(failure));
        }
        return delay;
    }

    private void recovered(PartitionLane lane, ConsumerRecord<String, byte[]> record) {
        if (lane.attempts > 0) {
            LOG.infof("Event at %s-%d@%d done after %d failed attempts over %d s", record.topic(),
                    record.partition(), record.offset(), lane.attempts,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - lane.failingSince()));
        }
    }

    /** Exponential from the retry delay, capped, with "equal jitter" (half fixed, half random) so replicas spread. */
    Duration backoff(int attempt) {
        long initial = settings.retryDelay().toMillis();
        long cap = settings.maxRetryDelay().toMillis();
        long base = Math.min(cap, initial << Math.min(attempt - 1, 30));
        long half = Math.max(1, base / 2);
        return Duration.ofMillis(base - half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // the records in progress finish; a retried one is read again by the new owner, the inbox absorbs it
            finish(partitions, true);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            // another member may own them already: committing now could move its offsets
            finish(partitions, false);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            // lanes are made when the first records arrive
        }
    }

    private static Map<String, Object> consumerProperties(ConsumerSettings settings, Map<String, Object> connection) {
        Map<String, Object> props = KafkaClientProperties.select(connection, ConsumerConfig.configNames());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-" + settings.name());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a new group starts at the beginning of what the topic retains; the inbox absorbs what it saw already
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BACKLOG_LIMIT);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static Map<String, Object> producerProperties(ConsumerSettings settings, Map<String, Object> connection) {
        Map<String, Object> props = KafkaClientProperties.select(connection, ProducerConfig.configNames());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-" + settings.name() + "-dead-letters");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int timeout = (int) DEAD_LETTER_TIMEOUT.toMillis();
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
