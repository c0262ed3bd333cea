package se.byra.cases.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.byra.cases.CasesConfig;
import se.byra.cases.Side;
import se.byra.cases.casefile.Case;
import se.byra.cases.casefile.CaseEvents;
import se.byra.cases.casefile.CaseHistory;
import se.byra.platform.transactions.PollingWorker;

/**
 * Reminders before and after a case's due date, by the rules of {@code cases.reminders.days-from-due}. Every replica
 * sweeps; a case due a reminder is taken {@code FOR UPDATE SKIP LOCKED}, and the reminder is recorded in
 * {@code case_reminder} (one row per case, rule and due date: its primary key) with its event in one transaction, so
 * each is sent exactly once whichever replica takes it. A rule whose day had passed when the case was sent is
 * skipped: a case sent two days before its due date gets no "three days before" reminder.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject
    EntityManager em;

    @Inject
    CaseEvents events;

    @Inject
    CasesConfig config;

    private final PollingWorker worker = new PollingWorker("case-reminders", this::round);

    void start(@Observes StartupEvent event) {
        if (config.reminders().enabled()) {
            worker.start(config.reminders().pollInterval());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(5));
    }

    private void round() {
        try {
            LocalDate today = LocalDate.now(config.zone());
            for (int days : config.reminders().daysFromDue()) {
                while (remind(days, today) >= config.reminders().batchSize()) {
                    today = LocalDate.now(config.zone());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Sweeping the cases' reminders failed; the next round tries again", e);
        }
    }

    /** Sends up to a batch of the reminders of rule {@code daysFromDue} due on {@code today}; how many. */
    @Transactional
    public int remind(int daysFromDue, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select c.id from client_case c
                where c.status = 'WAITING_FOR_CLIENT' and c.due_on is not null
                  and c.due_on + ?1 <= ?2
                  and c.due_on + ?1 >= cast(c.sent_at at time zone ?3 as date)
                  and not exists (select 1 from case_reminder r
                                  where r.case_id = c.id and r.days_from_due = ?1 and r.due_on = c.due_on)
                order by c.due_on, c.id
                limit ?4
                for update of c skip locked""", UUID.class)
                .setParameter(1, daysFromDue).setParameter(2, today).setParameter(3, config.zone().getId())
                .setParameter(4, config.reminders().batchSize()).getResultList();
        Instant now = Instant.now();
        for (UUID id : due) {
            Case c = em.find(Case.class, id);
            em.createNativeQuery("insert into case_reminder (case_id, days_from_due, due_on, sent_at) "
                    + "values (?1, ?2, ?3, ?4)").setParameter(1, id).setParameter(2, daysFromDue)
                    .setParameter(3, c.dueOn).setParameter(4, now).executeUpdate();
            CaseHistory.record(id, CaseHistory.What.REMINDED, Side.SYSTEM, null, null, now);
            events.reminderDue(c, daysFromDue, now);
        }
        return due.size();
    }
}
