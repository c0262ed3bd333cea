package se.byra.platform.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.access.probe.ProbeThing;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * The facts the read model is kept from, put on the topics the way the producing services do: through the
 * outbox and its relay, so the consumer reads exactly the production envelope.
 */
@ApplicationScoped
public class Facts {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /** A staff member invited and linked to a login, as engagement-service publishes them. */
    public void staff(UUID agencyId, UUID staffId, String permission, String subject) {
        publish(StaffMemberInvited.TYPE, agencyId, staffId, new StaffMemberInvited(staffId, "Karin Revisor",
                staffId + "@byran.se", "sv", permission, false, Instant.now()));
        publish(StaffMemberUpdated.TYPE, agencyId, staffId, new StaffMemberUpdated(staffId, "Karin Revisor",
                staffId + "@byran.se", "sv", permission, false, subject, Instant.now()));
    }

    public void deactivated(UUID agencyId, UUID staffId) {
        publish(StaffMemberDeactivated.TYPE, agencyId, staffId, new StaffMemberDeactivated(staffId, Instant.now()));
    }

    public void responsible(UUID agencyId, UUID clientId, UUID... staffIds) {
        publish(ClientResponsibilityChanged.TYPE, agencyId, clientId,
                new ClientResponsibilityChanged(clientId, List.of(staffIds), Instant.now()));
    }

    public void clientUser(UUID clientUserId, String subject) {
        publish(ClientUserUpdated.TYPE, null, clientUserId, new ClientUserUpdated(clientUserId, "Sara Bagare",
                clientUserId + "@bageriet.se", "sv", subject, Instant.now()));
    }

    public void member(UUID agencyId, UUID clientId, UUID clientUserId, String role) {
        publish(MembershipGranted.TYPE, agencyId, clientId, new MembershipGranted(clientId, clientUserId, role,
                "Sara Bagare", clientUserId + "@bageriet.se", "sv", Instant.now()));
    }

    public void revoked(UUID agencyId, UUID clientId, UUID clientUserId) {
        publish(MembershipRevoked.TYPE, agencyId, clientId, new MembershipRevoked(clientId, clientUserId,
                Instant.now()));
    }

    /** A row of the service's own that belongs to the client. */
    public void thing(UUID agencyId, UUID clientId) {
        QuarkusTransaction.requiringNew().run(() -> {
            ProbeThing thing = new ProbeThing();
            thing.id = UUID.randomUUID();
            thing.agencyId = agencyId;
            thing.clientId = clientId;
            em.persist(thing);
        });
    }

    /** The agency the read model holds for a client, null when it has none. */
    public UUID agencyOf(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select agency_id from access_client where client_id = ?1")
                    .setParameter(1, clientId).getResultList();
            return rows.isEmpty() ? null : (UUID) rows.get(0);
        });
    }

    private <T> void publish(EventType<T> type, UUID agencyId, UUID key, T payload) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(type, agencyId, key, payload));
    }
}
