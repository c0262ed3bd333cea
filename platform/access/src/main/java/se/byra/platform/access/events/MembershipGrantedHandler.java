package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client user belongs to a company from now on. */
@ApplicationScoped
public class MembershipGrantedHandler implements EventHandler<MembershipGranted> {

    @Inject
    AccessModel access;

    @Override
    public EventType<MembershipGranted> type() {
        return MembershipGranted.TYPE;
    }

    @Override
    public void handle(InboundEvent<MembershipGranted> event) {
        access.membershipGranted(Tenant.of(event), event.data().clientId(), event.data().clientUserId(),
                Permissions.administrator(event.data().role()), event.data().grantedAt());
    }
}
