package se.byra.platform.messaging.housekeeping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Deletes finished outbox rows and remembered inbox ids older than their retention, in batches
 * that each commit on their own (no long transaction, no long lock), and only while it holds a
 * PostgreSQL advisory lock: of several replicas on one database, one runs at a time.
 */
public final class Housekeeper {

    /** Advisory lock key ("msg-hkpg" as a bigint), the same in every replica of a service. */
    public static final long LOCK = 0x6d73672d686b7067L;

    // "= any(array(...))" rather than "in (...)": PostgreSQL then looks each id up by the primary
    // key instead of scanning the table to join it with the batch (OutboxQueryPlanTest)
    public static final String DELETE_OUTBOX = """
            delete from outbox_event where seq = any(array(
                select seq from outbox_event where finished_at < ? order by finished_at limit ?))""";
    public static final String DELETE_INBOX = """
            delete from inbox_event where event_id = any(array(
                select event_id from inbox_event where handled_at < ? order by handled_at limit ?))""";

    private final DataSource dataSource;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private final int batchSize;

    public Housekeeper(DataSource dataSource, Duration outboxRetention, Duration inboxRetention, int batchSize) {
        this.dataSource = dataSource;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
        this.batchSize = batchSize;
    }

    /** What one run did; {@code ran} is false when another replica held the lock. */
    public record Result(boolean ran, long outboxDeleted, long inboxDeleted) {
    }

    public Result run() throws SQLException {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!advisoryLock(connection, "select pg_try_advisory_lock(?)")) {
                return new Result(false, 0, 0);
            }
            try {
                long outbox = deleteInBatches(connection, DELETE_OUTBOX, now.minus(outboxRetention));
                long inbox = deleteInBatches(connection, DELETE_INBOX, now.minus(inboxRetention));
                return new Result(true, outbox, inbox);
            } finally {
                advisoryLock(connection, "select pg_advisory_unlock(?)");
            }
        }
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private long deleteInBatches(Connection connection, String sql, Instant before) throws SQLException {
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.setInt(2, batchSize);
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == batchSize && !Thread.currentThread().isInterrupted());
        }
        return total;
    }
}
