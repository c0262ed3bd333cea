package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The client's administrator consented to case management: the agency may send cases. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param grantedById the client user who consented
 * @param grantedByName their name
 * @param staffIds the staff to tell: whoever sent the invitation
 * @param grantedAt when
 */
public record ConsentGranted(
        UUID clientId,
        String clientName,
        UUID grantedById,
        String grantedByName,
        List<UUID> staffIds,
        Instant grantedAt) {

    public static final EventType<ConsentGranted> TYPE =
            new EventType<>("se.byra.case.ConsentGranted", 1, ConsentGranted.class, Topics.CASE_EVENTS);

    public ConsentGranted {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(grantedById, "grantedById");
        Objects.requireNonNull(grantedByName, "grantedByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(grantedAt, "grantedAt");
    }
}
