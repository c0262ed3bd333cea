package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The client's administrator withdrew the consent: no new case can be sent, the open ones were closed with a note
 * (each its own CaseClosed), and the client still reads its history. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param revokedById the client user who withdrew it
 * @param revokedByName their name
 * @param reason what they wrote, or null
 * @param closedCases how many open cases were closed with it
 * @param staffIds the staff to tell: whoever sent the invitation and the assignees of the closed cases
 * @param revokedAt when
 */
public record ConsentRevoked(
        UUID clientId,
        String clientName,
        UUID revokedById,
        String revokedByName,
        String reason,
        int closedCases,
        List<UUID> staffIds,
        Instant revokedAt) {

    public static final EventType<ConsentRevoked> TYPE =
            new EventType<>("se.byra.case.ConsentRevoked", 1, ConsentRevoked.class, Topics.CASE_EVENTS);

    public ConsentRevoked {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(revokedById, "revokedById");
        Objects.requireNonNull(revokedByName, "revokedByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
