package se.byra.engagement.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.platform.web.input.MultiLine;

/** The engagements' REST records. */
public final class EngagementApi {

    private EngagementApi() {
    }

    public record CreateEngagement(
            @NotNull UUID clientId,
            @NotBlank @Size(max = 200) String title,
            @Schema(nullable = true) UUID ownerId,
            @Schema(nullable = true) @Size(max = 50) List<@NotNull UUID> participantIds,
            @NotNull LocalDate periodStart,
            @Schema(nullable = true, description = "Not before periodStart; open-ended when left out")
            LocalDate periodEnd,
            @Schema(nullable = true, extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 20000) String terms) {
    }

    public record EngagementView(UUID id, UUID clientId, String clientName, String title,
            @Schema(nullable = true) UUID ownerId,
            List<UUID> participantIds, LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd,
            EngagementStatus status, LetterView letter) {
    }

    public record LetterView(UUID id, int version, LetterStatus status,
            @Schema(nullable = true) Instant signedAt,
            @Schema(nullable = true) String signedByName,
            @Schema(nullable = true) String documentSha256) {
    }

    public record EngagementSummary(UUID id, UUID clientId, String title, LocalDate periodStart,
            @Schema(nullable = true) LocalDate periodEnd,
            EngagementStatus status) {
    }
}
