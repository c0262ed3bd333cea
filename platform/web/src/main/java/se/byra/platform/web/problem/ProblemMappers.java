package se.byra.platform.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.ForbiddenException;

/**
 * Every error a service answers is problem+json: validation names the fields, malformed JSON
 * names the place, and an unexpected failure is a 500 with a correlation id to find it in the
 * log, never a stack trace. These replace Quarkus' built-in mappers for the same exceptions.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problems.response(e.toProblem());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return malformedField(e);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        return malformedField(e);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e) {
        String where = e.getLocation() == null ? ""
                : " at line %d, column %d".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return Problems.response(new Problem(ProblemType.MALFORMED_BODY, "Malformed request body", 400,
                "The request body is not valid JSON" + where, null, null, List.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(403, "Forbidden", "You do not have permission for this");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        // Quarkus REST wraps a body it could not read in a 400 with the Jackson error as cause
        if (e.getCause() instanceof JsonParseException parse) {
            return jsonParse(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return malformedField(mapping);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problems.response(status,
                original.getStatusInfo().getReasonPhrase(), detail(status)));
        // keep what the client needs to react: the methods allowed, the challenge to answer
        copyHeader(original, problem, "Allow");
        copyHeader(original, problem, "WWW-Authenticate");
        return problem.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, correlation id %s", correlationId);
        return Problems.response(new Problem(ProblemType.BLANK, "Internal Server Error", 500,
                "Something went wrong on our side. Quote the correlation id if you contact support.", null,
                correlationId, List.of()));
    }

    private static Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid");
        return Problems.response(new Problem(ProblemType.VALIDATION, "Invalid request", 400, detail, null, null,
                errors));
    }

    /**
     * {@code create.request.contacts[0].email} -> {@code contacts[0].email}: the method and the
     * body parameter are not fields the caller sent; a plain query or path parameter is named itself.
     */
    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER
                    || (kind == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            Path.Node next = last ? null : nodes.get(i + 1);
            if (next != null && next.getIndex() != null) {
                field.append('[').append(next.getIndex()).append(']');
            } else if (next != null && next.getKey() != null) {
                field.append('[').append(next.getKey()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }

    private static Response malformedField(JsonMappingException e) {
        String field = jsonPath(e.getPath());
        String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                ? "must be a valid " + describe(invalid.getTargetType())
                : e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                        ? "must be " + describe(mismatched.getTargetType())
                        : "has an invalid value";
        return Problems.response(new Problem(ProblemType.VALIDATION, "Invalid request", 400, field + ": " + message,
                null, null, List.of(new Problem.FieldError(field, message))));
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "timestamp (RFC 3339)";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "BigDecimal", "double", "Double" -> "number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a text";
            case "List", "Set" -> "a list";
            default -> type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "an object";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "No representation matches the Accept header";
            case 415 -> "Send the body as application/json";
            default -> "The request cannot be served";
        };
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
