package se.byra.platform.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The relay's SQL on {@code outbox_event}, each statement in a short transaction of its own: no
 * transaction stays open, and no row stays locked, while the broker is being waited for. Every
 * query walks one of the partial indexes of messaging-tables.sql, so its cost depends on the
 * batch, not on how many rows are waiting ({@code OutboxQueryPlanTest} holds it to that).
 */
final class OutboxStore {

    /**
     * The claim must walk the pending index in order and stop after a batch. With a fresh backlog
     * the planner's estimates make it prefer reading every pending row into a bitmap and sorting
     * them, a cost that grows with the backlog (measured: 130 ms per batch at 20 000 rows), so the
     * claim's transaction turns those plans off for itself.
     */
    static final String CLAIM_PLAN = "set local enable_bitmapscan = off; set local enable_seqscan = off; set local enable_sort = off";

    /** Claims and leases in one statement: the rows are locked only until the claim's transaction commits. */
    static final String CLAIM = """
            update outbox_event o
               set lease_owner = ?, lease_until = now() + ? * interval '1 millisecond'
              from (select seq
                      from outbox_event
                     where status = 'PENDING'
                       and (lease_until is null or lease_until < now())
                     order by seq
                     limit ?
                       for update skip locked) c
             where o.seq = c.seq
            returning o.seq, o.id, o.topic, o.message_key, o.type, o.dataschema, o.source, o.subject, o.agency_id,
                      o.occurred_at, o.payload::text, o.traceparent, o.tracestate, o.attempts
            """;

    /**
     * For each key of a batch, the oldest unfinished row of that key which is older than the
     * batch's last row of the key and not in the batch: a row another relay is sending, or one
     * parked or held. The batch's rows of the key behind it must wait.
     */
    static final String OLDEST_FOREIGN_UNFINISHED = """
            select t.topic, t.message_key, f.seq, f.status
              from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as t(topic, message_key, last_seq)
              cross join lateral (
                    select o.seq, o.status
                      from outbox_event o
                     where o.topic = t.topic
                       and o.message_key = t.message_key
                       and o.status in ('PENDING', 'HELD', 'PARKED')
                       and o.seq < t.last_seq
                       and o.seq <> all(?::bigint[])
                     order by o.seq
                     limit 1) f
            """;

    /** Held rows whose key has no parked row before them any more (retried, skipped, or a race with either). */
    static final String RELEASE_HELD = """
            update outbox_event h
               set status = 'PENDING'
             where h.status = 'HELD'
               and not exists (select 1 from outbox_event p
                                where p.topic = h.topic and p.message_key = h.message_key
                                  and p.status = 'PARKED' and p.seq < h.seq)
            """;

    static final String STATS = """
            select (select count(*) from (select seq from outbox_event where status = 'PENDING' order by seq limit ?) p),
                   (select created_at from outbox_event where status = 'PENDING' order by seq limit 1),
                   (select count(*) from outbox_event where status = 'PARKED'),
                   (select count(*) from (select seq from outbox_event where status = 'HELD' order by seq limit ?) h)
            """;

    /** Counts above this are reported as this: the gauges must stay cheap with any backlog. */
    static final int COUNT_CAP = 100_000;

    private final DataSource dataSource;

    OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What one claim took: the rows to send now, in commit order, leased to the caller. */
    record Claim(int claimed, List<OutboxRow> ready, int deferred, int held) {
    }

    /** Where a batch's rows ended up after sending. */
    record Outcome(List<Long> published, Map<Long, String> failed, Map<Long, String> parked, List<Long> unsent) {

        int total() {
            return published.size() + failed.size() + parked.size() + unsent.size();
        }
    }

    /**
     * Claims and leases up to {@code batchSize} pending rows, then gives back those that may not
     * go out now: rows behind a parked row of their key become HELD, rows behind one another relay
     * is sending stay pending. One short transaction: the row locks end with it.
     */
    Claim claim(int batchSize, UUID owner, Duration lease) throws SQLException {
        return inTransaction(connection -> {
            List<OutboxRow> claimed = claimAndLease(connection, batchSize, owner, lease);
            if (claimed.isEmpty()) {
                return new Claim(0, List.of(), 0, 0);
            }
            Map<OutboxRow.KeyRef, Foreign> foreign = oldestForeignUnfinished(connection, claimed);
            List<OutboxRow> ready = new ArrayList<>(claimed.size());
            List<Long> held = new ArrayList<>();
            List<Long> deferred = new ArrayList<>();
            for (OutboxRow row : claimed) {
                Foreign blocker = foreign.get(row.keyRef());
                if (blocker == null || row.seq() < blocker.seq()) {
                    ready.add(row);
                } else if ("PENDING".equals(blocker.status())) {
                    deferred.add(row.seq());
                } else {
                    held.add(row.seq());
                }
            }
            update(connection, "update outbox_event set lease_owner = null, lease_until = null where seq = any(?)",
                    deferred);
            update(connection, "update outbox_event set status = 'HELD', lease_owner = null, lease_until = null"
                    + " where seq = any(?)", held);
            return new Claim(claimed.size(), ready, deferred.size(), held.size());
        });
    }

    /** Records what the broker said about a batch and gives up the lease on all of it. */
    void record(Outcome outcome, UUID owner) throws SQLException {
        inTransaction(connection -> {
            update(connection, """
                    update outbox_event set status = 'PUBLISHED', published_at = now(), finished_at = now(),
                           attempts = attempts + 1, last_error = null, lease_owner = null, lease_until = null
                     where seq = any(?)""", outcome.published());
            updateEach(connection, """
                    update outbox_event set attempts = attempts + 1, last_error = ?, lease_owner = null,
                           lease_until = null
                     where seq = ?""", outcome.failed());
            updateEach(connection, """
                    update outbox_event set status = 'PARKED', parked_at = now(), attempts = attempts + 1,
                           last_error = ?, lease_owner = null, lease_until = null
                     where seq = ?""", outcome.parked());
            update(connection, "update outbox_event set lease_owner = null, lease_until = null"
                    + " where seq = any(?) and lease_owner = ?", outcome.unsent(), owner);
            return null;
        });
    }

