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
            @Schema(nullable = true, description = "The engagement's owner (uppdragsansvarig): an active staff member "
                    + "of the agency (StaffView.id), or null for none; any other id answers 400 naming ownerId")
            UUID ownerId,
            @Schema(nullable = true, description = "The staff members taking part, each an active staff member of "
                    + "the agency; any other id answers 400 naming its place (participantIds[1]). One listed twice "
                    + "takes part once.")
            @Size(max = 50) List<@NotNull UUID> participantIds,
            @NotNull LocalDate periodStart,
            @Schema(nullable = true, description = "Not before periodStart; open-ended when left out")
            LocalDate periodEnd,
            @Schema(nullable = true, extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 20000) String terms) {
    }

    public record EngagementView(UUID id, UUID clientId, String clientName, String title,
            @Schema(nullable = true) UUID ownerId,
            @Schema(nullable = true, description = "The owner's name as the staff directory has it; null when the "
                    + "engagement has no owner") String ownerName,
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
