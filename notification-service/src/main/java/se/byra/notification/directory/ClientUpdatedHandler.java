package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client's new name. */
@ApplicationScoped
public class ClientUpdatedHandler implements EventHandler<ClientUpdated> {

    @Inject
    Directory directory;

    @Override
    public EventType<ClientUpdated> type() {
        return ClientUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientUpdated> event) {
        ClientUpdated e = event.data();
        directory.client(event.agencyId(), e.clientId(), e.name(), e.updatedAt());
    }
}
