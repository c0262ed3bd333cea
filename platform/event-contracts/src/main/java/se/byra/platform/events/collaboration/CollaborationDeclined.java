package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The client's administrator declined the invitation to a collaboration; it stays listed as declined.
 * Key: the client id. The agency is the envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue
 * @param serviceName the service's name in each language
 * @param engagementId the engagement it was to rest on
 * @param staffIds the staff to tell: whoever sent the invitation and the engagement's owner, each once
 * @param declinedById the client user who declined
 * @param declinedByName their name
 * @param reason what they wrote, or null
 * @param declinedAt when
 */
public record CollaborationDeclined(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        List<UUID> staffIds,
        UUID declinedById,
        String declinedByName,
        String reason,
        Instant declinedAt) {

    public static final EventType<CollaborationDeclined> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationDeclined", 1, CollaborationDeclined.class,
                    Topics.COLLABORATION_EVENTS);

    public CollaborationDeclined {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(declinedById, "declinedById");
        Objects.requireNonNull(declinedByName, "declinedByName");
        Objects.requireNonNull(declinedAt, "declinedAt");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
