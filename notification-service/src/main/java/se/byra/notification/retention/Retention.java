package se.byra.notification.retention;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import se.byra.notification.NotificationConfig;
import se.byra.platform.transactions.PollingWorker;

/**
 * Deletes old notifications and e-mail deliveries by the rules of {@code notification.retention.*}: every
 * {@code every}, on every replica, each rule in batches of {@code batch-size} rows, one transaction each, so a sweep
 * never holds many locks for long. A delivery still pending (waiting or retrying) is never taken. No other table
 * refers to these rows (a notification and its e-mail share only their event's key, not a foreign key), so each
 * goes on its own.
 *
 * <p>Two replicas sweeping at once share the work: a batch locks the rows it takes {@code FOR UPDATE SKIP LOCKED},
 * so the other replica takes the next ones instead of waiting, and a row can only be deleted once (one already
 * gone is not found again). The lock also settles a race with a resend: an administrator's resend locks the failed
 * delivery first and the sweep skips it (it is pending afterwards), or the sweep deletes it first and the resend
 * finds none (404).
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** One rule: the rows of a table that go, oldest first, when their time is older than the configured age. */
    public enum Rule {
        READ_NOTIFICATIONS("read-notifications", "notification", "read_at is not null", "created_at",
                NotificationConfig.Retention::readNotifications),
        // read ones this old went by the rule above (unread-notifications is at least read-notifications)
        UNREAD_NOTIFICATIONS("unread-notifications", "notification", "read_at is null", "created_at",
                NotificationConfig.Retention::unreadNotifications),
        SENT_DELIVERIES("sent-deliveries", "email_delivery", "status = 'SENT'", "sent_at",
                NotificationConfig.Retention::sentDeliveries),
        FAILED_DELIVERIES("failed-deliveries", "email_delivery", "status = 'FAILED'", "last_attempt_at",
                NotificationConfig.Retention::failedDeliveries);

        /** Its name in the configuration and the metric's tag. */
        public final String key;
        private final String delete;
        private final Function<NotificationConfig.Retention, Duration> age;

        Rule(String key, String table, String which, String time, Function<NotificationConfig.Retention, Duration> age) {
            this.key = key;
            this.age = age;
            // each rule walks its own partial index (V4__retention.sql); "= any(array(...))" looks the batch up by
            // the primary key rather than joining the table with it
            this.delete = "delete from " + table + " where id = any(array(select id from " + table + " where "
                    + which + " and " + time + " < now() - make_interval(secs => ?1) order by " + time
                    + " limit ?2 for update skip locked))";
        }
    }

    /** What one sweep deleted, by rule. */
    public record Swept(Map<Rule, Long> deleted) {

        public long of(Rule rule) {
            return deleted.getOrDefault(rule, 0L);
        }

        public long total() {
            return deleted.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final PollingWorker worker = new PollingWorker("notification-retention", this::round);
    private final Map<Rule, Counter> deleted = new EnumMap<>(Rule.class);
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        NotificationConfig.Retention retention = config.retention();
        for (Rule rule : Rule.values()) {
            if (rule.age.apply(retention).isNegative() || rule.age.apply(retention).isZero()) {
                throw new IllegalStateException("notification.retention." + rule.key + " must be longer than 0, is "
                        + rule.age.apply(retention));
            }
            deleted.put(rule, Counter.builder("notification.retention.deleted").tag("rule", rule.key)
                    .description("Old notifications and e-mail deliveries deleted by the retention sweep")
                    .register(registry));
        }
        if (retention.unreadNotifications().compareTo(retention.readNotifications()) < 0) {
            throw new IllegalStateException("notification.retention.unread-notifications ("
                    + retention.unreadNotifications() + ") must be at least read-notifications ("
                    + retention.readNotifications() + "): an unread notification is never deleted before a read one");
        }
        if (retention.batchSize() < 1) {
            throw new IllegalStateException("notification.retention.batch-size must be at least 1");
        }
        if (retention.enabled()) {
            worker.start(retention.every());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        // a batch in flight is one short transaction; one cut short is rolled back and taken by the next sweep
        worker.stop(Duration.ofSeconds(5));
    }

    private void round() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warnf("The retention sweep failed (tried again in %s): %s", config.retention().every(), e.toString());
        }
    }

    /** One sweep now: every rule, batch after batch, until none is left (or the service stops). */
    public Swept sweep() {
        Map<Rule, Long> swept = new EnumMap<>(Rule.class);
        int batchSize = config.retention().batchSize();
        for (Rule rule : Rule.values()) {
            double seconds = rule.age.apply(config.retention()).toMillis() / 1000.0;
            long total = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(rule.delete)
                        .setParameter(1, seconds).setParameter(2, batchSize).executeUpdate());
                total += batch;
            } while (batch == batchSize && !stopping);
            swept.put(rule, total);
            deleted.get(rule).increment(total);
        }
        Swept result = new Swept(swept);
        if (result.total() > 0) {
            LOG.infof("Retention deleted %d read and %d unread notifications, %d sent and %d failed e-mails",
                    result.of(Rule.READ_NOTIFICATIONS), result.of(Rule.UNREAD_NOTIFICATIONS),
                    result.of(Rule.SENT_DELIVERIES), result.of(Rule.FAILED_DELIVERIES));
        }
        return result;
    }
}
