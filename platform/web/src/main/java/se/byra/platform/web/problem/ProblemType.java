package se.byra.platform.web.problem;

import java.net.URI;

/** The problem types the services answer with; {@code about:blank} when the status says it all. */
public final class ProblemType {

    public static final URI BLANK = URI.create("about:blank");
    public static final URI VALIDATION = URI.create("urn:se.byra:problem:validation");
    public static final URI MALFORMED_BODY = URI.create("urn:se.byra:problem:malformed-body");
    public static final URI CONFLICT = URI.create("urn:se.byra:problem:conflict");
    public static final URI NOT_FOUND = URI.create("urn:se.byra:problem:not-found");

    private ProblemType() {
    }
}
