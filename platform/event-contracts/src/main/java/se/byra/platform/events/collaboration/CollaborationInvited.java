package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A staff member activated a collaboration in a shared service with a client, or sent its invitation
 * again: the client's administrators are asked to approve it, and its terms, in the portal before
 * {@code expiresAt}. Key: the client id. The agency is the envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue ({@code digital-invoices}, {@code payroll}, ...)
 * @param serviceName the service's name in each language
 * @param engagementId the engagement (uppdrag) the collaboration rests on
 * @param scenario {@code EXISTING_SERVICE} (the client already uses the service), {@code NEW_SERVICE} (the
 *        service was activated for the client with the collaboration) or {@code NEW_CUSTOMER} (the
 *        client's account was created for it, its main contact as administrator)
 * @param termsVersion the version of the service's terms the administrators are asked to approve
 * @param invoiceRecipient {@code AGENCY} or {@code CLIENT}
 * @param variant the service's variant ({@code STANDARD}, {@code START}), or null for a service without any
 * @param agreementMonths the agreement period in months, or null for a service without one
 * @param agencyPaymentRecipient whether the agency receives the payments of invoices sent through the service
 * @param invitedById the staff member who sent it, or null for an administrator without a staff record
 * @param invitedByName their name
 * @param resent whether this is the invitation sent again (the first one was {@code false})
 * @param expiresAt when the invitation expires unanswered
 * @param invitedAt when it was sent
 */
public record CollaborationInvited(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        String scenario,
        String termsVersion,
        String invoiceRecipient,
        String variant,
        Integer agreementMonths,
        boolean agencyPaymentRecipient,
        UUID invitedById,
        String invitedByName,
        boolean resent,
        Instant expiresAt,
        Instant invitedAt) {

    public static final EventType<CollaborationInvited> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationInvited", 1, CollaborationInvited.class,
                    Topics.COLLABORATION_EVENTS);

    public CollaborationInvited {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(termsVersion, "termsVersion");
        Objects.requireNonNull(invoiceRecipient, "invoiceRecipient");
        Objects.requireNonNull(invitedByName, "invitedByName");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(invitedAt, "invitedAt");
    }
}
