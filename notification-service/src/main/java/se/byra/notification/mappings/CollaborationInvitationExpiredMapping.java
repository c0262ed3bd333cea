package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationInvitationExpired;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * An invitation to collaborate expired unanswered: the staff learn that they can send it again, the
 * company's administrators that they can ask the agency to.
 */
@ApplicationScoped
public class CollaborationInvitationExpiredMapping extends Mapping<CollaborationInvitationExpired> {

    @Inject
    Directory directory;

    @Override
    public EventType<CollaborationInvitationExpired> type() {
        return CollaborationInvitationExpired.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationInvitationExpired> event) {
        CollaborationInvitationExpired e = event.data();
        return Collaborations.of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .withDate("invitedOn", e.invitedAt())
                .toBothSides(directory, e.staffIds(), "collaboration-expired-staff", "collaboration-expired-client");
    }
}
