package se.byra.platform.web.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String title, String detail) {
        return response(new Problem(ProblemType.BLANK, title, status, detail, null, null, List.of()));
    }

    /** An address that names nothing, or something of another agency: the same answer. */
    public static Response notFound() {
        return response(new Problem(ProblemType.NOT_FOUND, "Not Found", 404, "There is nothing at this address",
                null, null, List.of()));
    }

    /** One field (or parameter) that is wrong. */
    public static Response invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    /** The fields (or parameters) that are wrong, each with its message; the detail lists them all. */
    public static Response invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
        return response(new Problem(ProblemType.VALIDATION, "Invalid request", 400, detail, null, null, errors));
    }
}
