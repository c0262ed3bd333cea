package se.byra.platform.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import se.byra.platform.messaging.kafka.CloudEventHeaders;

/**
 * Publishes one batch of outbox rows: claims them with {@code FOR UPDATE SKIP LOCKED}, sends
 * them (acks=all, idempotent producer), waits for the acknowledgements and marks them published,
 * all in one database transaction. Safe with several publishers on one database: a row is
 * claimed by one at a time, and a key's rows go out in order because a publisher leaves a key
 * alone while an older row of it is pending outside its batch.
 *
 * <p>Delivery is at least once: a crash after the broker acknowledged but before the commit
 * sends the batch again, which the consumers' inbox absorbs.
 */
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int HOUSEKEEPING_CHUNK = 10_000;

    private static final String CLAIM = """
            select seq, id, topic, message_key, type, dataschema, source, subject, agency_id,
                   occurred_at, payload::text, traceparent, tracestate, attempts
              from outbox_event
             where published_at is null
             order by seq
             limit ?
               for update skip locked
            """;

    /** For each key in the batch, the oldest pending row that this batch does not hold. */
    private static final String FIRST_FOREIGN_PENDING = """
            select topic, message_key, min(seq)
              from outbox_event
             where published_at is null
               and message_key = any(?)
               and not (seq = any(?))
             group by topic, message_key
            """;

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final int batchSize;
    private final Duration sendTimeout;
    private final OutboxMetrics metrics;

    public OutboxPublisher(DataSource dataSource, Producer<String, byte[]> producer, int batchSize,
            Duration sendTimeout, OutboxMetrics metrics) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.metrics = metrics;
    }

    /** Row of the outbox as the relay needs it. */
    record Row(long seq, UUID id, String topic, String key, String type, String dataschema, String source,
            String subject, UUID agencyId, OffsetDateTime occurredAt, String payload, String traceparent,
            String tracestate, int attempts) {

        KeyRef keyRef() {
            return new KeyRef(topic, key);
        }
    }

    record KeyRef(String topic, String key) {
    }

    /** What one batch did. */
    public record BatchResult(int claimed, int published, int deferred, int failed) {

        static final BatchResult EMPTY = new BatchResult(0, 0, 0, 0);
    }

    /** Publishes up to one batch; call again while {@code claimed == batchSize}. */
    public BatchResult publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BatchResult result = publishBatch(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private BatchResult publishBatch(Connection connection) throws SQLException {
        List<Row> claimed = claim(connection);
        if (claimed.isEmpty()) {
            return BatchResult.EMPTY;
        }
        List<Row> ready = inKeyOrder(claimed, firstForeignPending(connection, claimed));
        Map<Long, String> failures = new LinkedHashMap<>();
        List<Long> published = send(ready, failures);
        markPublished(connection, published);
        markFailed(connection, claimed, failures);
        metrics.published(published.size());
        metrics.failed(failures.size());
        return new BatchResult(claimed.size(), published.size(), claimed.size() - ready.size(), failures.size());
    }

    private List<Row> claim(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, UUID.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getInt(14)));
                }
            }
        }
        return rows;
    }

    private Map<KeyRef, Long> firstForeignPending(Connection connection, List<Row> claimed) throws SQLException {
        Map<KeyRef, Long> firstForeign = new HashMap<>();
        Array keys = connection.createArrayOf("varchar", claimed.stream().map(Row::key).distinct().toArray());
        Array seqs = connection.createArrayOf("bigint", claimed.stream().map(Row::seq).toArray());
        try (PreparedStatement select = connection.prepareStatement(FIRST_FOREIGN_PENDING)) {
            select.setArray(1, keys);
            select.setArray(2, seqs);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    firstForeign.put(new KeyRef(rs.getString(1), rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return firstForeign;
    }

    /**
     * Keeps, for every key, only the claimed rows older than the first pending row of that key
     * that another publisher holds (or that is not claimed yet): sending a younger row first
     * would reorder the key's events.
     */
    static List<Row> inKeyOrder(List<Row> claimed, Map<KeyRef, Long> firstForeignPending) {
        List<Row> ready = new ArrayList<>(claimed.size());
        for (Row row : claimed) {
            Long foreign = firstForeignPending.get(row.keyRef());
            if (foreign == null || row.seq() < foreign) {
                ready.add(row);
            }
        }
        return ready;
    }

    /** Sends in seq order; returns the rows acknowledged, stopping a key at its first failure. */
    private List<Long> send(List<Row> rows, Map<Long, String> failures) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            acks.add(producer.send(toRecord(row)));
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        Set<KeyRef> brokenKeys = new HashSet<>();
        List<Long> published = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String error = awaitAck(acks.get(i), deadline);
            if (error == null && !brokenKeys.contains(row.keyRef())) {
                published.add(row.seq());
            } else if (error != null) {
                brokenKeys.add(row.keyRef());
                failures.put(row.seq(), error);
            }
        }
        return published;
    }

    private static String awaitAck(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (TimeoutException e) {
            return "no acknowledgement from the broker in time";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static ProducerRecord<String, byte[]> toRecord(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, row.id().toString());
        header(headers, CloudEventHeaders.SOURCE, row.source());
        header(headers, CloudEventHeaders.TYPE, row.type());
        header(headers, CloudEventHeaders.SUBJECT, row.subject());
        header(headers, CloudEventHeaders.TIME,
                row.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(headers, CloudEventHeaders.DATASCHEMA, row.dataschema());
        header(headers, CloudEventHeaders.AGENCY_ID, row.agencyId() == null ? null : row.agencyId().toString());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        header(headers, CloudEventHeaders.TRACEPARENT, row.traceparent());
        header(headers, CloudEventHeaders.TRACESTATE, row.tracestate());
        return new ProducerRecord<>(row.topic(), null, row.occurredAt().toInstant().toEpochMilli(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, List<Row> claimed, Map<Long, String> failures)
            throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where seq = ?")) {
            for (Row row : claimed) {
                String error = failures.get(row.seq());
                if (error != null) {
                    update.setString(1, error);
                    update.setLong(2, row.seq());
                    update.addBatch();
                    if (row.attempts() + 1 == 10) {
                        LOG.errorf("Outbox event %s (%s, key %s) failed 10 times and keeps its key waiting: %s",
                                row.id(), row.type(), row.key(), error);
                    }
                }
            }
            update.executeBatch();
        }
        LOG.warnf("Outbox: %d event(s) not acknowledged by the broker, retried on the next sweep: %s",
                failures.size(), failures.values().iterator().next());
    }

    /** Counts and age of what is still waiting, for the lag metrics. */
    public PendingStats pendingStats() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), min(created_at) from outbox_event where published_at is null");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now());
            return new PendingStats(rs.getLong(1), age.isNegative() ? Duration.ZERO : age);
        }
    }

    public record PendingStats(long count, Duration oldestAge) {
    }

    /** Deletes published outbox rows and remembered inbox ids older than their retention. */
    public int housekeeping(Duration outboxRetention, Duration inboxRetention) throws SQLException {
        Instant now = Instant.now();
        return deleteInChunks("""
                delete from outbox_event where seq in (
                    select seq from outbox_event where published_at < ? limit %d)
                """.formatted(HOUSEKEEPING_CHUNK), now.minus(outboxRetention))
                + deleteInChunks("""
                        delete from inbox_event where event_id in (
                            select event_id from inbox_event where handled_at < ? limit %d)
                        """.formatted(HOUSEKEEPING_CHUNK), now.minus(inboxRetention));
    }

    private int deleteInChunks(String sql, Instant before) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            delete.setTimestamp(1, Timestamp.from(before));
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == HOUSEKEEPING_CHUNK);
        }
        return total;
    }
}
