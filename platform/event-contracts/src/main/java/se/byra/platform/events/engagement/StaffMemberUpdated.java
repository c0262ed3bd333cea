package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An agency administrator changed a staff member, or the member's login was linked to a user of the
 * identity provider: the whole member as it is after the change, so a consumer keeps the latest event
 * of the key and needs no earlier one. Key: the staff member
 * id. The agency is the envelope's {@code agencyid}.
 *
 * @param staffId the staff member
 * @param name the name to show
 * @param email the e-mail address, lower case; unique among the agency's staff
 * @param language {@code sv} or {@code en}
 * @param permission {@code FULL} or {@code OWN_CLIENTS}
 * @param administrator whether the person administers the agency (role agency-admin)
 * @param subject the identity provider's user id ({@code sub} of the member's tokens), null until the
 *        login is provisioned; a consumer maps a token to the member by it
 * @param updatedAt when the change was recorded
 */
public record StaffMemberUpdated(
        UUID staffId,
        String name,
        String email,
        String language,
        String permission,
        boolean administrator,
        String subject,
        Instant updatedAt) {

    public static final EventType<StaffMemberUpdated> TYPE =
            new EventType<>("se.byra.engagement.StaffMemberUpdated", 1, StaffMemberUpdated.class,
                    Topics.ENGAGEMENT_EVENTS);

    public StaffMemberUpdated {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
