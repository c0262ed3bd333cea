package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.access.StaffChanged;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A new staff member: active, with their permission. */
@ApplicationScoped
public class StaffInvitedHandler implements EventHandler<StaffMemberInvited> {

    @Inject
    AccessModel access;

    @Inject
    Event<StaffChanged> changed;

    @Override
    public EventType<StaffMemberInvited> type() {
        return StaffMemberInvited.TYPE;
    }

    @Override
    public void handle(InboundEvent<StaffMemberInvited> event) {
        access.staffInvited(Tenant.of(event), event.data().staffId(), Permissions.full(event.data().permission()));
        changed.fire(new StaffChanged(Tenant.of(event), event.data().staffId(), event.data().name(),
                event.data().email(), true));
    }
}
