package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * Who is responsible for a client changed: the staff members a staff member with own-clients
 * permission must be one of to see the client and everything belonging to it. Published when the
 * client is registered (the list may be empty) and whenever the set changes; the payload is the whole
 * set, so a consumer keeps the latest event of the key. Key: the client id. The agency is the
 * envelope's {@code agencyid}: a consumer learns from this event which agency a client belongs to.
 *
 * @param clientId the client
 * @param staffIds the client manager, the owners and the participants of the client's engagements,
 *        each once, in id order
 * @param changedAt when the change was recorded
 */
public record ClientResponsibilityChanged(UUID clientId, List<UUID> staffIds, Instant changedAt) {

    public static final EventType<ClientResponsibilityChanged> TYPE =
            new EventType<>("se.byra.engagement.ClientResponsibilityChanged", 1, ClientResponsibilityChanged.class,
                    Topics.ENGAGEMENT_EVENTS);

    public ClientResponsibilityChanged {
        Objects.requireNonNull(clientId, "clientId");
        staffIds = List.copyOf(Objects.requireNonNull(staffIds, "staffIds"));
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
