package se.byra.engagement.client;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.Session;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Who is responsible for a client: its client manager, and the owners and participants of all its
 * engagements, whatever their status. A staff member with own-clients permission sees a client when they
 * are in this set. Published as {@link ClientResponsibilityChanged} when the client is registered, and
 * after that only when the set changes.
 *
 * <p>A change runs under the client's row lock ({@link Client#lockInAgency}), taken before the set is
 * read: two changes of one client's people then run one after the other, and the second reads and
 * publishes the set with the first's people in it, instead of each publishing a set without the other's.
 */
@ApplicationScoped
public class ClientResponsibility {

    /** One statement: the manager, the owners and the participants, each once (union), in id order. */
    static final String SET = """
            with this_client as (select id, agency_id, client_manager_id from client where id = ?),
                 its_engagement as (select e.id, e.owner_id from this_client c
                                      join engagement e on e.agency_id = c.agency_id and e.client_id = c.id)
            select client_manager_id from this_client where client_manager_id is not null
            union
            select owner_id from its_engagement where owner_id is not null
            union
            select p.staff_id from engagement_participant p join its_engagement e on e.id = p.engagement_id
            order by 1""";

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    AccessModel access;

    /**
     * The staff members responsible for the client, in id order as PostgreSQL orders uuids (the order
     * of the event's list), as this transaction has them: its pending changes are flushed first.
     */
    @Transactional(TxType.MANDATORY)
    public Set<UUID> of(UUID clientId) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> staffIds = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement(SET)) {
                query.setObject(1, clientId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        staffIds.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return Collections.unmodifiableSet(staffIds);
        });
    }

    /** A client was registered: its set is published whatever it holds, so consumers learn the client's agency. */
    @Transactional(TxType.MANDATORY)
    public void registered(UUID agencyId, UUID clientId) {
        known(agencyId, clientId, of(clientId));
    }

    /** After a change that may have put people on the client: publishes the set when it differs from {@code before}. */
    @Transactional(TxType.MANDATORY)
    public void changed(UUID agencyId, UUID clientId, Set<UUID> before) {
        Set<UUID> now = of(clientId);
        if (!now.equals(before)) {
            known(agencyId, clientId, now);
        }
    }

    /** Publishes the client's set as it is, whatever was published before (EventBackfill). */
    @Transactional(TxType.MANDATORY)
    public void republish(UUID agencyId, UUID clientId) {
        known(agencyId, clientId, of(clientId));
    }

    /** Everything that follows from a client's new set, in the transaction of the change. */
    private void known(UUID agencyId, UUID clientId, Set<UUID> staffIds) {
        outbox.publish(ClientResponsibilityChanged.TYPE, agencyId, clientId,
                new ClientResponsibilityChanged(clientId, List.copyOf(staffIds), Instant.now()));
        access.clientResponsibility(agencyId, clientId, staffIds);
    }
}
