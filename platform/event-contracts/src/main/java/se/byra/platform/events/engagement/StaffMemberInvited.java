package se.byra.platform.events.engagement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * An agency administrator invited a new staff member (medarbetare) to the agency's staff
 * directory. The person has no login yet: provisioning it in the identity provider follows from
 * this event. Key: the staff member id. The agency is the envelope's {@code agencyid}.
 *
 * @param staffId the staff member
 * @param name the name to show
 * @param email the e-mail address, lower case; unique among the agency's staff
 * @param language the language the person reads the platform in: {@code sv} or {@code en}
 * @param permission which clients the person sees: {@code FULL} (all) or {@code OWN_CLIENTS}
 *        (those they are responsible for or take part in)
 * @param administrator whether the person administers the agency (role agency-admin)
 * @param invitedAt when the invitation was recorded
 */
public record StaffMemberInvited(
        UUID staffId,
        String name,
        String email,
        String language,
        String permission,
        boolean administrator,
        Instant invitedAt) {

    public static final EventType<StaffMemberInvited> TYPE =
            new EventType<>("se.byra.engagement.StaffMemberInvited", 1, StaffMemberInvited.class,
                    Topics.ENGAGEMENT_EVENTS);

    public StaffMemberInvited {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(invitedAt, "invitedAt");
    }
}
