package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationDeclined;
import se.byra.platform.messaging.inbox.InboundEvent;

/** An invitation to collaborate declined: the staff who sent it and the engagement's owner learn who did, and why if they said. */
@ApplicationScoped
public class CollaborationDeclinedMapping extends Mapping<CollaborationDeclined> {

    @Override
    public EventType<CollaborationDeclined> type() {
        return CollaborationDeclined.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationDeclined> event) {
        CollaborationDeclined e = event.data();
        return Collaborations.of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .with("declinedByName", e.declinedByName()).with("reason", e.reason())
                .toStaff(e.staffIds(), "collaboration-declined");
    }
}
