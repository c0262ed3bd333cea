package se.byra.notification.mappings;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.CollaborationActivated;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A collaboration active. The staff with access learn that the company approved it, or, for one imported
 * from an older system, that it is linked. For an approved one the company's other administrators learn
 * that it is active and who approved it (the one who did needs no telling); a linked import changes nothing
 * the company sees, so it is told nothing.
 */
@ApplicationScoped
public class CollaborationActivatedMapping extends Mapping<CollaborationActivated> {

    private static final String INVITATION = "INVITATION";

    @Inject
    Directory directory;

    @Override
    public EventType<CollaborationActivated> type() {
        return CollaborationActivated.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CollaborationActivated> event) {
        CollaborationActivated e = event.data();
        ClientNotices collaboration = Collaborations
                .of(event, e.collaborationId(), e.clientId(), e.clientName(), e.serviceName())
                .with("origin", e.origin()).with("acceptedByName", e.acceptedByName());
        List<Notice> notices = new ArrayList<>(collaboration.toStaff(e.staffIds(), "collaboration-activated-staff"));
        if (INVITATION.equals(e.origin())) {
            notices.addAll(collaboration.toAdministrators(directory, Category.COLLABORATION,
                    "collaboration-activated-client", e.acceptedById()));
        }
        return notices;
    }
}
