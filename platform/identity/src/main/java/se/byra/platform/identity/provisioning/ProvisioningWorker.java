package se.byra.platform.identity.provisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.byra.platform.identity.IdentityConfig;
import se.byra.platform.identity.IdentityRefusedException;
import se.byra.platform.identity.IdentityUnavailableException;
import se.byra.platform.identity.KeycloakDirectory;
import se.byra.platform.identity.Person;
import se.byra.platform.transactions.PollingWorker;

/**
 * Carries out the recorded provisioning requests on one thread: woken after a commit that made
 * one, and every {@code poll-interval} for those a wake-up missed (a crash, a retry falling due).
 * A request is leased while it runs, so replicas share the work and a crashed replica's request
 * is taken over when its lease ends; every call is safe to repeat, so a request carried out twice
 * does no harm. A failure because Keycloak is away is tried again with backoff (the request stays
 * pending, its last error kept); a request Keycloak refuses fails with Keycloak's reason. Each
 * outcome is recorded and handed to the service (a {@link ProvisioningOutcome}) in one transaction.
 */
@ApplicationScoped
public class ProvisioningWorker {

    private static final Logger LOG = Logger.getLogger(ProvisioningWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest reason kept and handed on: Keycloak's answers can be long, people read the start. */
    static final int MAX_REASON = 2000;

    /**
     * The due requests whose owner has no earlier one pending, leased in one statement; a request
     * leased by a replica that stopped is due again when its lease ends.
     */
    static final String CLAIM = """
            with due as (
                select p.id from identity_provisioning p
                 where p.state = 'PENDING' and p.next_attempt_at <= now()
                   and (p.lease_until is null or p.lease_until < now())
                   and not exists (select 1 from identity_provisioning e
                                    where e.owner = p.owner and e.state = 'PENDING' and e.id < p.id)
                 order by p.next_attempt_at, p.id
                 limit ?
                   for update skip locked)
            update identity_provisioning t set lease_until = now() + make_interval(secs => ?)
              from due where t.id = due.id
            returning t.id, t.owner, t.action, t.person::text, t.subject, t.attempts""";

    @Inject
    IdentityConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    KeycloakDirectory directory;

    @Inject
    Event<ProvisioningOutcome> outcomes;

    @Inject
    MeterRegistry registry;

    private final PollingWorker worker = new PollingWorker("identity-provisioning", this::drain);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    record Request(long id, String owner, String action, Person person, String subject, int attempts) {
    }

    void start(@Observes StartupEvent event) {
        if (!config.provisioning().enabled()) {
            LOG.info("Provisioning is off on this replica (platform.identity.provisioning.enabled=false)");
            return;
        }
        Gauge.builder("identity.provisioning.pending", pending, AtomicLong::get)
                .description("Requests to the identity provider waiting or being tried again").register(registry);
        Gauge.builder("identity.provisioning.failed", failed, AtomicLong::get)
                .description("Requests the identity provider refused, waiting for a person; alert when above 0")
                .register(registry);
        worker.start(config.provisioning().pollInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        // a call in flight ends within its timeout; a request cut short is taken over after its lease
        worker.stop(config.callTimeout().plusSeconds(2));
    }

    /** Asks for a round as soon as possible; wake-ups that arrive while one is queued are merged. */
    public void wake() {
        worker.wake();
    }

    private void drain() {
        try {
            List<Request> claimed;
            do {
                claimed = claim();
                claimed.forEach(this::carryOut);
            } while (claimed.size() == config.provisioning().batchSize());
            refreshGauges();
        } catch (Exception e) {
            // the database is away: the requests wait in their table for the next round
            LOG.warnf("Provisioning could not read its requests (tried again in %s): %s",
                    config.provisioning().pollInterval(), e.toString());
        }
    }

    List<Request> claim() throws SQLException {
        List<Request> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, config.provisioning().batchSize());
            statement.setLong(2, config.provisioning().lease().toSeconds());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String person = rows.getString(4);
                    claimed.add(new Request(rows.getLong(1), rows.getString(2), rows.getString(3),
                            person == null ? null : JSON.readValue(person, Person.class), rows.getString(5),
                            rows.getInt(6)));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("a provisioning request holds a person that cannot be read", e);
        }
        claimed.sort(java.util.Comparator.comparingLong(Request::id));
        return claimed;
    }

    private void carryOut(Request request) {
        String subject = request.subject();
        try {
            if (subject == null && !request.action().equals("ENSURE")) {
                subject = lastSubject(request.owner());
            }
            switch (request.action()) {
                case "ENSURE" -> subject = directory.ensure(request.person(), request.attempts() > 0).subject();
                case "UPDATE" -> {
                    if (subject == null) {
                        // the person never became a user (their first request failed): this one makes them one
                        subject = directory.ensure(request.person(), true).subject();
                    } else {
                        directory.update(subject, request.person());
                    }
                }
                case "DISABLE" -> {
                    if (subject != null) {
                        directory.disable(subject);
                    }
                }
                default -> throw new IdentityRefusedException("unknown action " + request.action(), null);
            }
            record(request, "DONE", subject, null, null);
        } catch (IdentityRefusedException e) {
            LOG.warnf("Provisioning request %d of %s failed for good: %s", request.id(), request.owner(), e.getMessage());
            record(request, "FAILED", subject, e.getMessage(), null);
        } catch (RuntimeException e) {
            // Keycloak away or slow (IdentityUnavailableException), or anything unforeseen: tried again
            Duration pause = backoff(request.attempts() + 1);
            LOG.infof("Provisioning request %d of %s is tried again in %s: %s", request.id(), request.owner(), pause,
                    e.getMessage());
            record(request, "PENDING", subject, e.getMessage(), pause);
        }
    }

    Duration backoff(int failures) {
        return PollingWorker.backoff(failures, config.provisioning().minBackoff(), config.provisioning().maxBackoff());
    }

    private void record(Request request, String state, String subject, String failure, Duration retryAfter) {
        int attempts = request.attempts() + 1;
        // bounded once, as the table keeps it and as the service is handed it
        String reason = failure == null ? null : failure.substring(0, Math.min(failure.length(), MAX_REASON));
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement("""
                    update identity_provisioning
                       set state = ?, subject = ?, attempts = ?, last_error = ?, lease_until = null,
                           next_attempt_at = now() + make_interval(secs => ?),
                           done_at = case when ? = 'PENDING' then null else now() end
                     where id = ?""")) {
                update.setString(1, state);
                update.setString(2, subject);
                update.setInt(3, attempts);
                update.setString(4, reason);
                update.setDouble(5, retryAfter == null ? 0 : retryAfter.toMillis() / 1000.0);
                update.setString(6, state);
                update.setLong(7, request.id());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not record the outcome of provisioning request " + request.id(), e);
            }
            outcomes.fire(new ProvisioningOutcome(request.owner(), request.action(), state, subject, attempts, reason));
        });
    }

    private String lastSubject(String owner) throws IdentityUnavailableException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement("""
                select subject from identity_provisioning
                 where owner = ? and subject is not null and state = 'DONE'
                 order by id desc limit 1""")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IdentityUnavailableException("could not read the user id of " + owner, e);
        }
    }

    private void refreshGauges() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select count(*) filter (where state = 'PENDING'), count(*) filter (where state = 'FAILED') "
                        + "from identity_provisioning where state <> 'DONE'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            pending.set(rows.getLong(1));
            failed.set(rows.getLong(2));
        }
    }
}
