package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An agency administrator deactivated a staff member: the person's requests are refused from
 * now on, and their access elsewhere should end. Published once per deactivation (deactivating a
 * deactivated member publishes nothing). Key: the staff member id. The agency is the envelope's
 * {@code agencyid}.
 *
 * @param staffId the staff member
 * @param deactivatedAt when the deactivation was recorded
 */
public record StaffMemberDeactivated(UUID staffId, Instant deactivatedAt) {

    public static final EventType<StaffMemberDeactivated> TYPE =
            new EventType<>("se.byra.engagement.StaffMemberDeactivated", 1, StaffMemberDeactivated.class,
                    Topics.ENGAGEMENT_EVENTS);

    public StaffMemberDeactivated {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(deactivatedAt, "deactivatedAt");
    }
}
