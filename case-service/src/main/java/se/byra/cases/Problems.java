package se.byra.cases;

import java.net.URI;
import java.util.List;

import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemException;

/** This service's own problem types: each rule that says no has its name, so a page can say it in its words. */
public final class Problems {

    private static final String PREFIX = "tag:byra.se,2026:problem:";

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(PREFIX + name);
    }

    /** 422: the request is well-formed but a fact elsewhere (the client's register) stands in the way. */
    public static ProblemException unprocessable(String type, String title, String detail, String field) {
        return new ProblemException(422, type(type), title, detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    /** 409 of a named rule. */
    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(409, type(type), title, detail, List.of());
    }
}
