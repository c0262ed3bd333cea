package se.byra.cases.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client of an agency's register, as it is now. */
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
        directory.updated(event.agencyId(), event.data());
    }
}
