package se.byra.notification.mappings;

import java.util.UUID;

import se.byra.notification.engine.Category;
import se.byra.platform.events.collaboration.ServiceName;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * The notices of one collaboration event, in category COLLABORATION unless a mapping says otherwise: the
 * staff's link leads to the collaboration in the agency UI, the administrators' to it in the company's portal.
 * Every notice shows the service's name in both languages ({@code serviceSv}, {@code serviceEn}: the template
 * of each language takes its own).
 */
final class Collaborations {

    private Collaborations() {
    }

    static ClientNotices of(InboundEvent<?> event, UUID collaborationId, UUID clientId, String clientName,
            ServiceName serviceName) {
        return ClientNotices.of(event, "collaboration " + collaborationId, clientId, clientName,
                Category.COLLABORATION, "/byra/samarbeten/" + collaborationId,
                "/portal/foretag/" + clientId + "/samarbeten/" + collaborationId)
                .with("serviceSv", serviceName.sv()).with("serviceEn", serviceName.en());
    }
}
