package se.byra.cases.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client of an agency's register, as it is now. */
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
        directory.registered(event.agencyId(), event.data());
    }
}
