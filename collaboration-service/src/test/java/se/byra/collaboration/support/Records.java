package se.byra.collaboration.support;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.access.AccessModel;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;

/**
 * What the tests read or set in the service's own database: the read models the events fill, the outbox
 * rows a change wrote, the access read model where the broker is not the point, and a login's outcome as
 * provisioning hands it back (provisioning itself runs only in the tests that start a Keycloak).
 */
@ApplicationScoped
public class Records {

    @Inject
    EntityManager em;

    @Inject
    AccessModel access;

    @Inject
    Event<ProvisioningOutcome> outcomes;

    /** An event in the outbox: its payload, the envelope's agency and the record's key. */
    public record Published<T>(T payload, UUID agencyId, String key) {
    }

    /** Whether the client is known here both from its register entry and from its responsibility. */
    public boolean clientKnown(UUID clientId) {
        return count("select (select count(*) from known_client where client_id = ?1) "
                + "* (select count(*) from access_client where client_id = ?1)", clientId) > 0;
    }

    /** Whether the access read model maps this login to a staff member. */
    public boolean staffKnown(String subject) {
        return count("select count(*) from access_staff where subject = ?1", subject) > 0;
    }

    /** Whether the engagement is known here, and its client placed in its agency (so a staff member may see it). */
    public boolean engagementKnown(UUID engagementId) {
        return count("select count(*) from known_engagement e join access_client c on c.client_id = e.client_id "
                + "where e.engagement_id = ?1", engagementId) > 0;
    }

    /** Whether the event was handled here: its id is in the inbox (a skipped or dead-lettered event's is not). */
    public boolean handled(UUID eventId) {
        return count("select count(*) from inbox_event where event_id = ?1", eventId) > 0;
    }

    /**
     * Who opened the client's account and who granted its memberships, oldest first: {@code [created_by,
     * granted_by...]}; empty while the client has no account.
     */
    public List<String> openedBy(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select who from (select 0 as n, created_by as who, created_at as at from client_account
                                 where client_id = ?1
                                 union all select 1, granted_by, granted_at from membership where client_id = ?1) o
                order by n, at""", String.class).setParameter(1, clientId).getResultList());
    }

    /** The client user's login as provisioning recorded it; null before. */
    public String subject(UUID clientUserId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select subject from client_user where id = ?1").setParameter(1, clientUserId).getSingleResult());
    }

    /** The provisioning requests made for the client user's login, oldest first (ENSURE, DISABLE). */
    public List<String> provisioningRequests(UUID clientUserId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select action from identity_provisioning where owner = ?1 order by id", String.class)
                .setParameter(1, "client-user:" + clientUserId).getResultList());
    }

    /** Whether every provisioning request of the client user's login has been carried out or has failed. */
    public boolean provisioningDone(UUID clientUserId) {
        return count("select count(*) from identity_provisioning where owner = ?1 and state = 'PENDING'",
                "client-user:" + clientUserId) == 0;
    }

    /** Moves the invitation's deadline to now, as if its time had passed and no sweep had come yet. */
    public void expireNow(UUID collaborationId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update collaboration set expires_at = now() - interval '1 second' where id = ?1")
                .setParameter(1, collaborationId).executeUpdate());
    }

    /** Writes the access read model in a transaction of its own, as the owning service would. */
    public void access(Consumer<AccessModel> write) {
        QuarkusTransaction.requiringNew().run(() -> write.accept(access));
    }

    /** Provisioning's outcome for the client user, handed back as the worker hands it: in its own transaction. */
    public void outcome(UUID clientUserId, String state, String subject, String reason) {
        QuarkusTransaction.requiringNew().run(() -> outcomes.fire(new ProvisioningOutcome("client-user:" + clientUserId,
                "ENSURE", state, subject, 1, reason)));
    }

    /** The events of this type and key in the outbox, oldest first. */
    public <T> List<Published<T>> outbox(EventType<T> type, Object key) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select payload::text, agency_id, message_key from outbox_event where type = ?1 and message_key = ?2 "
                        + "order by seq").setParameter(1, type.type()).setParameter(2, key.toString()).getResultList());
        return rows.stream().map(row -> (Object[]) row).map(row -> new Published<>(read(type, (String) row[0]),
                (UUID) row[1], (String) row[2])).toList();
    }

    private static <T> T read(EventType<T> type, String json) {
        try {
            return EventJson.mapper().readValue(json, type.payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row holds no " + type.type(), e);
        }
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
