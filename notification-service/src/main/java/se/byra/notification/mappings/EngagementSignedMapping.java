package se.byra.notification.mappings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A signed engagement letter: its owner and participants learn that the engagement is in force. */
@ApplicationScoped
public class EngagementSignedMapping extends Mapping<EngagementSigned> {

    @Override
    public EventType<EngagementSigned> type() {
        return EngagementSigned.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<EngagementSigned> event) {
        EngagementSigned e = event.data();
        Set<UUID> team = new LinkedHashSet<>();
        if (e.ownerId() != null) {
            team.add(e.ownerId());
        }
        team.addAll(e.participantIds());
        Map<String, String> data = Map.of("clientName", e.clientName(), "title", e.title(),
                "organisationNumber", e.organisationNumber(), "letterVersion", String.valueOf(e.letterVersion()),
                "periodStart", e.periodStart().toString());
        return team.stream()
                .map(staffId -> Notice.toStaff(staffId, Category.ENGAGEMENT, "engagement-signed", data,
                        "/byra/kunder/" + e.clientId()))
                .toList();
    }
}
