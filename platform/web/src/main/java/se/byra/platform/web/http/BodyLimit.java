package se.byra.platform.web.http;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemType;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
 * does, but with a problem+json body saying what the limit is (Quarkus answers an empty 413).
 * Runs just before Quarkus' own check, which still catches chunked bodies while they are read.
 */
public class BodyLimit {

    /** Before Quarkus' upload limit ({@code RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT}, -2). */
    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.chars().allMatch(c -> c >= '0' && c <= '9') || length.length() > 18
                || Long.parseLong(length) <= limit.asLongValue()) {
            context.next();
            return;
        }
        Problem problem = new Problem(ProblemType.BLANK, "Content Too Large", 413,
                "The request body is larger than the limit of " + limit.asLongValue() + " bytes", null, null,
                List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        // the client may still be sending the body: answer, then close, as Quarkus' own check does
        context.response().putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setStatusCode(413)
                .end(body)
                .onComplete(done -> context.request().connection().close());
    }
}
