package se.byra.cases.casefile;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a case of its type asks: the documents of a document request, the fields of a form; nothing for the other
 * three. Which parts a type takes is {@link CaseRules#definition}'s to say.
 */
public record Definition(
        @Schema(nullable = true, description = "DOCUMENT_REQUEST: the documents asked for (1..50)")
        @Size(max = 50) List<@Valid @NotNull Document> documents,
        @Schema(nullable = true, description = "FORM: the fields to fill in (1..100)")
        @Size(max = 100) List<@Valid @NotNull Field> fields) {

    /** No documents, no fields: a question, an approval, an information. */
    public static final Definition NONE = new Definition(null, null);

    public static final String KEY_PATTERN = "[a-z0-9-]{1,40}";

    /** A document asked for; the client uploads files for it (attachments with item = key). */
    public record Document(
            @Schema(nullable = true, description = "Given by position (d1, d2, ...) when missing")
            @Pattern(regexp = KEY_PATTERN) String key,
            @NotBlank @Size(max = 200) String name,
            boolean required) {
    }

    /** A form field; a FILE field is answered by attachments with item = key. */
    public record Field(
            @Schema(nullable = true, description = "Given by position (f1, f2, ...) when missing")
            @Pattern(regexp = KEY_PATTERN) String key,
            @NotBlank @Size(max = 200) String label,
            @NotNull FieldType type,
            boolean required,
            @Schema(nullable = true, description = "CHOICE: the options, 2..20 different texts of 1..200 characters")
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> options) {
    }

    public enum FieldType {
        TEXT, NUMBER, DATE, YES_NO, CHOICE, FILE
    }
}
