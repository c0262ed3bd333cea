package se.byra.platform.messaging.housekeeping;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.byra.platform.messaging.MessagingConfig;

/**
 * Runs the {@link Housekeeper} on every replica, whether it runs a relay or only consumes (one
 * replica at a time gets the lock). On a thread of its own, so deleting never delays publishing,
 * and not at start-up: the first run comes after a random part of the interval, so replicas
 * rolled out together do not line up.
 */
@ApplicationScoped
public class MessagingHousekeeping {

    private static final Logger LOG = Logger.getLogger(MessagingHousekeeping.class);
    @Inject
    MessagingConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    private volatile ScheduledExecutorService executor;
    private Housekeeper housekeeper;
    private Counter deletedOutbox;
    private Counter deletedInbox;

    void start(@Observes StartupEvent event) {
        MessagingConfig.Housekeeping housekeeping = config.housekeeping();
        if (!housekeeping.enabled()) {
            return;
        }
        deletedOutbox = Counter.builder("messaging.housekeeping.deleted").tag("table", "outbox_event")
                .description("Old rows deleted by housekeeping").register(registry);
        deletedInbox = Counter.builder("messaging.housekeeping.deleted").tag("table", "inbox_event")
                .description("Old rows deleted by housekeeping").register(registry);
        housekeeper = new Housekeeper(dataSource, config.outbox().retention(), config.consumer().inboxRetention(),
                housekeeping.batchSize());
        long interval = housekeeping.interval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "messaging-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runQuietly, ThreadLocalRandom.current().nextLong(interval / 2, interval + 1),
                interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            run();
        } catch (Exception e) {
            LOG.warnf("Messaging housekeeping failed (tried again at the next interval): %s", e.toString());
        }
    }

    /** One run now, unless another replica is running one. */
    public Housekeeper.Result run() throws SQLException {
        Housekeeper.Result result = housekeeper.run();
        if (!result.ran()) {
            LOG.debug("Messaging housekeeping runs on another replica; skipped here");
            return result;
        }
        deletedOutbox.increment(result.outboxDeleted());
        deletedInbox.increment(result.inboxDeleted());
        if (result.outboxDeleted() + result.inboxDeleted() > 0) {
            LOG.infof("Messaging housekeeping deleted %d outbox and %d inbox rows", result.outboxDeleted(),
                    result.inboxDeleted());
        }
        return result;
    }
}
