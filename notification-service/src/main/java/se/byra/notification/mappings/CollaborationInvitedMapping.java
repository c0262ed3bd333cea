package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationInvited;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A company invited to collaborate in a service (or reminded, when the invitation is sent again): each of
 * its administrators is asked to approve it and its terms in the portal before the invitation expires. It
 * asks them to act, so it is an invitation, whose e-mail cannot be turned off. The staff member who sent it
 * is told nothing: they did it.
 */
@ApplicationScoped
public class CollaborationInvitedMapping extends Mapping<CollaborationInvited> {

    @Inject
    Directory directory;

    @Override
    public EventType<CollaborationInvited> type() {
        return CollaborationInvited.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationInvited> event) {
        CollaborationInvited e = event.data();
        return Collaborations.of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .with("invitedByName", e.invitedByName()).with("scenario", e.scenario())
                .with("resent", e.resent()).withDate("expiresOn", e.expiresAt())
                .toAdministrators(directory, Category.INVITATION, "collaboration-invited", null);
    }
}
