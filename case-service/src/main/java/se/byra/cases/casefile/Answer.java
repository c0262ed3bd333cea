package se.byra.cases.casefile;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.platform.web.input.MultiLine;

/**
 * The client's answer, saved or submitted: one shape for every type, with the parts of the case's type only
 * ({@link CaseRules#answer}). Files are attachments, not part of it.
 */
public record Answer(
        @Schema(nullable = true, description = "QUESTION: the answer; DOCUMENT_REQUEST: a note",
                extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
        @Size(max = 10_000) String text,
        @Schema(nullable = true, description = "INFORMATION: true when read") Boolean acknowledged,
        @Schema(nullable = true, description = "APPROVAL: the decision") Decision decision,
        @Schema(nullable = true, description = "APPROVAL: why (required when rejected)",
                extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
        @Size(max = 2_000) String comment,
        @Schema(nullable = true, description = "FORM: the values by field key, each as text")
        @Size(max = 100) Map<@NotNull @Size(max = 40) String, @NotNull @Size(max = 2_000) String> values) {

    public static final Answer EMPTY = new Answer(null, null, null, null, null);

    public enum Decision {
        APPROVED, REJECTED
    }
}
