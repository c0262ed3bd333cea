package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.access.StaffChanged;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A staff member as they are now, with the login their tokens carry. */
@ApplicationScoped
public class StaffUpdatedHandler implements EventHandler<StaffMemberUpdated> {

    @Inject
    AccessModel access;

    @Inject
    Event<StaffChanged> changed;

    @Override
    public EventType<StaffMemberUpdated> type() {
        return StaffMemberUpdated.TYPE;
    }

    @Override
    public void handle(InboundEvent<StaffMemberUpdated> event) {
        access.staffUpdated(Tenant.of(event), event.data().staffId(), Permissions.full(event.data().permission()),
                event.data().subject());
        changed.fire(new StaffChanged(Tenant.of(event), event.data().staffId(), event.data().name(),
                event.data().email(), true));
    }
}
