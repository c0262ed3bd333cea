package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.byra.platform.testkit.KafkaBroker;

/**
 * While a relay waits for the producer, its rows are leased, not locked: no transaction is open,
 * and when the relay never comes back another takes the rows over once the lease has run out.
 * The wait is made to last by a value serializer that blocks until the test opens it (the
 * producer serializes on the sending thread, where a slow broker would keep the relay too).
 */
class OutboxLeaseTest {

    private static OutboxFixture outbox;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);

    @BeforeAll
    static void outboxTables() {
        outbox = new OutboxFixture("messaging_leases");
    }

    @AfterEach
    void openTheGate() {
        gate.countDown();
    }

    @Test
    void noRowLockAndNoTransactionIsHeldWhileTheProducerIsWaitedFor() throws Exception {
        String topic = OutboxFixture.topic(1, Map.of());
        UUID id = outbox.write(topic, "k", OutboxFixture.payload(1, 50));
        OutboxPublisher publisher = outbox.publisher(gatedProducer(), 10, Duration.ofMinutes(2));

        CompletableFuture<OutboxPublisher.BatchResult> batch = CompletableFuture.supplyAsync(() -> publish(publisher));
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the relay is sending").isTrue();

        try (Connection other = outbox.dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select lease_owner from outbox_event where id = ? for update nowait")) {
                lock.setObject(1, id);
                try (ResultSet rs = lock.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getObject(1)).as("leased to the relay").isNotNull();
                }
            }
            other.rollback();
        }
        assertThat(outbox.single("""
                select count(*) from pg_stat_activity
                 where datname = current_database() and state like 'idle in transaction%'""")).isEqualTo("0");

        gate.countDown();
        assertThat(batch.get(30, TimeUnit.SECONDS).published()).isEqualTo(1);
        assertThat(outbox.status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void rowsOfARelayThatNeverComesBackGoToAnotherWhenTheLeaseRunsOut() throws Exception {
        String topic = OutboxFixture.topic(1, Map.of());
        UUID id = outbox.write(topic, "k", OutboxFixture.payload(1, 50));
        OutboxPublisher stuck = outbox.publisher(gatedProducer(), 10, Duration.ofSeconds(2));
        CompletableFuture.supplyAsync(() -> publish(stuck));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        OutboxPublisher other = outbox.publisher(10);

        assertThat(other.publishBatch().published()).as("leased to the stuck relay").isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> other.publishBatch().published() == 1);

        assertThat(outbox.status(id)).isEqualTo("PUBLISHED");
        assertThat(OutboxFixture.allRecords(topic)).hasSize(1);
    }

    private Producer<String, byte[]> gatedProducer() {
        ByteArraySerializer gated = new ByteArraySerializer() {
            @Override
            public byte[] serialize(String topic, byte[] data) {
                entered.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return data;
            }
        };
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), gated);
    }

    private static OutboxPublisher.BatchResult publish(OutboxPublisher publisher) {
        try {
            return publisher.publishBatch();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
