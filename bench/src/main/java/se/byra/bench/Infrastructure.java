package se.byra.bench;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.postgresql.ds.PGSimpleDataSource;

import se.byra.platform.messaging.schema.MessagingTablesMigration;
import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.PostgresServer;

/** The test kit's real PostgreSQL and broker, an outbox table, topics, and rows written the way the outbox writes them. */
final class Infrastructure {

    static final String TYPE = "se.byra.bench.Measured";
    static final String SOURCE = "tag:byra.se,2026:service:bench";
    static final String DATASCHEMA = "tag:byra.se,2026:event-schema:se.byra.bench.Measured:v1";
    static final int PARTITIONS = 6;

    private final PGSimpleDataSource dataSource;
    private final String bootstrapServers;

    private Infrastructure(PGSimpleDataSource dataSource, String bootstrapServers) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
    }

    static Infrastructure start() {
        PostgresServer postgres = PostgresServer.get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl("bench"));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        return new Infrastructure(dataSource, KafkaBroker.get().bootstrapServers());
    }

    DataSource dataSource() {
        return dataSource;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** About 500 bytes of JSON that says which event it is. */
    static String payload(long n) {
        String head = "{\"n\":" + n + ",\"pad\":\"";
        return head + "x".repeat(EventBackboneBenchmark.PAYLOAD_BYTES - head.length() - 2) + "\"}";
    }

    /** Reads {@code n} back from a payload (PostgreSQL's jsonb writes {@code {"n": 12, ...}}, with a space). */
    static long n(byte[] payload) {
        int i = 5;
        while (i < payload.length && payload[i] == ' ') {
            i++;
        }
        long n = 0;
        for (; i < payload.length && payload[i] >= '0' && payload[i] <= '9'; i++) {
            n = n * 10 + (payload[i] - '0');
        }
        return n;
    }

    void resetOutbox() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists outbox_event, inbox_event");
            statement.execute(MessagingTablesMigration.script());
        }
    }

    void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("analyze outbox_event");
        }
    }

    String topic() throws Exception {
        String name = "bench." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(name, PARTITIONS, (short) 1))).all().get();
            // every partition has a leader before anything is timed, so no figure includes topic creation
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                    .until(() -> everyPartitionLed(admin, name));
        }
        return name;
    }

    private static boolean everyPartitionLed(Admin admin, String topic) throws InterruptedException {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .allMatch(partition -> partition.leader() != null);
        } catch (java.util.concurrent.ExecutionException e) {
            return false; // not known to the broker yet
        }
    }

    /** {@code events} pending rows, keys taken round robin from {@code keys} aggregates. */
    void writeBacklog(String topic, int events, int keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int from = 0; from < events; from += 10_000) {
                insert(connection, topic, from, Math.min(10_000, events - from), keys);
                connection.commit();
            }
        }
    }

    /** Inserts events {@code from .. from+count-1} in the caller's transaction, as Outbox.publish writes them. */
    void insert(Connection connection, String topic, int from, int count, int keys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, topic, message_key, type, dataschema, source, subject, occurred_at, payload)
                select gen_random_uuid(), ?, 'agg-' || (n % ?), ?, ?, ?, 'agg-' || (n % ?), now(),
                       cast('{"n":' || n || ',"pad":"' || repeat('x', ? - length('{"n":' || n || ',"pad":"') - 2) || '"}'
                            as jsonb)
                  from generate_series(?::bigint, ?::bigint) n
                 order by n""")) {
            insert.setString(1, topic);
            insert.setInt(2, keys);
            insert.setString(3, TYPE);
            insert.setString(4, DATASCHEMA);
            insert.setString(5, SOURCE);
            insert.setInt(6, keys);
            insert.setInt(7, EventBackboneBenchmark.PAYLOAD_BYTES);
            insert.setLong(8, from);
            insert.setLong(9, from + count - 1L);
            insert.executeUpdate();
        }
    }

    /** The machine, for the reports: cores, CPU, memory, system and Java. */
    static String host() {
        String cpu = "unknown CPU";
        String memory = "";
        String os = System.getProperty("os.name");
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB RAM")
                    .orElse("");
            os = Files.readAllLines(Path.of("/etc/os-release")).stream().filter(line -> line.startsWith("PRETTY_NAME="))
                    .findFirst().map(line -> line.substring(13).replace("\"", "")).orElse(os);
        } catch (IOException | RuntimeException e) {
            // the report says less about the machine
        }
        return "%d cores (%s), %s, %s, Java %s".formatted(Runtime.getRuntime().availableProcessors(), cpu, memory, os,
                System.getProperty("java.version"));
    }

    /** The machine and the servers, for the report. */
    String machine() {
        String postgres = "PostgreSQL";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            postgres = "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            // keep the bare name
        }
        return "%s, %s (fsync off, as in the tests), Apache Kafka 4.3.1 broker (KRaft, one node), all on this machine"
                .formatted(host(), postgres);
    }
}
