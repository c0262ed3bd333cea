package se.byra.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import se.byra.platform.messaging.inbox.EventDispatcher.Outcome;
import se.byra.platform.messaging.inbox.PoisonEventException;
import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KafkaRecords;

/** The consumer loop on its own, outside Quarkus, with a plain record processor. */
class PartitionedConsumerTest {

    private final String topic = "messaging.test.loop." + UUID.randomUUID();
    private final Map<String, Object> connection = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            KafkaBroker.get().bootstrapServers());

    @Test
    void closingWhileARecordRetriesCommitsWhatWasDoneEndsEveryThreadAndTheNextOwnerResumesAtTheFailingRecord() {
        List<String> processed = new CopyOnWriteArrayList<>();
        AtomicBoolean failing = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        RecordProcessor processor = record -> {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            if (value.equals("2") && failing.get()) {
                attempts.incrementAndGet();
                throw new IllegalStateException("test: 2 fails until released");
            }
            processed.add(value);
            return Outcome.HANDLED;
        };
        for (int n = 1; n <= 3; n++) {
            KafkaRecords.send(new ProducerRecord<>(topic, "k", String.valueOf(n).getBytes(StandardCharsets.UTF_8)));
        }

        PartitionedConsumer first = new PartitionedConsumer(settings("first"), connection, processor,
                ConsumerMetrics.NONE);
        first.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> attempts.get() >= 2 && first.retryingPartitions() == 1);
        first.close();

        assertThat(processed).containsExactly("1");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                thread -> thread.getName().startsWith("consumer-first-") && thread.isAlive());

        failing.set(false);
        PartitionedConsumer next = new PartitionedConsumer(settings("next"), connection, processor,
                ConsumerMetrics.NONE);
        next.start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> processed.size() == 3);
            assertThat(processed).as("1 was committed before closing; 2 and 3 follow in order")
                    .containsExactly("1", "2", "3");
        } finally {
            next.close();
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsKeyValueHeadersAndReason() {
        RecordProcessor processor = record -> {
            throw new PoisonEventException("test: never");
        };
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(topic, "p", "x".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("ce_type", "se.byra.test.Counted".getBytes(StandardCharsets.UTF_8));
        KafkaRecords.send(poison);
        PartitionedConsumer consumer = new PartitionedConsumer(settings("poison"), connection, processor,
                ConsumerMetrics.NONE);
        consumer.start();
        try {
            ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(topic + ".loop-test.dlq", "p",
                    Duration.ofSeconds(60));
            assertThat(dead.value()).isEqualTo("x".getBytes(StandardCharsets.UTF_8));
            assertThat(KafkaRecords.header(dead, "ce_type")).isEqualTo("se.byra.test.Counted");
            assertThat(KafkaRecords.header(dead, "dead-letter-reason")).isEqualTo("test: never");
            assertThat(KafkaRecords.header(dead, "dead-letter-offset")).isEqualTo("0");
        } finally {
            consumer.close();
        }
    }

    private ConsumerSettings settings(String name) {
        return new ConsumerSettings(name, List.of(topic), "loop-test", 2, null, Duration.ofMillis(50),
                Duration.ofMillis(200));
    }
}
