package se.byra.platform.web.problem;

import java.net.URI;

/** The problem types the services answer with; {@code about:blank} when the status says it all. */
public final class ProblemType {

    /**
     * A tag URI (RFC 4151): an absolute URI, as RFC 9457 wants a {@code type} to be, that clients'
     * URI parsers accept and that promises no page behind it.
     */
    private static final String PREFIX = "tag:byra.se,2026:problem:";

    public static final URI BLANK = URI.create("about:blank");
    public static final URI VALIDATION = URI.create(PREFIX + "validation");
    public static final URI MALFORMED_BODY = URI.create(PREFIX + "malformed-body");
    public static final URI CONFLICT = URI.create(PREFIX + "conflict");
    public static final URI NOT_FOUND = URI.create(PREFIX + "not-found");

    private ProblemType() {
    }
}
