package se.byra.cases.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.cases.Side;
import se.byra.cases.consent.ConsentHistory.Step;
import se.byra.platform.web.input.MultiLine;

/** The consent's API: what staff and the client's people read and send. */
public final class ConsentApi {

    private ConsentApi() {
    }

    /** Why an invitation cannot be sent now: each with its own words, as the 422 would say them. */
    public enum RefusalCode {
        MAIN_CONTACT_EMAIL_MISSING, ADDRESS_INCOMPLETE, MAIN_CONTACT_IS_STAFF
    }

    public record Refusal(RefusalCode code, String detail) {
    }

    /** One step of the consent's history. */
    public record HistoryView(Instant at, Step what, Side side, @Schema(nullable = true) String byName,
            @Schema(nullable = true) String note) {
    }

    /** A client's consent as staff see it, with what stands in the way of an invitation now. */
    public record ConsentView(
            UUID clientId,
            ConsentStatus status,
            @Schema(nullable = true, description = "The main contact the (last) invitation went to") String mainContactName,
            @Schema(nullable = true) String mainContactEmail,
            @Schema(nullable = true) Instant requestedAt,
            @Schema(nullable = true) String requestedByName,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredByName,
            @Schema(nullable = true) String reason,
            @Schema(description = "Why an invitation cannot be sent now; empty when it can") List<Refusal> refusals,
            List<HistoryView> history) {
    }

    /** A client's consent as its people see it in the portal. */
    public record CompanyConsentView(
            UUID clientId,
            ConsentStatus status,
            @Schema(nullable = true) Instant requestedAt,
            @Schema(nullable = true) String requestedByName,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredByName,
            @Schema(nullable = true) String reason,
            @Schema(description = "Whether the caller may grant, decline or revoke it (the company's administrator)")
            boolean mayAnswer) {
    }

    /** One client in the agency's list of consents. */
    public record ConsentItem(UUID clientId, String clientName, ConsentStatus status, Instant updatedAt) {
    }

    /** A decline or a revocation, with the administrator's reason for the agency. */
    public record Answer(
            @Schema(nullable = true, description = "Why, in the administrator's words, for the agency",
                    extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 1000) String reason) {
    }
}
