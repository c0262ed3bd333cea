package se.byra.platform.messaging.outbox;

import se.byra.platform.events.EventType;

/**
 * An event bigger than the broker takes, refused when it is written so that the change it
 * reports rolls back with it instead of an event that can never be published. A service meets it
 * only when a field of the event is not bounded by its API's validation: bound the field.
 */
public class EventTooLargeException extends IllegalStateException {

    public EventTooLargeException(EventType<?> type, int size, int limit) {
        super("%s event of %d bytes exceeds the outbox limit of %d bytes (platform.messaging.outbox.max-event-bytes)"
                .formatted(type, size, limit));
    }
}
