package se.byra.platform.web.input;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What text the services accept, from a body or a parameter: well-formed Unicode without control
 * characters (PostgreSQL refuses NUL, and the others are never meant in a name or an address);
 * line breaks and tabs only in multi-line fields. Accepted text is stored in NFC, so "å" typed as
 * one character or as "a" plus a ring is the same name.
 */
public final class TextRules {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TextRules() {
    }

    /** The message key of the first rule the value breaks, or empty when it is fine. */
    public static Optional<String> violation(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("text.surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("text.surrogate");
            }
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(multiLine ? "text.control.multiline" : "text.control");
            }
        }
        return Optional.empty();
    }

    public static String normalise(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Text from a source that cannot be refused field by field (a token's display name): control
     * characters and broken surrogates become spaces, and it is cut to {@code maxLength} characters
     * without splitting a character.
     */
    public static String bounded(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), maxLength));
        value.codePoints().forEach(cp -> clean.appendCodePoint(
                Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE ? ' ' : cp));
        String text = normalise(clean.toString().strip());
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(maxLength)) ? maxLength - 1 : maxLength;
        return text.substring(0, end).strip();
    }

    /** A UUID in its 36-character form only ({@link java.util.UUID#fromString} takes shorter groups too). */
    public static boolean isUuid(String value) {
        return UUID_TEXT.matcher(value).matches();
    }

    /** True for the ASCII digits 0-9 only: {@link Character#isDigit} also takes full-width and Arabic-Indic. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