    int releaseHeld() throws SQLException {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(RELEASE_HELD)) {
                return update.executeUpdate();
            }
        });
    }

    /** What the gauges show; counts are capped at {@link #COUNT_CAP}. */
    record Stats(long pending, Duration oldestPendingAge, long parked, long held) {
    }

    Stats stats() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(STATS)) {
            select.setInt(1, COUNT_CAP);
            select.setInt(2, COUNT_CAP);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(2);
                Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now());
                return new Stats(rs.getLong(1), age.isNegative() ? Duration.ZERO : age, rs.getLong(3), rs.getLong(4));
            }
        }
    }

    /** A parked event as the operator sees it. */
    record ParkedEvent(UUID id, String topic, String key, String type, Instant occurredAt, Instant parkedAt,
            int attempts, String lastError, long heldBehind) {
    }

    List<ParkedEvent> parked(int page, int size) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select p.id, p.topic, p.message_key, p.type, p.occurred_at, p.parked_at, p.attempts,
                               p.last_error,
                               (select count(*) from outbox_event h
                                 where h.topic = p.topic and h.message_key = p.message_key
                                   and h.status in ('PENDING', 'HELD', 'PARKED') and h.seq > p.seq)
                          from outbox_event p
                         where p.status = 'PARKED'
                         order by p.seq
                         limit ? offset ?""")) {
            select.setInt(1, size);
            select.setLong(2, (long) page * size);
            List<ParkedEvent> parked = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    parked.add(new ParkedEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7), rs.getString(8),
                            rs.getLong(9)));
                }
            }
            return parked;
        }
    }

    long parkedCount() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from outbox_event where status = 'PARKED'");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * An operator's decision on a parked event: send it again (after a fix), or never send it.
     * Either way the rows held behind it are released. Empty when no parked event has that id.
     */
    Optional<String> resolveParked(UUID id, boolean skip) throws SQLException {
        return inTransaction(connection -> {
            String key;
            String topic;
            try (PreparedStatement update = connection.prepareStatement(skip
                    ? "update outbox_event set status = 'SKIPPED', finished_at = now() where id = ? and status = 'PARKED'"
                            + " returning topic, message_key"
                    : "update outbox_event set status = 'PENDING', parked_at = null where id = ? and status = 'PARKED'"
                            + " returning topic, message_key")) {
                update.setObject(1, id);
                try (ResultSet rs = update.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    topic = rs.getString(1);
                    key = rs.getString(2);
                }
            }
            try (PreparedStatement release = connection.prepareStatement("""
                    update outbox_event set status = 'PENDING'
                     where topic = ? and message_key = ? and status = 'HELD'""")) {
                release.setString(1, topic);
                release.setString(2, key);
                release.executeUpdate();
            }
            return Optional.of(key);
        });
    }

    private static List<OutboxRow> claimAndLease(Connection connection, int batchSize, UUID owner, Duration lease)
            throws SQLException {
        try (Statement plan = connection.createStatement()) {
            plan.execute(CLAIM_PLAN);
        }
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setObject(1, owner);
            select.setLong(2, lease.toMillis());
            select.setInt(3, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getObject(9, UUID.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                            rs.getString(12), rs.getString(13), rs.getInt(14)));
                }
            }
        }
        // RETURNING keeps no order; the batch goes out in commit order
        rows.sort(java.util.Comparator.comparingLong(OutboxRow::seq));
        return rows;
    }

    private record Foreign(long seq, String status) {
    }

    private static Map<OutboxRow.KeyRef, Foreign> oldestForeignUnfinished(Connection connection, List<OutboxRow> claimed)
            throws SQLException {
        Map<OutboxRow.KeyRef, Long> lastSeq = new HashMap<>();
        for (OutboxRow row : claimed) {
            lastSeq.merge(row.keyRef(), row.seq(), Math::max);
        }
        List<OutboxRow.KeyRef> keys = new ArrayList<>(lastSeq.keySet());
        Map<OutboxRow.KeyRef, Foreign> foreign = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(OLDEST_FOREIGN_UNFINISHED)) {
            select.setArray(1, connection.createArrayOf("varchar", keys.stream().map(OutboxRow.KeyRef::topic).toArray()));
            select.setArray(2, connection.createArrayOf("varchar", keys.stream().map(OutboxRow.KeyRef::key).toArray()));
            select.setArray(3, connection.createArrayOf("bigint", keys.stream().map(lastSeq::get).toArray()));
            select.setArray(4, connection.createArrayOf("bigint", seqs(claimed).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    foreign.put(new OutboxRow.KeyRef(rs.getString(1), rs.getString(2)),
                            new Foreign(rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return foreign;
    }

    private static List<Long> seqs(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::seq).toList();
    }

    /** Runs an update on the rows {@code seqs} (its first parameter), then {@code more}; nothing when there are none. */
    private static void update(Connection connection, String sql, List<Long> seqs, Object... more) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            for (int i = 0; i < more.length; i++) {
                update.setObject(i + 2, more[i]);
            }
            update.executeUpdate();
        }
    }

    private static void updateEach(Connection connection, String sql, Map<Long, String> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, String> error : errors.entrySet()) {
                update.setString(1, error.getValue());
                update.setLong(2, error.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
