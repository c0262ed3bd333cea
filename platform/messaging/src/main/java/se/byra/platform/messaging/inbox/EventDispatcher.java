package se.byra.platform.messaging.inbox;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.messaging.MessagingConfig;

/**
 * The idempotent consumer. A service's {@code @Incoming} method hands every record to
 * {@link #dispatch}; this decodes the CloudEvent, finds the handler for its type, and runs it
 * in a new transaction that first records the event id in the inbox: a redelivered event finds
 * its id there and has no second effect. A failing handler is retried a bounded number of
 * times; then, or at once for a poison event, the exception reaches the connector, whose
 * {@code failure-strategy=dead-letter-queue} moves the record aside so the partition goes on.
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
        HANDLED, DUPLICATE, IGNORED
    }

    @Inject
    @Any
    Instance<EventHandler<?>> handlerBeans;

    @Inject
    EntityManager entityManager;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry registry;

    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private Guard retry;

    @PostConstruct
    void init() {
        for (EventHandler<?> handler : handlerBeans) {
            EventHandler<?> previous = handlers.put(handler.type().type(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.type() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        MessagingConfig.Consumer consumer = config.consumer();
        long delay = consumer.retryDelay().toMillis();
        Counter retries = Counter.builder("inbox.handler.retries")
                .description("Handler attempts repeated after a failure").register(registry);
        retry = Guard.create()
                .withDescription("event handling")
                .withRetry()
                    .maxRetries(Math.max(0, consumer.maxAttempts() - 1))
                    .delay(delay, ChronoUnit.MILLIS)
                    .jitter(delay / 2, ChronoUnit.MILLIS)
                    .withExponentialBackoff().factor(2).done()
                    .abortOn(PoisonEventException.class)
                    .onRetry(retries::increment)
                    .done()
                .build();
    }

    /**
     * Handles one record exactly once in effect.
     *
     * @throws RuntimeException when the record is poison or handling failed on every attempt;
     *         the connector then dead-letters it
     */
    public Outcome dispatch(ConsumerRecord<String, byte[]> record) {
        try {
            Outcome outcome = dispatchOrThrow(record);
            count(record, outcome.name().toLowerCase());
            return outcome;
        } catch (RuntimeException e) {
            count(record, "dead-lettered");
            LOG.errorf("Event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                    record.offset(), e.toString());
            throw e;
        }
    }

    private Outcome dispatchOrThrow(ConsumerRecord<String, byte[]> record) {
        CloudEventEnvelope envelope = CloudEventEnvelope.parse(record);
        EventHandler<?> handler = handlers.get(envelope.type());
        if (handler == null) {
            LOG.debugf("No handler for %s here; skipped", envelope.type());
            return Outcome.IGNORED;
        }
        InboundEvent<?> event = decode(record, envelope, handler.type());
        try {
            return retry.call(() -> handleOnce(handler, event), Outcome.class);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome handleOnce(EventHandler<?> handler, InboundEvent<?> event) {
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
            EventType<T> expected) {
        int version = EventType.versionOf(envelope.dataschema(), envelope.type());
        if (version != expected.version()) {
            throw new PoisonEventException("%s version %d is not handled here (handler takes v%d; dataschema %s)"
                    .formatted(envelope.type(), version, expected.version(), envelope.dataschema()));
        }
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

    private void count(ConsumerRecord<String, byte[]> record, String outcome) {
        Counter.builder("inbox.events").description("Events received, by outcome")
                .tag("topic", record.topic()).tag("outcome", outcome)
                .register(registry).increment();
    }
}
