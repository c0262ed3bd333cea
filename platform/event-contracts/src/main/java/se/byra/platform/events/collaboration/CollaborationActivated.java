package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A collaboration is active: the client's administrator approved it and its terms, or the agency linked
 * a collaboration imported from an older system to its service and engagement. The staff on the
 * engagement have access to the client's service from now on. Key: the client id. The agency is the
 * envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue
 * @param serviceName the service's name in each language
 * @param engagementId the engagement the collaboration rests on
 * @param staffIds the staff members with access: the engagement's owner and participants, each once
 * @param origin {@code INVITATION} (approved in the portal) or {@code IMPORT} (an imported one, linked)
 * @param invoiceRecipient {@code AGENCY} or {@code CLIENT}
 * @param variant the service's variant, or null for a service without any
 * @param agreementMonths the agreement period in months, or null for a service without one
 * @param agencyPaymentRecipient whether the agency receives the payments of invoices sent through the service
 * @param termsVersion the version of the terms approved, or null for a linked import
 * @param acceptedById the client user who approved, or null for a linked import
 * @param acceptedByName their name, or the staff member's who linked it
 * @param activatedAt when it became active
 */
public record CollaborationActivated(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        List<UUID> staffIds,
        String origin,
        String invoiceRecipient,
        String variant,
        Integer agreementMonths,
        boolean agencyPaymentRecipient,
        String termsVersion,
        UUID acceptedById,
        String acceptedByName,
        Instant activatedAt) {

    public static final EventType<CollaborationActivated> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationActivated", 1, CollaborationActivated.class,
                    Topics.COLLABORATION_EVENTS);

    public CollaborationActivated {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(invoiceRecipient, "invoiceRecipient");
        Objects.requireNonNull(acceptedByName, "acceptedByName");
        Objects.requireNonNull(activatedAt, "activatedAt");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
