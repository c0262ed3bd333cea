package se.byra.gateway.pages.collaborations;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.EngagementOption;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServicePage;

/**
 * The engagements a collaboration of the client can rest on: its signed engagements in force (collaboration-service's
 * {@code /engagements?clientId=}, whose period has not ended), by start.
 */
@ApplicationScoped
public class ClientEngagements {

    /** The agencies and their clients are in Sweden: an engagement ends when its last day is over there. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Inject
    CollaborationCalls collaboration;

    public Uni<List<EngagementOption>> inForce(UUID clientId) {
        LocalDate today = LocalDate.now(ZONE);
        return collaboration.signedEngagements(clientId, 0, ServicePage.LARGEST).map(page -> page.items().stream()
                .filter(e -> e.periodEnd() == null || !e.periodEnd().isBefore(today))
                .map(e -> new EngagementOption(e.id(), e.title(), e.periodStart(), e.periodEnd())).toList());
    }

    /**
     * The engagements in force and the collaboration's own, when it is no longer among them: changing other options
     * never moves a collaboration off its engagement silently.
     */
    public Uni<List<EngagementOption>> forEditing(CollaborationView c) {
        return inForce(c.clientId()).map(inForce -> {
            if (c.engagementId() == null || inForce.stream().anyMatch(e -> e.id().equals(c.engagementId()))) {
                return inForce;
            }
            List<EngagementOption> all = new ArrayList<>();
            all.add(new EngagementOption(c.engagementId(), c.engagementTitle(), null, null));
            all.addAll(inForce);
            return all;
        });
    }
}
