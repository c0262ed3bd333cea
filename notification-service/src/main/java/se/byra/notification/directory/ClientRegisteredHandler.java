package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client's name, as the texts show it. */
@ApplicationScoped
public class ClientRegisteredHandler implements EventHandler<ClientRegistered> {

    @Inject
    Directory directory;

    @Override
    public EventType<ClientRegistered> type() {
        return ClientRegistered.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientRegistered> event) {
        ClientRegistered e = event.data();
        directory.client(event.agencyId(), e.clientId(), e.name(), e.registeredAt());
    }
}
