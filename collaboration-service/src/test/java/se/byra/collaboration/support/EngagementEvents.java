package se.byra.collaboration.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.outbox.Outbox;

/**
 * Puts EngagementSigned events on engagement.events the way engagement-service does: through
 * the outbox and its relay, so the records carry exactly the production envelope.
 */
@ApplicationScoped
public class EngagementEvents {

    @Inject
    Outbox outbox;

    public static EngagementSigned signed(UUID engagementId, int letterVersion, String title) {
        return new EngagementSigned(engagementId, UUID.randomUUID(), letterVersion, UUID.randomUUID(),
                "Bageriet i Vårby AB", "556703-7485", title, UUID.randomUUID(), List.of(UUID.randomUUID()),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public UUID publish(UUID agencyId, EngagementSigned event) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.publish(EngagementSigned.TYPE, agencyId, event.engagementId(), event));
    }
}
