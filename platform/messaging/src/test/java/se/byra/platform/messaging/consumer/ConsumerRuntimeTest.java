package se.byra.platform.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.ManagementInterface;
import se.byra.platform.testkit.PostgresServer;

/** The consumer runtime in a Quarkus application, on the real broker and PostgreSQL. */
@QuarkusTest
class ConsumerRuntimeTest {

    static final String DEAD_LETTERS = Counted.TOPIC + ".messaging-test.dlq";
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static CountedEvents events;

    @Inject
    CountedHandler handler;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void producer() {
        events = new CountedEvents();
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void otherPartitionsAreAppliedAtTheSameTimeWhileOneKeyRetriesAndItsLaterEventsWaitBehindIt() {
        String stuck = run + "-stuck";
        List<String> others = List.of(run + "-a", run + "-b", run + "-c");
        handler.failUntilReleased(stuck);
        // the first events of the three keys must be in the handler together, or none gets past the gate
        handler.gate(Set.copyOf(others));
        double retriesBefore = retries();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int seq = 1; seq <= 3; seq++) {
            records.add(CountedEvents.event(stuck, seq, 0));
            for (int i = 0; i < others.size(); i++) {
                records.add(CountedEvents.event(others.get(i), seq, i + 1));
            }
        }

        try {
            events.send(records);

            await().atMost(WITHIN).untilAsserted(() -> others.forEach(key -> assertThat(applied(key)).hasSize(3)));
            assertThat(applied(stuck)).as("the stuck key's events wait behind its first").isEmpty();
            await().atMost(WITHIN).untilAsserted(() -> {
                assertThat(retries() - retriesBefore).isGreaterThanOrEqualTo(2);
                assertThat(gauge("inbox.retrying.partitions")).isEqualTo(1);
                assertThat(gauge("inbox.retry.oldest.seconds")).isPositive();
            });
        } finally {
            handler.release(stuck);
        }

        await().atMost(WITHIN).untilAsserted(() -> assertThat(applied(stuck)).hasSize(3));
        assertInOrder(stuck, 3);
        others.forEach(key -> assertInOrder(key, 3));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(gauge("inbox.retrying.partitions")).isZero());
    }

    @Test
    void eventsConsumedAcrossADatabaseRestartAreAppliedExactlyOnceInOrderAndNoneIsDeadLettered() {
        PostgresServer postgres = PostgresServer.get();
        assumeTrue(postgres.restartable(), "PostgreSQL in a container cannot be restarted on the same port");
        List<String> keys = List.of(run + "-x", run + "-y", run + "-z");
        int perKey = 20;
        double deadLetteredBefore = outcomes("dead-lettered");

        events.send(eventsFor(keys, 1, perKey / 2));
        await().atMost(WITHIN).until(() -> applied(keys.get(0)).size() + applied(keys.get(1)).size() > 0);
        double retriesBefore = retries();
        postgres.stop();
        try {
            events.send(eventsFor(keys, perKey / 2 + 1, perKey));
            // the consumer met the outage and has waited it out for a while: its attempts fail and are retried
            await().atMost(WITHIN).until(() -> retries() - retriesBefore >= 3
                    && gauge("inbox.retry.oldest.seconds") >= 1.5);
        } finally {
            postgres.start();
        }

        await().atMost(WITHIN).untilAsserted(() -> keys.forEach(key -> assertThat(applied(key)).hasSize(perKey)));
        keys.forEach(key -> assertInOrder(key, perKey));
        assertThat(inboxRows(keys)).as("each event recorded once in the inbox").isEqualTo(keys.size() * perKey);
        assertThat(outcomes("dead-lettered")).isEqualTo(deadLetteredBefore);
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsReasonAndThePartitionMovesOn() {
        String key = run + "-poison";
        ProducerRecord<String, byte[]> broken = CountedEvents.withPayload(key, 2,
                "{\"key\": 5".getBytes(StandardCharsets.UTF_8));
        events.send(List.of(broken, CountedEvents.event(key, 1, 2)));

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, key, WITHIN);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"key\": 5");
        assertThat(header(dead, "dead-letter-reason")).contains("payload is not a valid se.byra.test.Counted v1");
        assertThat(header(dead, "dead-letter-exception-class-name"))
                .isEqualTo("se.byra.platform.messaging.inbox.PoisonEventException");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Counted.TOPIC);
        assertThat(header(dead, "dead-letter-partition")).isEqualTo("2");
        assertThat(Long.parseLong(header(dead, "dead-letter-offset"))).isNotNegative();
        assertThat(header(dead, "dead-letter-consumer-group")).isEqualTo("messaging-test");
        assertThat(header(dead, "ce_id")).as("the original envelope travels along")
                .isEqualTo(new String(broken.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(applied(key)).hasSize(1));
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsAppliedOnceAndASecondReplayChangesNothing() {
        String key = run + "-fixable";
        handler.poisonUntilFixed(key);
        events.send(List.of(CountedEvents.event(key, 1, null)));
        KafkaRecords.awaitRecord(DEAD_LETTERS, key, WITHIN);
        assertThat(applied(key)).isEmpty();

        handler.fix(key);
        Map<String, Object> first = replay();
        Map<String, Object> second = replay();

        assertThat(first).containsEntry("consumer", "counted").containsEntry("handled", 1);
        assertThat(applied(key)).hasSize(1);
        assertThat(second).containsEntry("handled", 0)
                .containsEntry("duplicate", (Integer) first.get("duplicate") + 1)
                .containsEntry("skipped", first.get("skipped"))
                .containsEntry("stillPoison", first.get("stillPoison"));
        assertThat(applied(key)).hasSize(1);
    }

    private static Map<String, Object> replay() {
        return ManagementInterface.request().post("/q/messaging/dead-letters/counted/replay")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath().getMap("");
    }

    private static List<ProducerRecord<String, byte[]>> eventsFor(List<String> keys, int fromSeq, int toSeq) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int seq = fromSeq; seq <= toSeq; seq++) {
            for (String key : keys) {
                records.add(CountedEvents.event(key, seq, null));
            }
        }
        return records;
    }

    private void assertInOrder(String key, int count) {
        List<AppliedCount> applied = applied(key);
        assertThat(applied).extracting(a -> a.seq).as("each of %s's events once", key)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(applied).allSatisfy(a -> assertThat(a.inOrder).as("%s #%d came in order", key, a.seq).isTrue());
    }

    private List<AppliedCount> applied(String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from AppliedCount where key = :key order by seq", AppliedCount.class)
                .setParameter("key", key).getResultList());
    }

    private long inboxRows(List<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from inbox_event i join applied_count a on a.event_id = i.event_id
                where a.event_key = any(?1)
                """).setParameter(1, keys.toArray(String[]::new)).getSingleResult()).longValue());
    }

    private double retries() {
        Counter counter = registry.find("inbox.handler.retries").tag("topic", Counted.TOPIC).counter();
        return counter == null ? 0 : counter.count();
    }

    private double outcomes(String outcome) {
        Counter counter = registry.find("inbox.events").tag("topic", Counted.TOPIC).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name) {
        Gauge gauge = registry.find(name).tag("consumer", "counted").gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }
}
