package se.byra.cases.template;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.cases.casefile.CaseType;
import se.byra.cases.casefile.Definition;
import se.byra.platform.web.input.MultiLine;

/** The templates' API and the bulk send's report. */
public final class TemplateApi {

    private TemplateApi() {
    }

    /** A template as written: new ({@code version} ignored) or changed (the version it was read at). */
    public record TemplateBody(
            @Schema(description = "Ignored for a new template; for a change, the version it was read at") int version,
            @NotBlank @Size(max = 200) String name,
            @NotNull CaseType type,
            @NotBlank @Size(max = 200) String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @NotNull @Size(max = 10_000) String description,
            @Schema(nullable = true, description = "Days from sending to the due date") @Min(0) @Max(365)
            Integer dueInDays,
            @Schema(nullable = true) @Valid Definition definition) {
    }

    public record TemplateView(UUID id, String name, CaseType type, String title, String description,
            @Schema(nullable = true) Integer dueInDays, Definition definition, Instant updatedAt, int version) {
    }

    /** One template sent to many clients at once. */
    public record Dispatch(
            @NotEmpty @Size(max = 500) List<@NotNull UUID> clientIds,
            @Schema(nullable = true, description = "Instead of the template's days from today") LocalDate dueOn,
            @Schema(nullable = true) UUID assigneeId) {
    }

    public enum RefusalCode {
        NO_CONSENT, UNKNOWN_CLIENT, DUPLICATE
    }

    public record Sent(UUID clientId, String clientName, UUID caseId) {
    }

    public record Refused(UUID clientId, @Schema(nullable = true) String clientName, RefusalCode code, String reason) {
    }

    /** What was sent, and to whom it could not be and why. */
    public record DispatchReport(List<Sent> sent, List<Refused> refused) {
    }
}
