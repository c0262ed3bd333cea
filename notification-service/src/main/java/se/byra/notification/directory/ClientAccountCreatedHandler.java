package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client opened to the portal: its name, before its first membership (same key, so in order). */
@ApplicationScoped
public class ClientAccountCreatedHandler implements EventHandler<ClientAccountCreated> {

    @Inject
    Directory directory;

    @Override
    public EventType<ClientAccountCreated> type() {
        return ClientAccountCreated.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientAccountCreated> event) {
        ClientAccountCreated e = event.data();
        directory.client(event.agencyId(), e.clientId(), e.clientName(), e.createdAt());
    }
}
