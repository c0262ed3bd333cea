package se.byra.platform.access.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;

/** The client, its agency, and the staff responsible for it. */
@ApplicationScoped
public class ResponsibilityHandler implements EventHandler<ClientResponsibilityChanged> {

    @Inject
    AccessModel access;

    @Override
    public EventType<ClientResponsibilityChanged> type() {
        return ClientResponsibilityChanged.TYPE;
    }

    @Override
    public void handle(InboundEvent<ClientResponsibilityChanged> event) {
        access.clientResponsibility(Tenant.of(event), event.data().clientId(), event.data().staffIds());
    }
}
