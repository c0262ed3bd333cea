package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A staff member's address, language or login changed. */
@ApplicationScoped
public class StaffUpdatedHandler implements EventHandler<StaffMemberUpdated> {

    @Inject
    Directory directory;

    @Override
    public EventType<StaffMemberUpdated> type() {
        return StaffMemberUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<StaffMemberUpdated> event) {
        StaffMemberUpdated e = event.data();
        directory.staff(event.agencyId(), e.staffId(), e.name(), e.email(), e.language(), e.subject(), e.updatedAt());
    }
}
