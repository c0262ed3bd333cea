package se.byra.collaboration.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client of an agency's register changed: its name, address or main contact. */
@ApplicationScoped
public class ClientUpdatedHandler implements EventHandler<ClientUpdated> {

    @Inject
    KnownClients clients;

    @Override
    public EventType<ClientUpdated> type() {
        return ClientUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientUpdated> event) {
        clients.updated(event.agencyId(), event.data());
    }
}
