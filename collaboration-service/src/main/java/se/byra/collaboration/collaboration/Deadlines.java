package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.byra.collaboration.CollaborationConfig;
import se.byra.platform.transactions.PollingWorker;

/**
 * The deadlines no request meets: invitations unanswered in time expire, endings set for a day take effect when
 * the day is over. Every replica sweeps; each due collaboration is taken with {@code FOR UPDATE SKIP LOCKED} and
 * changed with its event in one transaction, so whichever replica takes it, it expires or ends exactly once, and
 * a row another replica holds is left to it.
 */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class);
    /** Hibernate's lock timeout meaning SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    @Inject
    EntityManager em;

    @Inject
    CollaborationEvents events;

    @Inject
    Endings endings;

    @Inject
    CollaborationConfig config;

    private final PollingWorker worker = new PollingWorker("collaboration-deadlines", this::round);

    void start(@Observes StartupEvent event) {
        if (config.deadlines().enabled()) {
            worker.start(config.deadlines().pollInterval());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(java.time.Duration.ofSeconds(5));
    }

    private void round() {
        try {
            Instant now = Instant.now();
            while (expire(now) + end(now) >= config.deadlines().batchSize()) {
                now = Instant.now();
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping the collaborations' deadlines failed; the next round tries again", e);
        }
    }

    /** Expires up to a batch of invitations unanswered at {@code now}; how many it took. */
    @Transactional
    public int expire(Instant now) {
        List<Collaboration> due = due("status = se.byra.collaboration.collaboration.CollaborationStatus.INVITED "
                + "and expiresAt <= :now order by expiresAt, id", now, null);
        Instant noticed = Instant.now();
        for (Collaboration c : due) {
            c.status = CollaborationStatus.EXPIRED;
            c.updatedAt = noticed;
            Collaboration.flush();
            Endings.invitationLapsed(c, noticed);
            HistoryEntry.record(c.id, HistoryEntry.Step.EXPIRED, Side.SYSTEM, null, List.of(), null, noticed);
            events.expired(c, c.expiresAt);
        }
        return due.size();
    }

    /** Ends up to a batch of collaborations whose last day is over at {@code now}; how many it took. */
    @Transactional
    public int end(Instant now) {
        List<Collaboration> due = due("status = se.byra.collaboration.collaboration.CollaborationStatus.ACTIVE "
                + "and endsOn < :today order by endsOn, id", now, now.atZone(config.zone()).toLocalDate());
        for (Collaboration c : due) {
            endings.takeEffect(c, now);
        }
        return due.size();
    }

    private List<Collaboration> due(String where, Instant now, java.time.LocalDate today) {
        var query = em.createQuery("from Collaboration where " + where, Collaboration.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(config.deadlines().batchSize());
        if (today == null) {
            query.setParameter("now", now);
        } else {
            query.setParameter("today", today);
        }
        return query.getResultList();
    }
}
