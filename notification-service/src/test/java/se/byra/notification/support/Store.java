package se.byra.notification.support;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the tests read in the service's own database. */
@ApplicationScoped
public class Store {

    @Inject
    EntityManager em;

    /** One e-mail delivery as stored. */
    public record Delivery(UUID id, String status, int attempts, String lastError) {
    }

    public List<Delivery> deliveries(UUID recipientId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                "select id, status, attempts, last_error from email_delivery where recipient_id = ?1 order by created_at")
                .setParameter(1, recipientId).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Delivery((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3]))
                .toList());
    }

    /** The templates of the person's in-platform notifications, oldest first. */
    public List<String> notifications(UUID recipientId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select template from notification where recipient_id = ?1 order by created_at", String.class)
                .setParameter(1, recipientId).getResultList());
    }

    /** One in-platform notification as stored: its template, category and link (a path). */
    public record Notification(String template, String category, String link) {
    }

    /** The person's in-platform notifications, oldest first. */
    public List<Notification> notices(UUID recipientId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                "select template, category, link from notification where recipient_id = ?1 order by created_at")
                .setParameter(1, recipientId).getResultList()).stream()
                .map(Object[].class::cast)
                .map(r -> new Notification((String) r[0], (String) r[1], (String) r[2]))
                .toList());
    }

    /** Whether the directory has the staff member's login. */
    public boolean staffLinked(UUID staffId, String subject) {
        return count("select count(*) from staff_member where id = ?1 and subject = ?2", staffId, subject) > 0;
    }

    public boolean staffDeactivated(UUID staffId) {
        return count("select count(*) from staff_member where id = ?1 and not active", staffId) > 0;
    }

    public boolean clientUserLinked(UUID clientUserId, String subject) {
        return count("select count(*) from client_user where id = ?1 and subject = ?2", clientUserId, subject) > 0;
    }

    public boolean agencyKnown(UUID agencyId) {
        return count("select count(*) from agency where id = ?1", agencyId) > 0;
    }

    public boolean clientKnown(UUID clientId) {
        return count("select count(*) from client where id = ?1", clientId) > 0;
    }

    public boolean member(UUID clientId, UUID clientUserId, String role) {
        return count("select count(*) from membership where client_id = ?1 and client_user_id = ?2 and role = ?3",
                clientId, clientUserId, role) > 0;
    }

    /** The person's notifications as if made {@code ago} (whether read or not stays as it is). */
    public void notificationsMade(UUID recipientId, Duration ago) {
        execute("update notification set created_at = now() - make_interval(secs => ?2) where recipient_id = ?1",
                recipientId, seconds(ago));
    }

    /** {@code copies} more of each of the person's notifications, as of other events, as old and as read. */
    public void copyNotifications(UUID recipientId, int copies) {
        execute("""
                insert into notification (id, agency_id, recipient_kind, recipient_id, event_id, category, template,
                                          data, link, created_at, read_at)
                select gen_random_uuid(), agency_id, recipient_kind, recipient_id, gen_random_uuid()::text, category,
                       template, data, link, created_at, read_at
                  from notification, generate_series(1, ?2)
                 where recipient_id = ?1""", recipientId, copies);
    }

    /** The person's e-mails as sent {@code ago}. */
    public void deliveriesSent(UUID recipientId, Duration ago) {
        execute("""
                update email_delivery set status = 'SENT', created_at = now() - make_interval(secs => ?2),
                       last_attempt_at = now() - make_interval(secs => ?2), sent_at = now() - make_interval(secs => ?2)
                 where recipient_id = ?1""", recipientId, seconds(ago));
    }

    /** The person's e-mails as given up {@code ago}, after five attempts. */
    public void deliveriesFailed(UUID recipientId, Duration ago) {
        execute("""
                update email_delivery set status = 'FAILED', attempts = 5, last_error = 'mailbox unavailable',
                       created_at = now() - make_interval(secs => ?2), last_attempt_at = now() - make_interval(secs => ?2),
                       sent_at = null
                 where recipient_id = ?1""", recipientId, seconds(ago));
    }

    /** The person's e-mails as made {@code ago}, failed since then and waiting for their next try tomorrow. */
    public void deliveriesRetrying(UUID recipientId, Duration ago) {
        execute("""
                update email_delivery set status = 'PENDING', attempts = 3, last_error = 'greylisted',
                       created_at = now() - make_interval(secs => ?2), last_attempt_at = now() - make_interval(secs => ?2),
                       next_attempt_at = now() + interval '1 day', sent_at = null
                 where recipient_id = ?1""", recipientId, seconds(ago));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private void execute(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> query(sql, parameters).executeUpdate());
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) query(sql, parameters).getSingleResult()).longValue());
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
