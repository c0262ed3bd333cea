package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.access.StaffChanged;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A deactivated staff member is refused from the moment this is handled. */
@ApplicationScoped
public class StaffDeactivatedHandler implements EventHandler<StaffMemberDeactivated> {

    @Inject
    AccessModel access;

    @Inject
    Event<StaffChanged> changed;

    @Override
    public EventType<StaffMemberDeactivated> type() {
        return StaffMemberDeactivated.TYPE;
    }

    @Override
    public void handle(InboundEvent<StaffMemberDeactivated> event) {
        access.staffDeactivated(Tenant.of(event), event.data().staffId());
        changed.fire(new StaffChanged(Tenant.of(event), event.data().staffId(), null, null, false));
    }
}
