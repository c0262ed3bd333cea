package se.byra.platform.messaging.inbox;

import se.byra.platform.events.EventType;

/**
 * Handles one event type. Implementations are CDI beans; the {@link EventDispatcher} calls
 * {@link #handle} inside the transaction that records the event id in the inbox, so the effect
 * and the record of it commit together. Delegate to a service method with
 * {@code @Transactional(TxType.MANDATORY)}. At most one handler per type in a service: it takes one version, the others are skipped.
 */
public interface EventHandler<T> {

    EventType<T> type();

    void handle(InboundEvent<T> event);
}
