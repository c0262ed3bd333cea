package se.byra.collaboration.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

@ApplicationScoped
public class EngagementSignedHandler implements EventHandler<EngagementSigned> {

    @Inject
    KnownEngagements engagements;

    @Override
    public EventType<EngagementSigned> type() {
        return EngagementSigned.TYPE;
    }

    @Override
    public void handle(InboundEvent<EngagementSigned> event) {
        engagements.signed(event.agencyId(), event.data());
    }
}
