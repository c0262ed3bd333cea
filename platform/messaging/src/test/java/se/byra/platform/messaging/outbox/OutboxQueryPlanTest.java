package se.byra.platform.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.platform.testkit.QueryPlans.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.platform.messaging.housekeeping.Housekeeper;

/**
 * The relay's statements walk an index, never the whole table, so a batch costs the same with any
 * backlog (docs/benchmarks.md has the figures). PostgreSQL's own plans are asserted, on a table
 * shaped like a backlog (many pending rows on many keys, more published ones, a few parked and held),
 * analysed, as autovacuum leaves it.
 */
class OutboxQueryPlanTest {

    private static OutboxFixture outbox;

    @BeforeAll
    static void backlog() throws SQLException {
        outbox = new OutboxFixture("messaging_plans");
        outbox.execute("""
                insert into outbox_event (id, topic, message_key, type, dataschema, source, occurred_at, payload,
                                          status, published_at, finished_at)
                select gen_random_uuid(), 'plan.events', 'key-' || (n % 5000), 'se.byra.test.Counted', 'd', 's', now(),
                       '{}'::jsonb,
                       case when n <= 50000 then 'PENDING' when n <= 50005 then 'PARKED' when n <= 50100 then 'HELD'
                            else 'PUBLISHED' end,
                       case when n > 50100 then now() end, case when n > 50100 then now() end
                  from generate_series(1, 120000) n""");
        outbox.execute("""
                insert into inbox_event (event_id, type, topic, kafka_partition, kafka_offset, handled_at)
                select gen_random_uuid(), 't', 'plan.events', 0, n, now() - interval '40 days' * random()
                  from generate_series(1, 50000) n""");
        outbox.execute("analyze outbox_event");
        outbox.execute("analyze inbox_event");
    }

    @Test
    void claimingWalksThePendingIndexInOrderAndStopsAfterTheBatch() throws SQLException {
        JsonNode plan = plan(OutboxStore.CLAIM_PLAN, OutboxStore.CLAIM, UUID.randomUUID(), 120_000L, 200);

        assertThat(nodes(plan, "Seq Scan")).isEmpty();
        assertThat(nodes(plan, "Bitmap Heap Scan")).as("reads every pending row%n%s", plan.toPrettyString()).isEmpty();
        assertThat(nodes(plan, "Sort")).as("sorts every pending row%n%s", plan.toPrettyString()).isEmpty();
    }

    @Test
    void theOrderingGuardLooksUpEachKeyInItsIndex() throws SQLException {
        try (Connection connection = outbox.dataSource.getConnection()) {
            List<Object> seqs = new ArrayList<>();
            for (long seq = 1; seq <= 200; seq++) {
                seqs.add(seq);
            }
            assertNoFullScan(OutboxStore.OLDEST_FOREIGN_UNFINISHED,
                    connection.createArrayOf("varchar", new Object[] {"plan.events", "plan.events"}),
                    connection.createArrayOf("varchar", new Object[] {"key-1", "key-2"}),
                    connection.createArrayOf("bigint", new Object[] {190L, 200L}),
                    connection.createArrayOf("bigint", seqs.toArray()));
        }
    }

    @Test
    void theGaugesAndTheReleaseOfHeldRowsReadOnlyTheirIndexes() throws SQLException {
        assertNoFullScan(OutboxStore.STATS, OutboxStore.COUNT_CAP, OutboxStore.COUNT_CAP);
        assertNoFullScan(OutboxStore.RELEASE_HELD);
    }

    @Test
    void housekeepingFindsOldRowsByIndex() throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        assertNoFullScan(Housekeeper.DELETE_OUTBOX, now, 5000);
        assertNoFullScan(Housekeeper.DELETE_INBOX, Timestamp.from(Instant.now().minus(Duration.ofDays(30))), 5000);
    }

    @Test
    void theOperatorsListOfParkedEventsReadsOnlyParkedRows() throws SQLException {
        assertNoFullScan("select count(*) from outbox_event where status = 'PARKED'");
        assertNoFullScan("""
                select p.id, (select count(*) from outbox_event h
                                where h.topic = p.topic and h.message_key = p.message_key
                                  and h.status in ('PENDING', 'HELD', 'PARKED') and h.seq > p.seq)
                  from outbox_event p where p.status = 'PARKED' order by p.seq limit 20""");
    }

    private static void assertNoFullScan(String sql, Object... parameters) throws SQLException {
        JsonNode plan = plan(null, sql, parameters);
        assertThat(nodes(plan, "Seq Scan")).as("full table scans in the plan of %s%n%s", sql, plan.toPrettyString())
                .isEmpty();
    }

    /** PostgreSQL's plan of a statement, after the settings the statement's transaction makes. */
    private static JsonNode plan(String settings, String sql, Object... parameters) throws SQLException {
        try (Connection connection = outbox.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (settings != null) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(settings);
                    }
                }
                try (PreparedStatement explain = connection.prepareStatement("explain (format json) " + sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        explain.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rs = explain.executeQuery()) {
                        rs.next();
                        return new ObjectMapper().readTree(rs.getString(1));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            } finally {
                connection.rollback();
            }
        }
    }
}
