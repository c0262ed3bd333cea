package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.EventType;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A client user loses the company from the moment this is handled. */
@ApplicationScoped
public class MembershipRevokedHandler implements EventHandler<MembershipRevoked> {

    @Inject
    AccessModel access;

    @Override
    public EventType<MembershipRevoked> type() {
        return MembershipRevoked.TYPE;
    }

    @Override
    public void handle(InboundEvent<MembershipRevoked> event) {
        access.membershipRevoked(event.data().clientId(), event.data().clientUserId());
    }
}
