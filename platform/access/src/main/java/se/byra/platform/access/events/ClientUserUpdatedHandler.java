package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** The login a client user's tokens carry. */
@ApplicationScoped
public class ClientUserUpdatedHandler implements EventHandler<ClientUserUpdated> {

    @Inject
    AccessModel access;

    @Override
    public EventType<ClientUserUpdated> type() {
        return ClientUserUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientUserUpdated> event) {
        access.clientUser(event.data().clientUserId(), event.data().subject());
    }
}
