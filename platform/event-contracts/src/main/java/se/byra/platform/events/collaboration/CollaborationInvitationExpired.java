package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An invitation to a collaboration was not answered in time; it stays listed as expired, and the agency may
 * send it again. Published once per expiry, whichever replica noticed it. Key: the client id. The agency
 * is the envelope's {@code agencyid}.
 *
 * @param collaborationId the collaboration (samarbete)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param service the shared service's code in the catalogue
 * @param serviceName the service's name in each language
 * @param engagementId the engagement it was to rest on
 * @param staffIds the staff to tell: whoever sent the invitation and the engagement's owner, each once
 * @param invitedAt when the invitation was last sent
 * @param expiredAt when it expired
 */
public record CollaborationInvitationExpired(
        UUID collaborationId,
        UUID clientId,
        String clientName,
        String service,
        ServiceName serviceName,
        UUID engagementId,
        List<UUID> staffIds,
        Instant invitedAt,
        Instant expiredAt) {

    public static final EventType<CollaborationInvitationExpired> TYPE =
            new EventType<>("se.byra.collaboration.CollaborationInvitationExpired", 1,
                    CollaborationInvitationExpired.class, Topics.COLLABORATION_EVENTS);

    public CollaborationInvitationExpired {
        Objects.requireNonNull(collaborationId, "collaborationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(invitedAt, "invitedAt");
        Objects.requireNonNull(expiredAt, "expiredAt");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
