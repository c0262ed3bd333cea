package se.byra.platform.web.input;

import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text field that may hold several lines (terms, comments, answers) is marked in its schema:
 * {@code @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))}. Line
 * breaks and tabs are then allowed in it; every other control character is still refused. The
 * one annotation both documents the field ({@code x-multiline: true} in the OpenAPI document) and
 * sets the rule the JSON reader applies, so the two cannot drift apart.
 */
public final class MultiLine {

    public static final String EXTENSION = "x-multiline";

    private MultiLine() {
    }

    static boolean marks(Schema schema) {
        return schema != null && Arrays.stream(schema.extensions())
                .anyMatch(e -> EXTENSION.equals(e.name()) && "true".equals(e.value()));
    }
}
