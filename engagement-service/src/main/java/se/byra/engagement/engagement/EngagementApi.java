package se.byra.engagement.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The engagements' REST records. */
public final class EngagementApi {

    private EngagementApi() {
    }

    public record CreateEngagement(
            @NotNull UUID clientId,
            @NotBlank @Size(max = 200) String title,
            UUID ownerId,
            @Size(max = 50) List<@NotNull UUID> participantIds,
            @NotNull LocalDate periodStart,
            LocalDate periodEnd,
            @Size(max = 20000) String terms) {
    }

    public record EngagementView(UUID id, UUID clientId, String clientName, String title, UUID ownerId,
            List<UUID> participantIds, LocalDate periodStart, LocalDate periodEnd, EngagementStatus status,
            LetterView letter) {
    }

    public record LetterView(UUID id, int version, LetterStatus status, Instant signedAt, String signedByName,
            String documentSha256) {
    }

    public record EngagementSummary(UUID id, UUID clientId, String title, LocalDate periodStart,
            LocalDate periodEnd, EngagementStatus status) {
    }
}
