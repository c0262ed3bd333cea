package se.byra.platform.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks identifiers that other teams' tools parse ({@code $id}, {@code dataschema},
 * {@code source}, problem {@code type}) against the grammars those tools apply:
 * RFC 3986 {@code absolute-URI}, and for the schemes {@code urn} and {@code tag} also RFC 8141
 * and RFC 4151. {@link java.net.URI} is more lenient (it took {@code urn:se.byra:...}, which ajv
 * refuses), hence the grammar spelled out here.
 */
public final class AbsoluteUri {

    private static final String UNRESERVED = "A-Za-z0-9\\-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String PCHAR = "(?:[" + UNRESERVED + SUB_DELIMS + ":@]|%[0-9A-Fa-f]{2})";
    private static final String SEGMENT = PCHAR + "*";
    private static final String REG_NAME = "(?:[" + UNRESERVED + SUB_DELIMS + "]|%[0-9A-Fa-f]{2})*";
    private static final String USERINFO = "(?:[" + UNRESERVED + SUB_DELIMS + ":]|%[0-9A-Fa-f]{2})*";
    private static final String IP_LITERAL = "\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[" + UNRESERVED + SUB_DELIMS + ":]+)\\]";
    private static final String AUTHORITY = "(?:" + USERINFO + "@)?(?:" + IP_LITERAL + "|" + REG_NAME + ")(?::[0-9]*)?";
    private static final String HIER_PART = "(?://" + AUTHORITY + "(?:/" + SEGMENT + ")*"
            + "|/(?:" + PCHAR + "+(?:/" + SEGMENT + ")*)?"
            + "|" + PCHAR + "+(?:/" + SEGMENT + ")*"
            + "|)";

    /** RFC 3986 section 4.3: {@code scheme ":" hier-part [ "?" query ]}, no fragment. */
    private static final Pattern ABSOLUTE = Pattern.compile(
            "([A-Za-z][A-Za-z0-9+\\-.]*):(" + HIER_PART + "(?:\\?(?:" + PCHAR + "|[/?])*)?)");

    /** RFC 8141: NID is 2 to 32 letters, digits and hyphens, starting and ending with a letter or digit. */
    private static final Pattern URN = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:" + PCHAR + "(?:" + PCHAR + "|/)*"
                    + "(?:\\?\\+(?:" + PCHAR + "|[/?])+)?(?:\\?=(?:" + PCHAR + "|[/?])+)?");

    private static final String DNS_COMP = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final String DNS_NAME = DNS_COMP + "(?:\\." + DNS_COMP + ")*";

    /** RFC 4151: {@code taggingEntity ":" specific}, taggingEntity = (DNS name or e-mail) "," date. */
    private static final Pattern TAG = Pattern.compile(
            "(?:" + DNS_NAME + "|[A-Za-z0-9\\-._]+@" + DNS_NAME + "),"
                    + "([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?:(?:" + PCHAR + "|[/?])*");

    private AbsoluteUri() {
    }

    /** Why {@code value} is not a valid absolute URI, or empty when it is one. */
    public static Optional<String> violation(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("is empty");
        }
        Matcher absolute = ABSOLUTE.matcher(value);
        if (!absolute.matches()) {
            return Optional.of("is not an RFC 3986 absolute URI (scheme \":\" then only URI characters,"
                    + " valid %-escapes, no fragment): " + value);
        }
        String scheme = absolute.group(1).toLowerCase(Locale.ROOT);
        String rest = absolute.group(2);
        if (scheme.equals("urn") && !URN.matcher(rest).matches()) {
            return Optional.of("is not an RFC 8141 URN (the namespace identifier is letters, digits and"
                    + " hyphens, no dots): " + value);
        }
        if (scheme.equals("tag")) {
            Matcher tag = TAG.matcher(rest);
            if (!tag.matches() || !isDate(tag.group(1), tag.group(2), tag.group(3))) {
                return Optional.of("is not an RFC 4151 tag URI (tag:<domain or e-mail>,<date>:<specific>): " + value);
            }
        }
        return Optional.empty();
    }

    /** {@code value}, or an {@link IllegalArgumentException} saying why it is not a valid absolute URI. */
    public static String require(String value, String what) {
        violation(value).ifPresent(why -> {
            throw new IllegalArgumentException(what + " " + why);
        });
        return value;
    }

    private static boolean isDate(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), month == null ? 1 : Integer.parseInt(month),
                    day == null ? 1 : Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
