package se.byra.cases.support;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Puts the other services' events on their topics the way they do (through the outbox and its relay, so this
 * service's consumer reads the production envelope through the real broker), and reads what the tests look at in
 * this service's own database: the read models those events fill, and the outbox.
 */
@ApplicationScoped
public class Records {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /** An event in the outbox: its payload, the envelope's agency and the record's key. */
    public record Published<T>(T payload, UUID agencyId, String key) {
    }

    public <T> UUID publish(EventType<T> type, UUID agencyId, UUID key, T payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, agencyId, key, payload));
    }

    public boolean clientKnown(UUID clientId, String name) {
        return count("select count(*) from known_client where client_id = ?1 and name = ?2", clientId, name) == 1;
    }

    public boolean staffKnown(UUID staffId, boolean active) {
        return count("select count(*) from known_staff s join access_staff a using (staff_id) where staff_id = ?1 "
                + "and s.active = ?2 and a.subject is not null", staffId, active) == 1;
    }

    public boolean responsibilityKnown(UUID clientId) {
        return count("select count(*) from access_client where client_id = ?1", clientId, null) == 1;
    }

    public boolean memberKnown(UUID clientUserId, UUID clientId) {
        return count("select count(*) from access_membership m join access_client_user u using (client_user_id) "
                + "where client_user_id = ?1 and client_id = ?2 and u.subject is not null", clientUserId, clientId) == 1;
    }

    /** The events of this type and key in the outbox, oldest first. */
    public <T> List<Published<T>> outbox(EventType<T> type, Object key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select payload::text, agency_id, message_key from outbox_event "
                    + "where type = ?1 and message_key = ?2 order by seq")
                    .setParameter(1, type.type()).setParameter(2, key.toString()).getResultList();
            return rows.stream().map(r -> new Published<>(read(type, (String) r[0]), (UUID) r[1], (String) r[2]))
                    .toList();
        });
    }

    /** Runs SQL in its own transaction (moving a case's dates to test the time-bound rules). */
    public int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, parameters).executeUpdate());
    }

    /** One value of one row, in its own transaction. */
    public Object single(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, parameters).getSingleResult());
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private static <T> T read(EventType<T> type, String json) {
        try {
            return EventJson.mapper().readValue(json, type.payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row holds no " + type.type(), e);
        }
    }

    private long count(String sql, Object first, Object second) {
        Object[] parameters = second == null ? new Object[] {first} : new Object[] {first, second};
        return ((Number) single(sql, parameters)).longValue();
    }
}
