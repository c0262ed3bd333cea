package se.byra.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Puts the other services' events on their topics the way they do: through an outbox and its relay, so the
 * records carry the production envelope and this service's consumer reads them as it would.
 */
@ApplicationScoped
public class Events {

    @Inject
    Outbox outbox;

    /** A staff member invited; their login is {@code subject} (linked by a StaffMemberUpdated) unless null. */
    public UUID staffInvited(UUID agencyId, UUID staffId, String name, String email, String language,
            String subject) {
        UUID eventId = publish(StaffMemberInvited.TYPE, agencyId, staffId,
                new StaffMemberInvited(staffId, name, email, language, "FULL", false, Instant.now()));
        if (subject != null) {
            staffUpdated(agencyId, staffId, name, email, language, subject);
        }
        return eventId;
    }

    public void staffUpdated(UUID agencyId, UUID staffId, String name, String email, String language,
            String subject) {
        publish(StaffMemberUpdated.TYPE, agencyId, staffId,
                new StaffMemberUpdated(staffId, name, email, language, "FULL", false, subject, Instant.now()));
    }

    /** The agency's profile saved with this name. */
    public void agencyNamed(UUID agencyId, String name) {
        publish(AgencyUpdated.TYPE, agencyId, agencyId, new AgencyUpdated(agencyId, name, "556677-8899",
                "Byrågatan 1", "111 22", "Stockholm", "SE", "info@byran.se", "08-123 45 67", Instant.now()));
    }

    public void staffDeactivated(UUID agencyId, UUID staffId) {
        publish(StaffMemberDeactivated.TYPE, agencyId, staffId, new StaffMemberDeactivated(staffId, Instant.now()));
    }

    public void accountCreated(UUID agencyId, UUID clientId, String name) {
        publish(ClientAccountCreated.TYPE, agencyId, clientId,
                new ClientAccountCreated(clientId, name, "556703-7485", Instant.now()));
    }

    public UUID membershipGranted(UUID agencyId, UUID clientId, UUID clientUserId, String role, String name,
            String email, String language) {
        return publish(MembershipGranted.TYPE, agencyId, clientId,
                new MembershipGranted(clientId, clientUserId, role, name, email, language, Instant.now()));
    }

    public void clientUserLinked(UUID clientUserId, String name, String email, String language, String subject) {
        publish(ClientUserUpdated.TYPE, null, clientUserId,
                new ClientUserUpdated(clientUserId, name, email, language, subject, Instant.now()));
    }

    public void membershipRevoked(UUID agencyId, UUID clientId, UUID clientUserId) {
        publish(MembershipRevoked.TYPE, agencyId, clientId, new MembershipRevoked(clientId, clientUserId, Instant.now()));
    }

    public UUID signed(UUID agencyId, UUID clientId, String clientName, String title, UUID ownerId,
            List<UUID> participantIds) {
        UUID engagementId = UUID.randomUUID();
        return publish(EngagementSigned.TYPE, agencyId, engagementId, new EngagementSigned(engagementId,
                UUID.randomUUID(), 1, clientId, clientName, "556703-7485", title, ownerId, participantIds,
                LocalDate.of(2027, 1, 1), null, Instant.now()));
    }

    public <T> UUID publish(EventType<T> type, UUID agencyId, UUID key, T payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, agencyId, key, payload));
    }
}
