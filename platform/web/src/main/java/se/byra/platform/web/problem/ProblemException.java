package se.byra.platform.web.problem;

import java.net.URI;
import java.util.List;

/** A domain rule said no: answered as problem+json with the given status (404, 409, 422...). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, URI type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** The resource does not exist, or belongs to another agency: the answer is the same. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemType.NOT_FOUND, "Not found", what + " " + id + " was not found",
                List.of());
    }

    /** The caller is known and may see the resource, but not do this to it (say, a member who is no administrator). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemType.BLANK, "Forbidden", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemType.CONFLICT, "Conflict", detail, List.of());
    }

    /** A value that is well-formed but breaks a rule, named by its field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, ProblemType.VALIDATION, "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public Problem toProblem() {
        return new Problem(type, title, status, getMessage(), null, null, errors);
    }

    public int status() {
        return status;
    }
}
