package se.byra.platform.web.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import se.byra.platform.web.http.RouteTable;
import se.byra.platform.web.input.InvalidParameterException;
import se.byra.platform.web.input.RejectedInputException;

/**
 * Every error a service answers is problem+json: validation names the fields, malformed JSON
 * names the place, a lost race is a 409, and an unexpected failure is a 500 with a correlation
 * id to find it in the log, never a stack trace. These replace Quarkus' built-in mappers for the
 * same exceptions; field messages follow the caller's language ({@link Texts}).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    RouteTable routes;

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
    public Response invalidParameter(InvalidParameterException e, HttpHeaders headers) {
        return Problems.invalid(e.parameter(), Texts.get(Texts.locale(headers), e.messageKey(), e.arguments()));
    }

    /** Replaces Quarkus' own mapper for this one, which answers a non-problem body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
        return malformedField(e, Texts.locale(headers));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers) {
        return malformedField(e, Texts.locale(headers));
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpHeaders headers) {
        return malformedBody(e, Texts.locale(headers));
    }

    /** No credentials, or credentials refused: 401 with the mechanism's challenge (WWW-Authenticate). */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Uni<Response> unauthenticated(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context);
        return challenge.onFailure().recoverWithNull().map(ProblemMappers::challenged);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(403, "Forbidden", "You do not have permission for this");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response.ResponseBuilder problem = Response.fromResponse(Problems.response(405, "Method Not Allowed",
                "This method is not allowed here"));
        routes.match(uri.getPath()).ifPresent(route -> problem.header("Allow", route.allow()));
        return problem.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        // Quarkus REST wraps a body it could not read in a 400 with the Jackson error as cause
        if (e.getCause() instanceof JsonMappingException mapping) {
            return malformedField(mapping, Texts.locale(headers));
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return malformedBody(processing, Texts.locale(headers));
        }
        if (status >= 500) {
            return unexpected(e);
        }
        if (status == 404) {
            return Problems.notFound();
        }
        Response.ResponseBuilder problem = Response.fromResponse(Problems.response(status,
                original.getStatusInfo().getReasonPhrase(), detail(status)));
        copyHeader(original, problem, "WWW-Authenticate");
        return problem.build();
    }

    /**
     * A lost race (two requests for the one allowed thing) is a 409; the identity provider out of reach (Quarkus OIDC
     * has not read its metadata since the start and cannot now) a 503 with one line in the log; anything else a
     * logged 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Optional<Conflicts.Conflict> conflict = Conflicts.of(e);
        if (conflict.isPresent()) {
            LOG.debugf(e, "Conflict answered 409: %s", conflict.get());
            return Problems.response(new Problem(ProblemType.CONFLICT, "Conflict", 409,
                    "Another request changed the same data at the same time. Reload and try again.", null, null,
                    List.of()));
        }
        if (IdentityProviderFailures.unavailable(e)) {
            LOG.warnf("The identity provider cannot be reached: %s", e.getMessage());
            return Response.fromResponse(Problems.response(503, "Service Unavailable",
                    "The identity provider cannot be reached just now. Try again in a while."))
                    .header("Retry-After", "30").build();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, correlation id %s", correlationId);
        return Problems.response(new Problem(ProblemType.BLANK, "Internal Server Error", 500,
                "Something went wrong on our side. Quote the correlation id if you contact support.", null,
                correlationId, List.of()));
    }

    private static Response challenged(ChallengeData challenge) {
        int status = challenge == null ? 401 : challenge.status;
        Response.ResponseBuilder answer = status == 401
                ? Response.fromResponse(Problems.response(401, "Unauthorized",
                        "Sign in: this needs a valid access token"))
                : Response.status(status);
        if (challenge != null) {
            challenge.getHeaders().forEach((name, value) -> answer.header(name.toString(), value));
        } else {
            answer.header("WWW-Authenticate", "Bearer");
        }
        return answer.build();
    }

    private static Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return Problems.invalid(errors);
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
            // a list's element ("<list element>") is named by its container's index, appended below
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.CONTAINER_ELEMENT || (kind == ElementKind.PARAMETER && !last)) {
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

    private static Response malformedField(JsonMappingException e, Locale locale) {
        if (e.getPath().isEmpty() && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            return malformedBody(cause, locale);
        }
        String field = jsonPath(e.getPath());
        return Problems.invalid(List.of(new Problem.FieldError(field, Texts.get(locale, messageKey(e), arguments(e)))));
    }

    private static String messageKey(JsonMappingException e) {
        if (e instanceof RejectedInputException rejected) {
            return rejected.messageKey();
        }
        if (e instanceof InvalidNullException) {
            // a null list element, named by its index
            return "value.null";
        }
        if (e.getCause() instanceof InputCoercionException) {
            return "value.integer.range";
        }
        Class<?> type = e instanceof InvalidFormatException invalid ? invalid.getTargetType()
                : e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        return type == null ? "value.invalid" : describe(type);
    }

    private static Object[] arguments(JsonMappingException e) {
        if (e instanceof RejectedInputException rejected) {
            return rejected.arguments();
        }
        if (e.getCause() instanceof InputCoercionException coercion) {
            Class<?> type = coercion.getTargetType();
            return type == long.class || type == Long.class ? new Object[] { Long.MIN_VALUE, Long.MAX_VALUE }
                    : new Object[] { Integer.MIN_VALUE, Integer.MAX_VALUE };
        }
        Class<?> type = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        return type != null && type.isEnum() ? new Object[] { java.util.Arrays.toString(type.getEnumConstants()) }
                : new Object[0];
    }

    /** Not JSON, or JSON the reader refuses before any field is known (nesting, duplicates, numbers). */
    private static Response malformedBody(JsonProcessingException e, Locale locale) {
        String field = e.getProcessor() instanceof JsonParser parser ? pointerToField(parser) : "body";
        if (e instanceof StreamConstraintsException) {
            return Problems.invalid(List.of(new Problem.FieldError("body", Texts.get(locale, "body.too.deep"))));
        }
        if (e instanceof InputCoercionException) {
            return Problems.invalid(List.of(new Problem.FieldError(field, Texts.get(locale, "value.integer.range",
                    Integer.MIN_VALUE, Integer.MAX_VALUE))));
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            String name = message.replaceAll("^Duplicate field '(.*)'$", "$1");
            return Problems.invalid(List.of(new Problem.FieldError(field, Texts.get(locale, "body.duplicate", name))));
        }
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (%d:%d)".formatted(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return Problems.response(new Problem(ProblemType.MALFORMED_BODY, "Malformed request body", 400,
                Texts.get(locale, "body.malformed", where), null, null,
                List.of(new Problem.FieldError("body", Texts.get(locale, "body.malformed", where)))));
    }

    /** Where the parser stood: {@code /contacts/0/name} -> {@code contacts[0].name}. */
    private static String pointerToField(JsonParser parser) {
        StringBuilder field = new StringBuilder();
        JsonPointer pointer = parser.getParsingContext() == null ? JsonPointer.empty()
                : parser.getParsingContext().pathAsPointer();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                field.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(p.getMatchingProperty());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
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
            case "UUID" -> "value.uuid";
            case "LocalDate" -> "value.date";
            case "Instant", "OffsetDateTime", "ZonedDateTime", "LocalDateTime" -> "value.timestamp";
            case "int", "Integer", "long", "Long", "short", "Short" -> "value.integer";
            case "BigDecimal", "double", "Double", "float", "Float" -> "value.number";
            case "boolean", "Boolean" -> "value.boolean";
            case "String" -> "value.string";
            case "List", "Set", "Collection" -> "value.list";
            default -> type.isEnum() ? "value.enum" : type.isArray() ? "value.list" : "value.object";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 406 -> "No representation matches the Accept header";
            case 413 -> "The request body is larger than this service accepts";
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
