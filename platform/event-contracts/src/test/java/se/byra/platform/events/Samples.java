package se.byra.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/** A realistic instance of every catalogued payload; a type without one fails the contract test. */
final class Samples {

    static final Map<EventType<?>, Object> BY_TYPE = Map.of(
            EngagementSigned.TYPE, new EngagementSigned(
                    UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(),
                    "Bageriet i Vårby AB", "556703-7485", "Löpande bokföring och bokslut",
                    UUID.randomUUID(), List.of(UUID.randomUUID()),
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    Instant.parse("2026-11-22T09:15:30.123Z")),
            StaffMemberInvited.TYPE, new StaffMemberInvited(
                    UUID.randomUUID(), "Karin Revisor", "karin.revisor@byran.se", "sv", "OWN_CLIENTS", false,
                    Instant.parse("2026-11-22T09:15:30.123Z")),
            StaffMemberUpdated.TYPE, new StaffMemberUpdated(
                    UUID.randomUUID(), "Karin Revisor", "karin@byran.se", "en", "FULL", true,
                    Instant.parse("2026-11-23T10:00:00Z")),
            StaffMemberDeactivated.TYPE, new StaffMemberDeactivated(
                    UUID.randomUUID(), Instant.parse("2026-12-01T16:45:00Z")));

    private Samples() {
    }
}
