package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationEnded;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A collaboration ended: the staff who had access and the company's administrators learn when and who ended
 * it; the administrators are asked to choose in the portal whether the company keeps the service alone.
 */
@ApplicationScoped
public class CollaborationEndedMapping extends Mapping<CollaborationEnded> {

    @Inject
    Directory directory;

    @Override
    public EventType<CollaborationEnded> type() {
        return CollaborationEnded.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationEnded> event) {
        CollaborationEnded e = event.data();
        return Collaborations.of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .with("side", e.side()).with("endedByName", e.endedByName()).with("endedOn", e.endedOn())
                .toBothSides(directory, e.staffIds(), "collaboration-ended", "collaboration-ended");
    }
}
