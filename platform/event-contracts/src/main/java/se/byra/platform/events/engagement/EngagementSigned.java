package se.byra.platform.events.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An engagement letter was signed by every party it requires: the engagement is in force for
 * its period. Key: the engagement id. The agency is the envelope's {@code agencyid}.
 *
 * @param engagementId the engagement (uppdrag)
 * @param letterId the signed engagement letter (uppdragsbrev)
 * @param letterVersion version of the letter; an amendment is a higher version that supersedes
 * @param clientId the client company
 * @param clientName the client's company name at signing
 * @param organisationNumber the client's Swedish organisation number, {@code NNNNNN-NNNN}
 * @param title what the engagement is called
 * @param ownerId the staff member who owns the engagement (uppdragsansvarig), if one is set
 * @param participantIds other staff members taking part
 * @param periodStart first day the engagement covers
 * @param periodEnd last day it covers, or null when it runs until terminated
 * @param signedAt when the last required signature was given
 */
public record EngagementSigned(
        UUID engagementId,
        UUID letterId,
        int letterVersion,
        UUID clientId,
        String clientName,
        String organisationNumber,
        String title,
        UUID ownerId,
        List<UUID> participantIds,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant signedAt) {

    public static final EventType<EngagementSigned> TYPE =
            new EventType<>("se.byra.engagement.EngagementSigned", 1, EngagementSigned.class, Topics.ENGAGEMENT_EVENTS);

    public EngagementSigned {
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(organisationNumber, "organisationNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(signedAt, "signedAt");
        if (letterVersion < 1) {
            throw new IllegalArgumentException("letterVersion starts at 1");
        }
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }
}
