package se.byra.platform.messaging.outbox;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.messaging.MessagingConfig;
import se.byra.platform.transactions.AfterCommit;

/**
 * Records an event in the transaction of the change it reports. Nothing is sent here: the row
 * commits or rolls back with the change, and the {@link OutboxRelay} publishes it after commit.
 * Publishing straight to Kafka from a request would lose the event on a crash between commit
 * and send, or announce a change that then rolled back.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private static final String INSERT = """
            insert into outbox_event (id, topic, message_key, type, dataschema, source, subject, agency_id,
                                      occurred_at, payload, traceparent, tracestate)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    MessagingConfig config;

    /**
     * Appends an event to the outbox.
     *
     * @param type which event, and so its topic and schema
     * @param agencyId the tenant, carried as the CloudEvents extension {@code agencyid}
     * @param aggregateId the Kafka key and CloudEvents subject: one aggregate's events stay in order
     * @param payload the event's data
     * @return the event id (CloudEvents {@code id}), by which consumers recognise a redelivery
     * @throws EventTooLargeException when the broker would refuse the event for its size
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, UUID agencyId, Object aggregateId, T payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        OutboxRow row = new OutboxRow(0, UUID.randomUUID(), type.topic(), aggregateId.toString(), type.type(),
                type.dataschema().toString(), config.source(), aggregateId.toString(), agencyId,
                OffsetDateTime.now(ZoneOffset.UTC), toJson(payload), null, null, 0).withTrace(currentTraceContext());
        int size = row.estimatedSize();
        if (size > config.outbox().maxEventBytes()) {
            throw new EventTooLargeException(type, size, config.outbox().maxEventBytes());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, row.id());
                insert.setString(2, row.topic());
                insert.setString(3, row.key());
                insert.setString(4, row.type());
                insert.setString(5, row.dataschema());
                insert.setString(6, row.source());
                insert.setString(7, row.subject());
                insert.setObject(8, row.agencyId(), Types.OTHER);
                insert.setObject(9, row.occurredAt());
                insert.setString(10, row.payload());
                insert.setString(11, row.traceparent());
                insert.setString(12, row.tracestate());
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return row.id();
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, WAKE_REGISTERED, relay::wake);
    }

    private static String toJson(Object payload) {
        try {
            return EventJson.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass().getName(), e);
        }
    }

    /** The W3C trace context of the request that writes the event, so its trace continues in the consumer. */
    private static Map<String, String> currentTraceContext() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier;
    }
}
