package se.byra.platform.messaging.inbox;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;

/**
 * The idempotent consumer. The consumer runtime hands every record to {@link #dispatch}; this
 * decodes the CloudEvent, finds the handler for its type, and runs it in a new transaction that
 * first records the event id in the inbox: a redelivered event finds its id there and has no
 * second effect. It does not retry: a failure reaches the runtime, which retries the record
 * (transient) or dead-letters it ({@link PoisonEventException}).
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private static final String RECORD_IN_INBOX = """
            insert into inbox_event (event_id, type, source, topic, kafka_partition, kafka_offset)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (event_id) do nothing
            """;

    /** What became of a record. */
    public enum Outcome {
        HANDLED, DUPLICATE,
        /** No handler for the type in this service. */
        IGNORED,
        /** A type handled here, in a version this service has no handler for (a producer upgrading). */
        UNKNOWN_VERSION;

        /** The {@code outcome} tag of {@code inbox_events_total}. */
        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    @Inject
    @Any
    Instance<EventHandler<?>> handlerBeans;

    @Inject
    EntityManager entityManager;

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final Set<String> unknownVersionsSeen = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        for (EventHandler<?> handler : handlerBeans) {
            EventHandler<?> previous = handlers.put(handler.type().type(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.type().type() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName()
                        + " (one version per type and service)");
            }
        }
    }

    /**
     * Handles one record exactly once in effect.
     *
     * @throws PoisonEventException when the record can never be handled as it is
     * @throws RuntimeException any other failure, transient: the handler's transaction rolled back
     */
    public Outcome dispatch(ConsumerRecord<String, byte[]> record) {
        CloudEventEnvelope envelope = CloudEventEnvelope.parse(record);
        EventHandler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            LOG.debugf("No handler for %s here; skipped", envelope.type());
            return Outcome.IGNORED;
        }
        int version = EventType.versionOf(envelope.dataschema(), envelope.type());
        if (version < 1) {
            throw new PoisonEventException("%s with a dataschema that names no version of it: %s"
                    .formatted(envelope.type(), envelope.dataschema()));
        }
        if (version != handler.type().version()) {
            // during an upgrade the producer publishes both versions: this one is for the other side
            if (unknownVersionsSeen.add(envelope.type() + ":" + version)) {
                LOG.infof("%s v%d is not handled here (handler takes v%d): skipped, counted as unknown-version",
                        envelope.type(), version, handler.type().version());
            }
            return Outcome.UNKNOWN_VERSION;
        }
        InboundEvent<?> event = decode(record, envelope, handler.type(), version);
        return QuarkusTransaction.requiringNew().call(() -> {
            int recorded = entityManager.createNativeQuery(RECORD_IN_INBOX)
                    .setParameter(1, event.id())
                    .setParameter(2, event.type())
                    .setParameter(3, event.source())
                    .setParameter(4, event.topic())
                    .setParameter(5, event.partition())
                    .setParameter(6, event.offset())
                    .executeUpdate();
            if (recorded == 0) {
                LOG.debugf("Event %s (%s) was handled before; skipped", event.id(), event.type());
                return Outcome.DUPLICATE;
            }
            invoke(handler, event);
            return Outcome.HANDLED;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> void invoke(EventHandler<T> handler, InboundEvent<?> event) {
        handler.handle((InboundEvent<T>) event);
    }

    private static <T> InboundEvent<T> decode(ConsumerRecord<String, byte[]> record, CloudEventEnvelope envelope,
            EventType<T> expected, int version) {
        if (record.value() == null) {
            throw new PoisonEventException("record has no payload");
        }
        T data;
        try {
            data = EventJson.mapper().readValue(record.value(), expected.payloadType());
        } catch (IOException | RuntimeException e) {
            throw new PoisonEventException("payload is not a valid " + expected + ": " + e.getMessage(), e);
        }
        return new InboundEvent<>(envelope.id(), envelope.type(), version, envelope.source(), envelope.subject(),
                envelope.time(), envelope.agencyId(), data, record.topic(), record.partition(), record.offset());
    }
}
