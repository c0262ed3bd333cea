package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** The agency's name: the sender name of its e-mails and the words of its welcome. */
@ApplicationScoped
public class AgencyUpdatedHandler implements EventHandler<AgencyUpdated> {

    @Inject
    Directory directory;

    @Override
    public EventType<AgencyUpdated> type() {
        return AgencyUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<AgencyUpdated> event) {
        directory.agency(event.agencyId(), event.data().name(), event.data().updatedAt());
    }
}
