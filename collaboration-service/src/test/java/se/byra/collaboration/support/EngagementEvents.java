package se.byra.collaboration.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Puts engagement-service's events on engagement.events the way it does: through the outbox and its relay,
 * so the records carry exactly the production envelope and this service's consumer reads them as it would.
 */
@ApplicationScoped
public class EngagementEvents {

    @Inject
    Outbox outbox;

    public static EngagementSigned signed(UUID engagementId, int letterVersion, String title) {
        return signed(engagementId, UUID.randomUUID(), letterVersion, title);
    }

    public static EngagementSigned signed(UUID engagementId, UUID clientId, int letterVersion, String title) {
        return new EngagementSigned(engagementId, UUID.randomUUID(), letterVersion, clientId,
                "Bageriet i Vårby AB", "556703-7485", title, UUID.randomUUID(), List.of(UUID.randomUUID()),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A client's register entry with its main contact (email null for none). */
    public static ClientRegistered registered(UUID clientId, String name, String contactName, String contactEmail) {
        return registered(clientId, name, contactName, contactEmail, Instant.now());
    }

    /** The same, registered at the time given. */
    public static ClientRegistered registered(UUID clientId, String name, String contactName, String contactEmail,
            Instant at) {
        return new ClientRegistered(clientId, name, "556703-7485", "Storgatan 1", "111 22", "Stockholm", "SE",
                contactName, contactEmail, "08-123 45 67", null, true, at);
    }

    /** The same client changed: its name and main contact as given, the rest as {@link #registered} has it. */
    public static ClientUpdated updated(UUID clientId, String name, String contactName, String contactEmail,
            Instant at) {
        return new ClientUpdated(clientId, name, "556703-7485", "Storgatan 1", "111 22", "Stockholm", "SE",
                contactName, contactEmail, "08-123 45 67", null, true, at);
    }

    /**
     * A signing, after the client's responsibility (as engagement-service publishes it when the client is
     * registered): the engagement's owner and participants are responsible for the client.
     */
    public UUID publish(UUID agencyId, EngagementSigned event) {
        List<UUID> responsible = new ArrayList<>(event.participantIds());
        if (event.ownerId() != null) {
            responsible.add(event.ownerId());
        }
        responsible(agencyId, event.clientId(), responsible.toArray(UUID[]::new));
        return publish(EngagementSigned.TYPE, agencyId, event.engagementId(), event);
    }

    public void registered(UUID agencyId, ClientRegistered event) {
        publish(ClientRegistered.TYPE, agencyId, event.clientId(), event);
    }

    public void updated(UUID agencyId, ClientUpdated event) {
        publish(ClientUpdated.TYPE, agencyId, event.clientId(), event);
    }

    /** The client belongs to the agency, and exactly these staff members are responsible for it. */
    public void responsible(UUID agencyId, UUID clientId, UUID... staffIds) {
        publish(ClientResponsibilityChanged.TYPE, agencyId, clientId,
                new ClientResponsibilityChanged(clientId, List.of(staffIds), Instant.now()));
    }

    /** A staff member invited with a permission (FULL, OWN_CLIENTS) and linked to a login. */
    public void staffMember(UUID agencyId, UUID staffId, String permission, String subject) {
        publish(StaffMemberInvited.TYPE, agencyId, staffId, new StaffMemberInvited(staffId, "Karin Revisor",
                staffId + "@byran.se", "sv", permission, false, Instant.now()));
        publish(StaffMemberUpdated.TYPE, agencyId, staffId, new StaffMemberUpdated(staffId, "Karin Revisor",
                staffId + "@byran.se", "sv", permission, false, subject, Instant.now()));
    }

    public void deactivated(UUID agencyId, UUID staffId) {
        publish(StaffMemberDeactivated.TYPE, agencyId, staffId, new StaffMemberDeactivated(staffId, Instant.now()));
    }

    public <T> UUID publish(EventType<T> type, UUID agencyId, UUID key, T payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, agencyId, key, payload));
    }
}
