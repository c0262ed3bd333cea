package se.byra.engagement;

/** LIKE patterns for searches that match typed text as it is, wherever it occurs. */
public final class Like {

    private Like() {
    }

    /** {@code %text%}, with LIKE's own characters escaped: backslash is its escape character unless said otherwise. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
