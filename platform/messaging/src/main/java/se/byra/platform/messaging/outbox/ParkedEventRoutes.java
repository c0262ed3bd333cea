package se.byra.platform.messaging.outbox;

import static se.byra.platform.messaging.management.OperatorAnswers.json;
import static se.byra.platform.messaging.management.OperatorAnswers.problem;
import static se.byra.platform.messaging.management.OperatorAnswers.queryNumber;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;

/**
 * The operator's view of parked events, on the management interface (a port of its own, never
 * routed publicly, like health and metrics):
 *
 * <ul>
 * <li>{@code GET /q/messaging/outbox/parked?page=0&size=20}: the parked events, oldest first, with
 * the broker's reason and how many events of the same key wait behind each;</li>
 * <li>{@code POST /q/messaging/outbox/parked/<event id>/retry}: send it again (after the cause is
 * fixed, for example the topic's {@code max.message.bytes} raised); its key's held events follow
 * in order;</li>
 * <li>{@code POST /q/messaging/outbox/parked/<event id>/skip}: never send it; its key's held events
 * go out without it. Consumers will not see the event at all: decide with the owning team.</li>
 * </ul>
 * Both actions answer 404 for an id that is not parked (already resolved, or unknown), so
 * repeating one is harmless.
 */
@ApplicationScoped
public class ParkedEventRoutes {

    private static final Logger LOG = Logger.getLogger(ParkedEventRoutes.class);
    private static final String BASE = "/q/messaging/outbox/parked";
    private static final int MAX_SIZE = 100;

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    private OutboxStore store;

    void register(@Observes ManagementInterface management) {
        store = new OutboxStore(dataSource);
        management.router().get(BASE).blockingHandler(this::list);
        management.router().post(BASE + "/:id/retry").blockingHandler(context -> resolve(context, false));
        management.router().post(BASE + "/:id/skip").blockingHandler(context -> resolve(context, true));
    }

    /** One page of the list, in the shape of every list in the suite. */
    record Page(List<OutboxStore.ParkedEvent> items, int page, int size, long totalItems, long totalPages) {
    }

    private void list(RoutingContext context) {
        Integer page = queryNumber(context, "page", 0, 0, 10_000);
        Integer size = queryNumber(context, "size", 20, 1, MAX_SIZE);
        if (page == null || size == null) {
            return;
        }
        try {
            long total = store.parkedCount();
            json(context, 200, new Page(store.parked(page, size), page, size, total, (total + size - 1) / size));
        } catch (Exception e) {
            context.fail(e);
        }
    }

    private void resolve(RoutingContext context, boolean skip) {
        UUID id;
        try {
            id = UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException e) {
            problem(context, 404, "Not Found", "no parked event with that id");
            return;
        }
        try {
            Optional<String> key = store.resolveParked(id, skip);
            if (key.isEmpty()) {
                problem(context, 404, "Not Found", "no parked event with id " + id);
                return;
            }
            LOG.warnf("Operator %s parked outbox event %s (key %s); the events held behind it are released",
                    skip ? "skipped" : "retried", id, key.get());
            relay.wake();
            json(context, 200, Map.of("id", id, "action", skip ? "skipped" : "retried"));
        } catch (Exception e) {
            context.fail(e);
        }
    }

}
