package se.byra.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.events.cases.CaseReturned;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.events.collaboration.CollaborationDeclined;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.events.collaboration.CollaborationUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.events.collaboration.ServiceName;
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

    /** The shared service the tests' collaborations are in. */
    public static final ServiceName INVOICES = new ServiceName("Digitala fakturor", "Digital invoices");

    /**
     * A collaboration of a client company in {@link #INVOICES}, as collaboration-service names it in its
     * events (keyed by the client, like the company's memberships).
     */
    public record Collaboration(UUID agencyId, UUID clientId, String clientName, UUID id, UUID engagementId) {

        public static Collaboration of(UUID agencyId, UUID clientId, String clientName) {
            return new Collaboration(agencyId, clientId, clientName, UUID.randomUUID(), UUID.randomUUID());
        }
    }

    public void invited(Collaboration c, String scenario, boolean resent, UUID invitedById, String invitedByName,
            Instant expiresAt) {
        publish(CollaborationInvited.TYPE, c.agencyId(), c.clientId(), new CollaborationInvited(c.id(), c.clientId(),
                c.clientName(), "digital-invoices", INVOICES, c.engagementId(), scenario, "2026-1", "AGENCY",
                "STANDARD", 12, true, invitedById, invitedByName, resent, expiresAt, Instant.now()));
    }

    public void activated(Collaboration c, String origin, List<UUID> staffIds, UUID acceptedById,
            String acceptedByName) {
        publish(CollaborationActivated.TYPE, c.agencyId(), c.clientId(), new CollaborationActivated(c.id(),
                c.clientId(), c.clientName(), "digital-invoices", INVOICES, c.engagementId(), staffIds, origin,
                "AGENCY", "STANDARD", 12, true, acceptedById == null ? null : "2026-1", acceptedById, acceptedByName,
                Instant.now()));
    }

    public void declined(Collaboration c, List<UUID> staffIds, UUID declinedById, String declinedByName,
            String reason) {
        publish(CollaborationDeclined.TYPE, c.agencyId(), c.clientId(), new CollaborationDeclined(c.id(),
                c.clientId(), c.clientName(), "digital-invoices", INVOICES, c.engagementId(), staffIds, declinedById,
                declinedByName, reason, Instant.now()));
    }

    public void invitationExpired(Collaboration c, List<UUID> staffIds, Instant invitedAt) {
        publish(CollaborationInvitationExpired.TYPE, c.agencyId(), c.clientId(),
                new CollaborationInvitationExpired(c.id(), c.clientId(), c.clientName(), "digital-invoices", INVOICES,
                        c.engagementId(), staffIds, invitedAt, Instant.now()));
    }

    /** Changed to variant START, 24 months, the company invoiced, no payments to the agency, ending on {@code endsOn}. */
    public void updated(Collaboration c, List<UUID> staffIds, LocalDate endsOn, String side, String changedByName,
            List<CollaborationUpdated.Change> changes) {
        publish(CollaborationUpdated.TYPE, c.agencyId(), c.clientId(), new CollaborationUpdated(c.id(),
                c.clientId(), c.clientName(), "digital-invoices", INVOICES, c.engagementId(), staffIds, "ACTIVE",
                "CLIENT", "START", 24, false, endsOn, changes, side, changedByName, Instant.now()));
    }

    public void ended(Collaboration c, List<UUID> staffIds, String side, String endedByName, LocalDate endedOn) {
        publish(CollaborationEnded.TYPE, c.agencyId(), c.clientId(), new CollaborationEnded(c.id(), c.clientId(),
                c.clientName(), "digital-invoices", INVOICES, c.engagementId(), staffIds, side, endedByName, endedOn,
                Instant.now()));
    }

    /** A client company of an agency as case-service names it in its events (keyed by the client). */
    public record Company(UUID agencyId, UUID clientId, String name) {
    }

    public void consentRequested(Company c, String mainContactName, String mainContactEmail, UUID requestedById,
            String requestedByName, boolean resent) {
        publish(ConsentRequested.TYPE, c.agencyId(), c.clientId(), new ConsentRequested(c.clientId(), c.name(),
                mainContactName, mainContactEmail, requestedById, requestedByName, resent, Instant.now()));
    }

    public void consentGranted(Company c, UUID grantedById, String grantedByName, List<UUID> staffIds) {
        publish(ConsentGranted.TYPE, c.agencyId(), c.clientId(), new ConsentGranted(c.clientId(), c.name(),
                grantedById, grantedByName, staffIds, Instant.now()));
    }

    public void consentDeclined(Company c, UUID declinedById, String declinedByName, String reason,
            List<UUID> staffIds) {
        publish(ConsentDeclined.TYPE, c.agencyId(), c.clientId(), new ConsentDeclined(c.clientId(), c.name(),
                declinedById, declinedByName, reason, staffIds, Instant.now()));
    }

    public void consentRevoked(Company c, UUID revokedById, String revokedByName, String reason, int closedCases,
            List<UUID> staffIds) {
        publish(ConsentRevoked.TYPE, c.agencyId(), c.clientId(), new ConsentRevoked(c.clientId(), c.name(),
                revokedById, revokedByName, reason, closedCases, staffIds, Instant.now()));
    }

    /** A case of a company, of a type (QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM). */
    public record Case(Company company, UUID id, String type, String title) {

        public static Case of(Company company, String type, String title) {
            return new Case(company, UUID.randomUUID(), type, title);
        }
    }

    public void caseCreated(Case c, String origin, UUID assigneeId, LocalDate dueOn, UUID createdById,
            String createdByName, List<UUID> staffIds) {
        publish(CaseCreated.TYPE, c.company().agencyId(), c.company().clientId(), new CaseCreated(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(), origin,
                origin.equals("AGENCY") ? "WAITING_FOR_CLIENT" : "WAITING_FOR_AGENCY", assigneeId, dueOn,
                createdById, createdByName, staffIds, Instant.now()));
    }

    public void caseAnswered(Case c, String status, String decision, UUID answeredById, String answeredByName,
            UUID assigneeId, List<UUID> staffIds) {
        publish(CaseAnswered.TYPE, c.company().agencyId(), c.company().clientId(), new CaseAnswered(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(), status, decision, answeredById,
                answeredByName, assigneeId, staffIds, Instant.now()));
    }

    public void caseReturned(Case c, UUID returnedById, String returnedByName, LocalDate dueOn) {
        publish(CaseReturned.TYPE, c.company().agencyId(), c.company().clientId(), new CaseReturned(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(), returnedById, returnedByName, dueOn,
                Instant.now()));
    }

    public void caseCommented(Case c, String side, UUID authorId, String authorName, UUID assigneeId,
            List<UUID> staffIds) {
        publish(CaseCommented.TYPE, c.company().agencyId(), c.company().clientId(), new CaseCommented(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(), UUID.randomUUID(), side, authorId,
                authorName, assigneeId, staffIds, Instant.now()));
    }

    public void caseClosed(Case c, String reason, String note, String closedByName, List<UUID> staffIds) {
        publish(CaseClosed.TYPE, c.company().agencyId(), c.company().clientId(), new CaseClosed(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(),
                reason.equals("CANCELLED") ? "CANCELLED" : "CLOSED", reason, note, closedByName, staffIds,
                Instant.now()));
    }

    public void caseReminderDue(Case c, LocalDate dueOn, int daysFromDue) {
        publish(CaseReminderDue.TYPE, c.company().agencyId(), c.company().clientId(), new CaseReminderDue(c.id(),
                c.company().clientId(), c.company().name(), c.type(), c.title(), dueOn, daysFromDue, null,
                Instant.now()));
    }

    public <T> UUID publish(EventType<T> type, UUID agencyId, UUID key, T payload) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(type, agencyId, key, payload));
    }
}
