package se.byra.platform.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.PGSimpleDataSource;

import se.byra.platform.messaging.schema.MessagingTablesMigration;
import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.PostgresServer;

/**
 * An outbox on the real PostgreSQL and broker, without Quarkus: fresh tables in a database of
 * the test's own, rows written as {@link Outbox} writes them, publishers as the relay builds them,
 * and the topic read back whole.
 */
final class OutboxFixture {

    final PGSimpleDataSource dataSource;

    OutboxFixture(String database) {
        PostgresServer postgres = PostgresServer.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl(database));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists outbox_event, inbox_event");
            statement.execute(MessagingTablesMigration.script());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A producer with the relay's own settings. */
    static Producer<String, byte[]> producer() {
        return new KafkaProducer<>(RelayProducer.properties(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers()), "test-relay",
                Duration.ofSeconds(10), Duration.ofSeconds(5)));
    }

    OutboxPublisher publisher(int batchSize) {
        return publisher(producer(), batchSize, Duration.ofMinutes(2));
    }

    OutboxPublisher publisher(Producer<String, byte[]> producer, int batchSize, Duration lease) {
        return new OutboxPublisher(dataSource, producer,
                new OutboxPublisher.Settings(batchSize, lease, Duration.ofSeconds(15)), OutboxMetrics.NONE);
    }

    /** Publishes until a batch finds nothing more to do; returns how many went out. */
    static int drain(OutboxPublisher publisher) throws SQLException {
        int published = 0;
        OutboxPublisher.BatchResult result;
        do {
            result = publisher.publishBatch();
            published += result.published();
        } while (result.claimed() > 0 && result.published() + result.parked() + result.held() > 0);
        return published;
    }

    /** Writes one event as {@link Outbox#publish} does; returns its id. */
    UUID write(String topic, String key, String payload) throws SQLException {
        return writeAll(topic, List.of(Map.entry(key, payload))).get(0);
    }

    /** Writes events in one transaction, in the order given (key, payload); returns their ids in that order. */
    List<UUID> writeAll(String topic, List<Map.Entry<String, String>> events) throws SQLException {
        List<UUID> ids = new ArrayList<>(events.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (id, topic, message_key, type, dataschema, source, subject,
                                                  occurred_at, payload)
                        values (?, ?, ?, 'se.byra.test.Counted', 'tag:byra.se,2026:event-schema:se.byra.test.Counted:v1',
                                'tag:byra.se,2026:service:test', ?, ?, cast(? as jsonb))
                        """)) {
            for (Map.Entry<String, String> event : events) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, topic);
                insert.setString(3, event.getKey());
                insert.setString(4, event.getKey());
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.setString(6, event.getValue());
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** A payload of about {@code bytes} bytes that says which event of its key it is. */
    static String payload(int n, int bytes) {
        return "{\"n\":" + n + ",\"pad\":\"" + "x".repeat(Math.max(0, bytes - 20)) + "\"}";
    }

    String status(UUID id) throws SQLException {
        return single("select status from outbox_event where id = ?", id);
    }

    String lastError(UUID id) throws SQLException {
        return single("select last_error from outbox_event where id = ?", id);
    }

    Map<String, Long> statusCounts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select status, count(*) from outbox_event group by status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    long unfinished() throws SQLException {
        return Long.parseLong(single("select count(*) from outbox_event where status <> 'PUBLISHED' and status <> 'SKIPPED'"));
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    String single(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** A topic of its own for one test, with topic-level settings (e.g. {@code max.message.bytes}). */
    static String topic(int partitions, Map<String, String> config) {
        String name = "relay.test." + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(config))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    static void raiseMessageLimit(String topic, int bytes) {
        try (Admin admin = admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes)),
                    AlterConfigOp.OpType.SET)))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers()));
    }

    /** Everything the topic holds now, from its beginning to its end. */
    static List<ConsumerRecord<String, byte[]>> allRecords(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The ids on the topic, per key, in topic order. */
    static Map<String, List<UUID>> idsPerKey(Collection<ConsumerRecord<String, byte[]>> records) {
        return records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(
                record -> UUID.fromString(KafkaRecords.header(record, "ce_id")), Collectors.toList())));
    }
}
