package se.byra.gateway.pages;

import java.util.regex.Pattern;

/** A posted form's values as the forms keep them: trimmed, never null; empty sent as null. */
public final class FormValues {

    /** Something, an at sign, something with a dot: the gateway's first look; the service checks the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private FormValues() {
    }

    /** The value as typed, without the spaces around it; empty for none. */
    public static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** What the service gets for a field: null when it was left empty. */
    public static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public static boolean looksLikeEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** A version sent back with an edit; a tampered one is -1, which the service refuses as any stale one. */
    public static long version(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
