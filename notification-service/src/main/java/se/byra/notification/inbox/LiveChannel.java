package se.byra.notification.inbox;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import se.byra.notification.directory.RecipientKind;

/**
 * What the open pages must hear of, told through PostgreSQL's NOTIFY in the transaction of the change: it
 * is delivered when (and only if) that transaction commits, to every replica listening, whichever replica
 * holds the person's stream. Payloads: {@code N:<kind>:<person>:<notification>} for a new notification,
 * {@code R:<kind>:<person>} for a changed unread count.
 */
public final class LiveChannel {

    public static final String CHANNEL = "notification_events";

    private LiveChannel() {
    }

    public static void announce(EntityManager em, RecipientKind kind, UUID person, UUID notificationId) {
        notify(em, "N:" + kind + ":" + person + ":" + notificationId);
    }

    public static void unreadChanged(EntityManager em, RecipientKind kind, UUID person) {
        notify(em, "R:" + kind + ":" + person);
    }

    private static void notify(EntityManager em, String payload) {
        em.createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, payload)
                .getSingleResult();
    }
}
