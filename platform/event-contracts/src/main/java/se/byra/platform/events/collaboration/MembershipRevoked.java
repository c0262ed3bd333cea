package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A person is no longer a user of a client company's account: they lose access to the company's data
 * as soon as a consumer handles this. Key: the client id. The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientUserId the person as a client user
 * @param revokedAt when the membership ended
 */
public record MembershipRevoked(UUID clientId, UUID clientUserId, Instant revokedAt) {

    public static final EventType<MembershipRevoked> TYPE =
            new EventType<>("se.byra.collaboration.MembershipRevoked", 1, MembershipRevoked.class,
                    Topics.COLLABORATION_EVENTS);

    public MembershipRevoked {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
