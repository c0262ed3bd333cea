package se.byra.platform.messaging.outbox;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.messaging.MessagingConfig;
import se.byra.platform.messaging.kafka.CloudEventHeaders;

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
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, UUID agencyId, Object aggregateId, T payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        UUID id = UUID.randomUUID();
        String json = toJson(payload);
        Map<String, String> trace = currentTraceContext();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, id);
                insert.setString(2, type.topic());
                insert.setString(3, aggregateId.toString());
                insert.setString(4, type.type());
                insert.setString(5, type.dataschema().toString());
                insert.setString(6, config.source());
                insert.setString(7, aggregateId.toString());
                insert.setObject(8, agencyId, Types.OTHER);
                insert.setTimestamp(9, Timestamp.from(Instant.now()));
                insert.setString(10, json);
                insert.setString(11, trace.get(CloudEventHeaders.TRACEPARENT));
                insert.setString(12, trace.get(CloudEventHeaders.TRACESTATE));
                insert.executeUpdate();
            }
        });
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before commit: the row is already part of the transaction
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static String toJson(Object payload) {
        try {
            return EventJson.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be written as JSON: " + payload.getClass().getName(), e);
        }
    }

    private static Map<String, String> currentTraceContext() {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier;
    }
}
