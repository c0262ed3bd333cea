package se.byra.platform.messaging.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import se.byra.platform.events.EventCatalog;
import se.byra.platform.events.EventType;
import se.byra.platform.messaging.management.OperatorAnswers;

/**
 * Serves the JSON Schema of every catalogued event at
 * {@code GET /q/event-schemas/<type>/v<version>.json} on the management interface, so a
 * consumer in another stack can fetch the schema a record's {@code ce_dataschema} names from
 * the service that published it. The management port is never routed publicly; the schemas are
 * not secret, but they belong with the other operational endpoints, not the API.
 */
@ApplicationScoped
public class EventSchemaRoutes {

    private static final String MEDIA_TYPE = "application/schema+json";

    private final String root;

    EventSchemaRoutes(@ConfigProperty(name = "quarkus.management.root-path", defaultValue = "/q") String rootPath) {
        this.root = rootPath.replaceAll("/$", "") + "/event-schemas/";
    }

    void register(@Observes ManagementInterface management) {
        Map<String, Buffer> schemas = new HashMap<>();
        for (EventType<?> type : EventCatalog.all()) {
            schemas.put(root + type.type() + "/v" + type.version() + ".json", read(type.schemaResource()));
        }
        management.router().get(root + "*").handler(ctx -> serve(ctx, schemas));
    }

    private static void serve(RoutingContext ctx, Map<String, Buffer> schemas) {
        Buffer schema = schemas.get(ctx.normalizedPath());
        if (schema == null) {
            OperatorAnswers.problem(ctx, 404, "Not Found", "There is no event schema at this address");
            return;
        }
        ctx.response().putHeader("Content-Type", MEDIA_TYPE).end(schema);
    }

    /** Read once at start: a schema missing from the jar fails the start, not a consumer's request. */
    private static Buffer read(String resource) {
        try (InputStream in = EventSchemaRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("event schema " + resource + " is not on the classpath");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
