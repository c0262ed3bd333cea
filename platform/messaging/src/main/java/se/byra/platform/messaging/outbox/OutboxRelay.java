package se.byra.platform.messaging.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import se.byra.platform.messaging.MessagingConfig;
import se.byra.platform.transactions.WakeUps;
import se.byra.platform.messaging.kafka.KafkaClientProperties;

/**
 * Runs the {@link OutboxPublisher} on one thread of its own: woken right after a transaction
 * that wrote events commits, and on a sweep for anything a wake-up missed (a crash after commit,
 * the broker being away). While the broker does not take events the relay pauses, doubling the
 * pause up to {@code max-backoff}, instead of sending the backlog into a broker that is not there.
 * The gauges come from a timer of their own, with queries whose cost does not grow with the backlog.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    MessagingConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final WakeUps wakeUps = new WakeUps(this::drain);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong held = new AtomicLong();
    private volatile ScheduledExecutorService relay;
    private volatile ScheduledExecutorService stats;
    private volatile Producer<String, byte[]> producer;
    private volatile OutboxPublisher publisher;
    /** While the broker does not take events: when the next attempt may start, and the pause after it. */
    private volatile long pausedUntil;
    private volatile Duration backoff = Duration.ZERO;

    void start(@Observes StartupEvent event) {
        MessagingConfig.Outbox outbox = config.outbox();
        if (!outbox.relayEnabled()) {
            LOG.info("Outbox relay disabled on this replica (platform.messaging.outbox.relay-enabled=false)");
            return;
        }
        pausedUntil = System.nanoTime();
        producer = new KafkaProducer<>(producerProperties(outbox));
        publisher = new OutboxPublisher(dataSource, producer,
                new OutboxPublisher.Settings(outbox.batchSize(), outbox.lease(), outbox.sendTimeout().plusSeconds(5)),
                metrics());
        Gauge.builder("outbox.events.pending", pending, AtomicLong::get)
                .description("Events waiting to be published (counted up to 100 000)").register(registry);
        Gauge.builder("outbox.lag.seconds", lagSeconds, AtomicLong::get)
                .description("Age of the oldest event waiting to be published").register(registry);
        Gauge.builder("outbox.parked.events", parked, AtomicLong::get)
                .description("Events the broker refuses, waiting for an operator; alert when above 0").register(registry);
        Gauge.builder("outbox.held.events", held, AtomicLong::get)
                .description("Events waiting behind a parked event of their key").register(registry);
        relay = Executors.newSingleThreadScheduledExecutor(daemon("outbox-relay"));
        relay.scheduleWithFixedDelay(this::sweep, 0, outbox.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
        stats = Executors.newSingleThreadScheduledExecutor(daemon("outbox-stats"));
        stats.scheduleWithFixedDelay(this::refreshStats, 0, outbox.statsInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (relay == null) {
            return;
        }
        stats.shutdownNow();
        relay.shutdown();
        try {
            // a batch in flight ends within one delivery timeout; its outcome is then recorded
            if (!relay.awaitTermination(config.outbox().sendTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS)) {
                relay.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks for a drain as soon as possible; wake-ups that arrive while one is queued are merged. */
    public void wake() {
        wakeUps.wake(relay);
    }

    /** The publisher, for the operator endpoints; null on a replica without a relay. */
    OutboxPublisher publisher() {
        return publisher;
    }

    private void sweep() {
        try {
            publisher.releaseHeld();
        } catch (Exception e) {
            LOG.warnf("Outbox relay could not release held events (tried again on the next sweep): %s", e.toString());
        }
        drain();
    }

    private void drain() {
        if (System.nanoTime() - pausedUntil < 0) {
            return;
        }
        int batchSize = config.outbox().batchSize();
        try {
            OutboxPublisher.BatchResult result;
            do {
                result = publisher.publishBatch();
            } while (result.moreWaiting(batchSize));
            if (result.failed() > 0) {
                pause();
            } else if (!backoff.isZero()) {
                LOG.info("Outbox relay publishes again");
                backoff = Duration.ZERO;
            }
        } catch (Exception e) {
            // the database is away or refused a statement: the rows stay in the outbox
            LOG.warnf("Outbox relay could not publish (tried again after a pause): %s", e.toString());
            pause();
        }
    }

    private void pause() {
        Duration sweep = config.outbox().sweepInterval();
        Duration next = backoff.isZero() ? sweep : backoff.multipliedBy(2);
        backoff = next.compareTo(config.outbox().maxBackoff()) > 0 ? config.outbox().maxBackoff() : next;
        pausedUntil = System.nanoTime() + backoff.toNanos();
        LOG.debugf("Outbox relay pauses %s", backoff);
    }

    private void refreshStats() {
        try {
            OutboxStore.Stats current = publisher.store().stats();
            pending.set(current.pending());
            lagSeconds.set(current.oldestPendingAge().toSeconds());
            parked.set(current.parked());
            held.set(current.held());
        } catch (Exception e) {
            LOG.debugf("Outbox gauges not refreshed: %s", e.toString());
        }
    }

    private OutboxMetrics metrics() {
        Counter published = Counter.builder("outbox.events.published").description("Events the broker acknowledged")
                .register(registry);
        Counter failed = Counter.builder("outbox.events.failed")
                .description("Sends that failed for a passing reason; retried").register(registry);
        Counter parkedTotal = Counter.builder("outbox.events.parked.total")
                .description("Events parked because the broker refuses them").register(registry);
        Timer claim = batchTimer("claim");
        Timer send = batchTimer("send");
        Timer record = batchTimer("record");
        return new OutboxMetrics() {
            @Override
            public void published(int count) {
                published.increment(count);
            }

            @Override
            public void failed(int count) {
                failed.increment(count);
            }

            @Override
            public void parked(int count) {
                parkedTotal.increment(count);
            }

            @Override
            public void batch(Duration claimed, Duration sent, Duration recorded) {
                claim.record(claimed);
                send.record(sent);
                record.record(recorded);
            }
        };
    }

    /** Where a batch's time goes: the two short transactions, and the wait for the broker between them. */
    private Timer batchTimer(String phase) {
        return Timer.builder("outbox.batch").tag("phase", phase)
                .description("Time of one relay batch, by phase: claim (and lease), send (all waves), record")
                .register(registry);
    }

    private Map<String, Object> producerProperties(MessagingConfig.Outbox outbox) {
        return RelayProducer.properties(KafkaClientProperties.select(kafkaConfig, ProducerConfig.configNames()),
                applicationName + "-outbox-relay", outbox.sendTimeout(),
                outbox.maxBlock());
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
