package se.byra.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A plain consumer on every partition of a topic that notes when each event arrives; the same for
 * the raw path and the outbox path, so the difference is what lies between commit and topic.
 */
final class LatencyConsumer implements AutoCloseable {

    private final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> receivedAt = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private volatile boolean running = true;

    LatencyConsumer(String bootstrapServers, String topic) throws InterruptedException {
        java.util.concurrent.CountDownLatch assigned = new java.util.concurrent.CountDownLatch(1);
        thread.execute(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                partitions.forEach(consumer::position);
                assigned.countDown();
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        if (!"warm-up".equals(record.key())) {
                            receivedAt.putIfAbsent(Infrastructure.n(record.value()), System.nanoTime());
                        }
                    }
                }
            }
        });
        if (!assigned.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("consumer not assigned");
        }
    }

    /** Event {@code n} was committed (or handed to the raw producer) at {@code nanos}. */
    void sent(long n, long nanos) {
        sentAt.put(n, nanos);
    }

    EventBackboneBenchmark.Latencies awaitAll(long count, Duration within) {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(10)).until(() -> receivedAt.size() >= count);
        } catch (ConditionTimeoutException e) {
            // the report shows how many of them arrived
        }
        return new EventBackboneBenchmark.Latencies(sentAt.entrySet().stream()
                .filter(sent -> receivedAt.containsKey(sent.getKey()))
                .mapToDouble(sent -> Math.max(0, receivedAt.get(sent.getKey()) - sent.getValue()) / 1e6)
                .sorted().toArray());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
