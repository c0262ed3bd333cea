package se.byra.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A deactivated staff member gets no more notifications. */
@ApplicationScoped
public class StaffDeactivatedHandler implements EventHandler<StaffMemberDeactivated> {

    @Inject
    Directory directory;

    @Override
    public EventType<StaffMemberDeactivated> type() {
        return StaffMemberDeactivated.TYPE;
    }

    @Override
    public void handle(InboundEvent<StaffMemberDeactivated> event) {
        StaffMemberDeactivated e = event.data();
        directory.staffDeactivated(event.agencyId(), e.staffId());
    }
}
