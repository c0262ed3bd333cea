package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The client's administrator declined case management; staff may invite again later. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param declinedById the client user who declined
 * @param declinedByName their name
 * @param reason what they wrote, or null
 * @param staffIds the staff to tell: whoever sent the invitation
 * @param declinedAt when
 */
public record ConsentDeclined(
        UUID clientId,
        String clientName,
        UUID declinedById,
        String declinedByName,
        String reason,
        List<UUID> staffIds,
        Instant declinedAt) {

    public static final EventType<ConsentDeclined> TYPE =
            new EventType<>("se.byra.case.ConsentDeclined", 1, ConsentDeclined.class, Topics.CASE_EVENTS);

    public ConsentDeclined {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(declinedById, "declinedById");
        Objects.requireNonNull(declinedByName, "declinedByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(declinedAt, "declinedAt");
    }
}
