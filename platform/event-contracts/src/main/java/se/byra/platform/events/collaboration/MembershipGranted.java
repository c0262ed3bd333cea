package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A person became a user of a client company's account, or their role in it changed: from now on
 * they see the company in the portal. The payload is the whole membership with the person, so a
 * consumer keeps the latest event of the (client, client user) pair. One person may belong to several
 * companies, with one client user id. Key: the client id. The agency is the envelope's
 * {@code agencyid}.
 *
 * @param clientId the client company
 * @param clientUserId the person as a client user (the same id in every company they belong to)
 * @param role {@code ADMINISTRATOR} (invites and removes the company's users) or {@code USER}
 * @param name the person's name
 * @param email the person's e-mail address, lower case; their sign-in
 * @param language {@code sv} or {@code en}
 * @param grantedAt when the membership was granted or changed
 */
public record MembershipGranted(
        UUID clientId,
        UUID clientUserId,
        String role,
        String name,
        String email,
        String language,
        Instant grantedAt) {

    public static final EventType<MembershipGranted> TYPE =
            new EventType<>("se.byra.collaboration.MembershipGranted", 1, MembershipGranted.class,
                    Topics.COLLABORATION_EVENTS);

    public MembershipGranted {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }
}
