package se.byra.platform.access.events;

import java.util.UUID;

import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/** The agency an event belongs to: without one, an access fact cannot be placed, and never will be. */
final class Tenant {

    private Tenant() {
    }

    static UUID of(InboundEvent<?> event) {
        if (event.agencyId() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " carries no agencyid");
        }
        return event.agencyId();
    }
}
