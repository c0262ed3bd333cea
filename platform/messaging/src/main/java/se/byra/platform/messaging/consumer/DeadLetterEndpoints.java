package se.byra.platform.messaging.consumer;

import static se.byra.platform.messaging.management.OperatorAnswers.json;
import static se.byra.platform.messaging.management.OperatorAnswers.problem;
import static se.byra.platform.messaging.management.OperatorAnswers.problemBody;
import static se.byra.platform.messaging.management.OperatorAnswers.queryNumber;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import se.byra.platform.messaging.consumer.DeadLetters.ReplayReport;
import se.byra.platform.messaging.inbox.EventDispatcher;

/**
 * Operator endpoints on the management interface (a port of its own, never routed publicly):
 * {@code GET /q/messaging/dead-letters/<consumer>?page=&size=} lists a consumer's dead letters,
 * {@code POST /q/messaging/dead-letters/<consumer>/replay} hands them to the dispatcher again.
 */
@ApplicationScoped
public class DeadLetterEndpoints {

    static final String ROOT = "/q/messaging/dead-letters/";
    private static final Logger LOG = Logger.getLogger(DeadLetterEndpoints.class);
    private static final int MAX_SIZE = 100;

    @Inject
    EventConsumers consumers;

    @Inject
    EventDispatcher dispatcher;

    void routes(@Observes ManagementInterface management) {
        // blocking handlers: both read Kafka, and a replay writes to the database
        management.router().get(ROOT + ":consumer").blockingHandler(this::list, false);
        management.router().post(ROOT + ":consumer/replay").blockingHandler(this::replay, false);
    }

    private void list(RoutingContext context) {
        Optional<DeadLetters> letters = deadLetters(context);
        if (letters.isEmpty()) {
            return;
        }
        Integer page = queryNumber(context, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        Integer size = queryNumber(context, "size", 20, 1, MAX_SIZE);
        if (page == null || size == null) {
            return;
        }
        DeadLetters.Page answer = letters.get().list(page, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consumer", context.pathParam("consumer"));
        body.put("topics", letters.get().topics());
        body.put("items", answer.items());
        body.put("page", answer.page());
        body.put("size", answer.size());
        body.put("totalItems", answer.totalItems());
        body.put("totalPages", answer.totalPages());
        json(context, 200, body);
    }

    private void replay(RoutingContext context) {
        Optional<DeadLetters> letters = deadLetters(context);
        if (letters.isEmpty()) {
            return;
        }
        String name = context.pathParam("consumer");
        try {
            ReplayReport report = letters.get().replay(dispatcher::dispatch);
            LOG.infof("Dead letters of %s replayed: %s", name, report);
            json(context, 200, report(name, report));
        } catch (DeadLetters.ReplayRunning e) {
            problem(context, 409, "Conflict", e.getMessage());
        } catch (DeadLetters.ReplayInterrupted e) {
            LOG.warnf("Replay of %s's dead letters stopped: %s", name, e.getMessage());
            Map<String, Object> body = problemBody(503, "Service Unavailable",
                    e.getMessage() + "; what came before is done, replaying again is safe");
            body.put("soFar", report(name, e.soFar()));
            problem(context, body);
        }
    }

    private static Map<String, Object> report(String name, ReplayReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("consumer", name);
        body.put("handled", report.handled());
        body.put("duplicate", report.duplicate());
        body.put("skipped", report.skipped());
        body.put("stillPoison", report.stillPoison());
        return body;
    }

    private Optional<DeadLetters> deadLetters(RoutingContext context) {
        String name = context.pathParam("consumer");
        Optional<DeadLetters> letters = consumers.deadLetters(name);
        if (letters.isEmpty()) {
            problem(context, 404, "Not Found", "no consumer named " + name + " in this service");
        }
        return letters;
    }

}
