package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.PostgresServer;

/** Two replicas' relays on one outbox, against the real PostgreSQL and broker. */
class TwoRelaysTest {

    private static final int EVENTS = 300;
    private static final int KEYS = 10;
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void outboxTables() throws SQLException, IOException {
        PostgresServer postgres = PostgresServer.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl("messaging_relays"));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        try (InputStream in = TwoRelaysTest.class.getClassLoader()
                .getResourceAsStream("se/byra/platform/messaging/schema/messaging-tables.sql");
                Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists outbox_event, inbox_event");
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void twoRelaysPublishEveryEventOnceAndKeepEachKeysOrder() throws Exception {
        String topic = "relay.test." + UUID.randomUUID();
        Map<UUID, Integer> written = writeEvents(topic);
        OutboxPublisher first = publisher();
        OutboxPublisher second = publisher();

        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> published = relays.invokeAll(List.of(drain(first), drain(second)),
                    2, TimeUnit.MINUTES);
            assertThat(published.get(0).get() + published.get(1).get()).isEqualTo(EVENTS);
        } finally {
            relays.shutdownNow();
        }

        List<ConsumerRecord<String, byte[]>> records = KafkaRecords.awaitRecords(topic, EVENTS, Duration.ofSeconds(60));
        Set<String> ids = new HashSet<>();
        Map<String, List<Integer>> orderPerKey = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            ids.add(KafkaRecords.header(record, "ce_id"));
            orderPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(written.get(UUID.fromString(KafkaRecords.header(record, "ce_id"))));
        }
        assertThat(records).hasSize(EVENTS);
        assertThat(ids).as("no event twice").hasSize(EVENTS);
        assertThat(orderPerKey).hasSize(KEYS);
        orderPerKey.forEach((key, order) -> assertThat(order).as("order of %s", key).isSorted());
        assertThat(pending()).isZero();
    }

    /** Publishes until nothing is pending; returns how many this relay published. */
    private static Callable<Integer> drain(OutboxPublisher publisher) {
        return () -> {
            int published = 0;
            while (pending() > 0) {
                published += publisher.publishBatch().published();
            }
            return published;
        };
    }

    private static OutboxPublisher publisher() {
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        return new OutboxPublisher(dataSource, producer, 25, Duration.ofSeconds(20), OutboxMetrics.NONE);
    }

    /** Writes the events as {@link Outbox} does; returns each event's position in its key's sequence. */
    private static Map<UUID, Integer> writeEvents(String topic) throws SQLException {
        Map<UUID, Integer> positions = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (id, topic, message_key, type, dataschema, source, subject,
                                                  occurred_at, payload)
                        values (?, ?, ?, 'se.byra.test.Counted', 'tag:byra.se,2026:event-schema:se.byra.test.Counted:v1',
                                'tag:byra.se,2026:service:test', ?, ?, cast(? as jsonb))
                        """)) {
            for (int i = 0; i < EVENTS; i++) {
                UUID id = UUID.randomUUID();
                String key = "key-" + (i % KEYS);
                insert.setObject(1, id);
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, key);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.setString(6, "{\"n\":" + i + "}");
                insert.addBatch();
                positions.put(id, i);
            }
            insert.executeBatch();
        }
        return positions;
    }

    private static long pending() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
