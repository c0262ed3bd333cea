package se.byra.platform.messaging.outbox;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Publishes one batch of outbox rows, so that each key's events reach the topic once each and in
 * order whatever fails:
 *
 * <ol>
 * <li>claim and lease the rows in a short transaction ({@link OutboxStore#claim}); no lock or
 * transaction is held while the broker answers;</li>
 * <li>send in <em>waves</em>: a wave holds at most one row per key, and a key's next row goes out
 * only after the broker acknowledged the previous one. Sending a key's rows together would be
 * faster, but when one of them fails the producer lets the later ones through (it renumbers or
 * re-sends them), and the topic would hold the key's events out of order;</li>
 * <li>record the outcome in a second short transaction: acknowledged rows are published; a row the
 * broker refuses for good (too large, invalid) is <em>parked</em> and holds its key until an
 * operator retries or skips it; a row that failed for a passing reason (broker away, timeout)
 * stays pending, and the caller backs off.</li>
 * </ol>
 *
 * <p>Delivery is at least once: a crash after the acknowledgement and before the second
 * transaction, or a lease that runs out mid-send, sends a row again, which the consumers' inbox
 * absorbs. Safe with several publishers on one database.
 */
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    private final OutboxStore store;
    private final Producer<String, byte[]> producer;
    private final Settings settings;
    private final OutboxMetrics metrics;
    private final UUID owner = UUID.randomUUID();

    /**
     * @param batchSize rows claimed per transaction
     * @param lease how long claimed rows belong to this publisher; past half of it no further wave
     *        starts, so a slow broker cannot make another relay send the same rows
     * @param ackTimeout the longest wait for one acknowledgement; the producer's delivery timeout
     *        already bounds it, this is a guard against a stuck client
     */
    public record Settings(int batchSize, Duration lease, Duration ackTimeout) {
    }

    public OutboxPublisher(DataSource dataSource, Producer<String, byte[]> producer, Settings settings,
            OutboxMetrics metrics) {
        this.store = new OutboxStore(dataSource);
        this.producer = producer;
        this.settings = settings;
        this.metrics = metrics;
    }

    /**
     * What one batch did.
     *
     * @param claimed rows taken from the queue
     * @param deferred rows left pending because another relay is sending an older row of their key
     * @param held rows set aside behind a parked row of their key
     * @param failed rows the broker did not take for a passing reason; worth backing off
     */
    public record BatchResult(int claimed, int published, int deferred, int held, int parked, int failed) {

        /** Whether the queue may hold more right away: the batch was full and went out. */
        public boolean moreWaiting(int batchSize) {
            return claimed == batchSize && failed == 0 && published + parked + held > 0;
        }
    }

    /** Publishes up to one batch; call again while {@link BatchResult#moreWaiting}. */
    public BatchResult publishBatch() throws SQLException {
        long start = System.nanoTime();
        OutboxStore.Claim claim = store.claim(settings.batchSize(), owner, settings.lease());
        long claimed = System.nanoTime();
        if (claim.ready().isEmpty()) {
            metrics.batch(Duration.ofNanos(claimed - start), Duration.ZERO, Duration.ZERO);
            return new BatchResult(claim.claimed(), 0, claim.deferred(), claim.held(), 0, 0);
        }
        OutboxStore.Outcome outcome = send(claim.ready());
        long sent = System.nanoTime();
        store.record(outcome, owner);
        metrics.batch(Duration.ofNanos(claimed - start), Duration.ofNanos(sent - claimed),
                Duration.ofNanos(System.nanoTime() - sent));
        metrics.published(outcome.published().size());
        metrics.failed(outcome.failed().size());
        metrics.parked(outcome.parked().size());
        logFailures(claim.ready(), outcome);
        return new BatchResult(claim.claimed(), outcome.published().size(), claim.deferred(), claim.held(),
                outcome.parked().size(), outcome.failed().size());
    }

    /** Gives the rows held behind parked rows that an operator resolved back to the queue. */
    public int releaseHeld() throws SQLException {
        return store.releaseHeld();
    }

    OutboxStore store() {
        return store;
    }

    private OutboxStore.Outcome send(List<OutboxRow> rows) {
        Map<OutboxRow.KeyRef, Deque<OutboxRow>> byKey = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            byKey.computeIfAbsent(row.keyRef(), k -> new ArrayDeque<>()).add(row);
        }
        List<Long> published = new ArrayList<>(rows.size());
        Map<Long, String> failed = new LinkedHashMap<>();
        Map<Long, String> parked = new LinkedHashMap<>();
        long leaseHalf = System.nanoTime() + settings.lease().toNanos() / 2;
        Set<OutboxRow.KeyRef> stopped = new HashSet<>();
        List<OutboxRow> wave = nextWave(byKey, stopped);
        while (!wave.isEmpty()) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(wave.size());
            for (OutboxRow row : wave) {
                acks.add(sendOne(row));
            }
            for (int i = 0; i < wave.size(); i++) {
                OutboxRow row = wave.get(i);
                Throwable error = awaitAck(acks.get(i));
                if (error == null) {
                    published.add(row.seq());
                    continue;
                }
                // the key stops here: its later rows stay unsent in this batch
                stopped.add(row.keyRef());
                (unpublishable(error) ? parked : failed).put(row.seq(), describe(error));
            }
            // a passing failure is the broker's, not the row's: the other keys would only wait for it too
            if (!failed.isEmpty() || System.nanoTime() > leaseHalf) {
                break;
            }
            wave = nextWave(byKey, stopped);
        }
        List<Long> unsent = new ArrayList<>();
        byKey.values().forEach(rest -> rest.forEach(row -> unsent.add(row.seq())));
        return new OutboxStore.Outcome(published, failed, parked, unsent);
    }

    /** The first unsent row of every key that still has one, in commit order. */
    private static List<OutboxRow> nextWave(Map<OutboxRow.KeyRef, Deque<OutboxRow>> byKey,
            Set<OutboxRow.KeyRef> stopped) {
        List<OutboxRow> wave = new ArrayList<>(byKey.size());
        for (Map.Entry<OutboxRow.KeyRef, Deque<OutboxRow>> key : byKey.entrySet()) {
            OutboxRow next = stopped.contains(key.getKey()) ? null : key.getValue().poll();
            if (next != null) {
                wave.add(next);
            }
        }
        wave.sort(Comparator.comparingLong(OutboxRow::seq));
        return wave;
    }

    private Future<RecordMetadata> sendOne(OutboxRow row) {
        try {
            return producer.send(row.toRecord());
        } catch (RuntimeException e) {
            // the client refused it before it got a sequence number (size, serialization, metadata)
            return CompletableFuture.failedFuture(e);
        }
    }

    private Throwable awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return new org.apache.kafka.common.errors.TimeoutException("no acknowledgement from the broker in "
                    + settings.ackTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /**
     * Whether the broker or the client will refuse this record however often it is sent. Anything
     * else (timeouts, a broker away, missing rights) can pass, so the row waits and is retried.
     */
    static boolean unpublishable(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException || error instanceof InvalidTopicException
                || error instanceof SerializationException;
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static void logFailures(List<OutboxRow> rows, OutboxStore.Outcome outcome) {
        for (OutboxRow row : rows) {
            String reason = outcome.parked().get(row.seq());
            if (reason != null) {
                LOG.errorf("Outbox event %s (%s, topic %s, key %s) is parked: the broker refuses it (%s). "
                        + "Its key's later events wait until an operator retries or skips it.",
                        row.id(), row.type(), row.topic(), row.key(), reason);
            }
        }
        if (!outcome.failed().isEmpty()) {
            OutboxRow first = rows.stream().filter(row -> outcome.failed().containsKey(row.seq())).findFirst()
                    .orElseThrow();
            String message = "Outbox: %d event(s) not acknowledged by the broker, kept and retried after a pause "
                    + "(first: %s, attempt %d): %s";
            if (first.attempts() == 0) {
                LOG.warnf(message, outcome.failed().size(), first.id(), first.attempts() + 1,
                        outcome.failed().get(first.seq()));
            } else {
                LOG.debugf(message, outcome.failed().size(), first.id(), first.attempts() + 1,
                        outcome.failed().get(first.seq()));
            }
        }
    }
}
