package se.byra.collaboration.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST records of the engagement read model. */
public final class EngagementApi {

    private EngagementApi() {
    }

    public record EngagementSummary(UUID id, UUID clientId, String clientName, String organisationNumber,
            String title, @Schema(nullable = true) UUID ownerId,
            List<UUID> participantIds, LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd,
            int letterVersion, Instant signedAt) {
    }
}
