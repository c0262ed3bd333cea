package se.byra.collaboration.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client entered an agency's register. */
@ApplicationScoped
public class ClientRegisteredHandler implements EventHandler<ClientRegistered> {

    @Inject
    KnownClients clients;

    @Override
    public EventType<ClientRegistered> type() {
        return ClientRegistered.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientRegistered> event) {
        clients.registered(event.agencyId(), event.data());
    }
}
