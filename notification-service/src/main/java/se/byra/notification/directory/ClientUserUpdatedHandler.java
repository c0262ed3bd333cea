package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client user's address, language or login changed. */
@ApplicationScoped
public class ClientUserUpdatedHandler implements EventHandler<ClientUserUpdated> {

    @Inject
    Directory directory;

    @Override
    public EventType<ClientUserUpdated> type() {
        return ClientUserUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientUserUpdated> event) {
        ClientUserUpdated e = event.data();
        directory.clientUser(e.clientUserId(), e.name(), e.email(), e.language(), e.subject(), e.updatedAt());
    }
}
