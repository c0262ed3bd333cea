package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.byra.platform.messaging.housekeeping.Housekeeper;

/** Two replicas' relays, and housekeeping, on one outbox, against the real PostgreSQL and broker. */
class TwoRelaysTest {

    private static final int EVENTS = 300;
    private static final int KEYS = 10;
    private static OutboxFixture outbox;

    @BeforeAll
    static void outboxTables() {
        outbox = new OutboxFixture("messaging_relays");
    }

    @Test
    void twoRelaysWithHousekeepingRunningPublishEveryEventOnceAndKeepEachKeysOrder() throws Exception {
        String topic = OutboxFixture.topic(3, Map.of());
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(Map.entry("key-" + (i % KEYS), OutboxFixture.payload(i, 50)));
        }
        List<UUID> written = outbox.writeAll(topic, events);
        // no retention: finished rows are deleted as soon as they are published, while the relays run
        Housekeeper housekeeper = new Housekeeper(outbox.dataSource, Duration.ZERO, Duration.ZERO, 20);
        AtomicBoolean relaying = new AtomicBoolean(true);
        AtomicInteger housekept = new AtomicInteger();

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> housekeeping = threads.submit(() -> {
                while (relaying.get()) {
                    housekept.addAndGet((int) housekeeper.run().outboxDeleted());
                }
                return null;
            });
            List<Future<Integer>> published = threads.invokeAll(List.of(drain(outbox.publisher(25)),
                    drain(outbox.publisher(25))), 2, TimeUnit.MINUTES);
            relaying.set(false);
            housekeeping.get(1, TimeUnit.MINUTES);
            assertThat(published.get(0).get() + published.get(1).get()).isEqualTo(EVENTS);
        } finally {
            threads.shutdownNow();
        }

        var records = OutboxFixture.allRecords(topic);
        assertThat(records).hasSize(EVENTS);
        assertThat(new HashSet<>(records.stream().map(r -> r.headers().lastHeader("ce_id")).toList()))
                .as("no event twice").hasSize(EVENTS);
        Map<String, List<UUID>> perKey = OutboxFixture.idsPerKey(records);
        assertThat(perKey).hasSize(KEYS);
        perKey.forEach((key, ids) -> assertThat(ids).as("order of %s", key)
                .isSortedAccordingTo((a, b) -> Integer.compare(written.indexOf(a), written.indexOf(b))));
        housekept.addAndGet((int) housekeeper.run().outboxDeleted());
        assertThat(housekept.get()).as("housekeeping deleted what was published").isEqualTo(EVENTS);
        assertThat(outbox.unfinished()).isZero();
    }

    @Test
    void housekeepingRunsOnOneReplicaAtATime() throws Exception {
        Housekeeper housekeeper = new Housekeeper(outbox.dataSource, Duration.ZERO, Duration.ZERO, 20);
        try (Connection otherReplica = outbox.dataSource.getConnection();
                Statement statement = otherReplica.createStatement()) {
            statement.execute("select pg_advisory_lock(" + Housekeeper.LOCK + ")");

            assertThat(housekeeper.run().ran()).isFalse();

            statement.execute("select pg_advisory_unlock(" + Housekeeper.LOCK + ")");
        }
        assertThat(housekeeper.run().ran()).isTrue();
    }

    @Test
    void housekeepingKeepsWhatIsNotFinishedAndWhatIsWithinItsRetention() throws Exception {
        String topic = OutboxFixture.topic(1, Map.of());
        UUID pending = outbox.write(topic, "kept", OutboxFixture.payload(1, 10));
        UUID recent = outbox.write(topic, "kept", OutboxFixture.payload(2, 10));
        outbox.execute("update outbox_event set status = 'PUBLISHED', published_at = now(), finished_at = now()"
                + " where id = '" + recent + "'");

        try {
            new Housekeeper(outbox.dataSource, Duration.ofDays(7), Duration.ofDays(30), 20).run();

            assertThat(outbox.status(pending)).isEqualTo("PENDING");
            assertThat(outbox.status(recent)).isEqualTo("PUBLISHED");
        } finally {
            outbox.execute("delete from outbox_event where message_key = 'kept'");
        }
    }

    private static Callable<Integer> drain(OutboxPublisher publisher) {
        return () -> {
            int published = 0;
            while (outbox.unfinished() > 0) {
                published += publisher.publishBatch().published();
            }
            return published;
        };
    }
}
