package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A collaboration ended, at once or at the date set for it (then published once, whichever replica
 * reached the date first). The staff on it lose access to the client's service; the client keeps the
 * service alone or ends it too, as its administrator answers in the portal. Key: the client id. The
 * agency is the envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue
 * @param serviceName the service's name in each language
 * @param engagementId the engagement it rested on
 * @param staffIds the staff members who had access, each once
 * @param side who ended it: {@code AGENCY} or {@code CLIENT}
 * @param endedByName the person who ended it (or set the date)
 * @param endedOn its last day
 * @param endedAt when it took effect
 */
public record CollaborationEnded(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        List<UUID> staffIds,
        String side,
        String endedByName,
        LocalDate endedOn,
        Instant endedAt) {

    public static final EventType<CollaborationEnded> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationEnded", 1, CollaborationEnded.class,
                    Topics.COLLABORATION_EVENTS);

    public CollaborationEnded {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(endedByName, "endedByName");
        Objects.requireNonNull(endedOn, "endedOn");
        Objects.requireNonNull(endedAt, "endedAt");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
