package se.byra.platform.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import se.byra.platform.messaging.MessagingConfig;
import se.byra.platform.messaging.kafka.KafkaClientProperties;

/**
 * Runs the {@link OutboxPublisher} on one thread of its own: woken right after a transaction
 * that wrote events commits, and on a fixed sweep for anything a wake-up missed (a crash after
 * commit, the broker being away). Also runs the outbox and inbox housekeeping.
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

    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicLong pendingCount = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private volatile ScheduledExecutorService executor;
    private volatile Producer<String, byte[]> producer;
    private volatile OutboxPublisher publisher;
    private volatile Instant lastHousekeeping = Instant.EPOCH;
    private volatile boolean brokerTrouble;

    void start(@Observes StartupEvent event) {
        MessagingConfig.Outbox outbox = config.outbox();
        if (!outbox.relayEnabled()) {
            LOG.info("Outbox relay disabled on this replica (platform.messaging.outbox.relay-enabled=false)");
            return;
        }
        producer = new KafkaProducer<>(producerProperties(outbox));
        Counter published = Counter.builder("outbox.events.published").description("Events the broker acknowledged")
                .register(registry);
        Counter failed = Counter.builder("outbox.events.failed").description("Send attempts that failed; retried")
                .register(registry);
        registry.gauge("outbox.events.pending", pendingCount);
        registry.gauge("outbox.lag.seconds", oldestPendingSeconds);
        publisher = new OutboxPublisher(dataSource, producer, outbox.batchSize(), outbox.sendTimeout(),
                new OutboxMetrics() {
                    @Override
                    public void published(int count) {
                        published.increment(count);
                    }

                    @Override
                    public void failed(int count) {
                        failed.increment(count);
                    }
                });
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long sweep = outbox.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, 0, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(config.outbox().sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks for a drain as soon as possible; wake-ups that arrive while one is queued are merged. */
    public void wake() {
        ScheduledExecutorService running = executor;
        if (running == null || !wakePending.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                wakePending.set(false);
                drain();
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the next start's sweep publishes what is left
            wakePending.set(false);
        }
    }

    private void sweep() {
        drain();
        housekeepingIfDue();
    }

    private void drain() {
        try {
            OutboxPublisher.BatchResult result;
            do {
                result = publisher.publishBatch();
            } while (result.claimed() == config.outbox().batchSize() && result.failed() == 0
                    && result.published() > 0);
            if (brokerTrouble && result.failed() == 0) {
                LOG.info("Outbox relay publishes again");
            }
            brokerTrouble = result.failed() > 0;
            OutboxPublisher.PendingStats stats = publisher.pendingStats();
            pendingCount.set(stats.count());
            oldestPendingSeconds.set(stats.oldestAge().toSeconds());
        } catch (Exception e) {
            // the next sweep tries again; the rows stay in the outbox
            LOG.warnf("Outbox relay could not publish (retried on the next sweep): %s", e.toString());
        }
    }

    private void housekeepingIfDue() {
        Instant now = Instant.now();
        if (Duration.between(lastHousekeeping, now).compareTo(config.outbox().housekeepingInterval()) < 0) {
            return;
        }
        lastHousekeeping = now;
        try {
            int deleted = publisher.housekeeping(config.outbox().retention(), config.consumer().inboxRetention());
            if (deleted > 0) {
                LOG.debugf("Messaging housekeeping deleted %d old outbox/inbox rows", deleted);
            }
        } catch (Exception e) {
            LOG.warnf("Messaging housekeeping failed (tried again later): %s", e.toString());
        }
    }

    private Map<String, Object> producerProperties(MessagingConfig.Outbox outbox) {
        Map<String, Object> props = KafkaClientProperties.select(kafkaConfig, ProducerConfig.configNames());
        int sendTimeout = (int) outbox.sendTimeout().toMillis();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', ' ').trim() + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(sendTimeout, 5000));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(sendTimeout, 5010));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }
}
