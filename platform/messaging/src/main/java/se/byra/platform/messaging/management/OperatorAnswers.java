package se.byra.platform.messaging.management;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.ext.web.RoutingContext;
import se.byra.platform.events.EventJson;

/**
 * How the operator endpoints on the management interface answer (dead letters, parked events,
 * event schemas): JSON, RFC 9457 problems, and paging parameters, in one place. They are Vert.x
 * routes, outside Quarkus REST, so platform/web's mappers do not reach them.
 */
public final class OperatorAnswers {

    /**
     * platform/web's {@code ProblemType.NOT_FOUND}, spelled out because messaging does not depend
     * on web; engagement-service's EventSchemaEndpointTest holds the two equal.
     */
    public static final String NOT_FOUND_TYPE = "tag:byra.se,2026:problem:not-found";

    private OperatorAnswers() {
    }

    public static void json(RoutingContext context, int status, Object body) {
        send(context, status, "application/json", body);
    }

    public static void problem(RoutingContext context, int status, String title, String detail) {
        problem(context, problemBody(status, title, detail));
    }

    /** A problem with members of its own added to {@code body} (from {@link #problemBody}). */
    public static void problem(RoutingContext context, Map<String, Object> body) {
        send(context, (Integer) body.get("status"), "application/problem+json", body);
    }

    public static Map<String, Object> problemBody(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", status == 404 ? NOT_FOUND_TYPE : "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    /** A query parameter of ASCII digits within bounds, its fallback when absent, or null after answering 400. */
    public static Integer queryNumber(RoutingContext context, String name, int fallback, int min, int max) {
        String value = context.queryParams().get(name);
        if (value == null) {
            return fallback;
        }
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        problem(context, 400, "Bad Request", name + " must be a whole number from " + min + " to " + max);
        return null;
    }

    private static void send(RoutingContext context, int status, String contentType, Object body) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", contentType)
                    .end(EventJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
