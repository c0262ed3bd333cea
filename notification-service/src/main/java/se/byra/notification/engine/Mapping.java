package se.byra.notification.engine;

import java.util.List;

import jakarta.inject.Inject;

import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * The notifications of one event type: who is notified, in which category, with which template and link.
 * A subclass is the event's handler in this service: {@link #notices} may first bring the directory up to
 * date with what the event says about people, then returns the notices, which the {@link Notifier} records
 * in the same transaction.
 * Adding the notifications of a new event is one subclass and its templates.
 */
public abstract class Mapping<T> implements EventHandler<T> {

    @Inject
    Notifier notifier;

    @Override
    public void handle(InboundEvent<T> event) {
        notifier.record(event, notices(event));
    }

    protected abstract List<Notice> notices(InboundEvent<T> event);
}
