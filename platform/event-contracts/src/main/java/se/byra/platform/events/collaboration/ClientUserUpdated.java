package se.byra.platform.events.collaboration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A client user's details changed, or their login was linked to a user of the identity provider: the
 * whole person as it is now, so a consumer keeps the latest event of the key. A consumer maps a token to
 * the client user by {@code subject}. Belongs to no agency (a person may use companies of several
 * agencies): the envelope carries no {@code agencyid}. Key: the client user id.
 *
 * @param clientUserId the person as a client user
 * @param name the person's name
 * @param email the person's e-mail address, lower case; unique among client users
 * @param language {@code sv} or {@code en}
 * @param subject the identity provider's user id ({@code sub} of their tokens), null until provisioned
 * @param updatedAt when the change was recorded
 */
public record ClientUserUpdated(
        UUID clientUserId,
        String name,
        String email,
        String language,
        String subject,
        Instant updatedAt) {

    public static final EventType<ClientUserUpdated> TYPE =
            new EventType<>("se.byra.collaboration.ClientUserUpdated", 1, ClientUserUpdated.class,
                    Topics.COLLABORATION_EVENTS);

    public ClientUserUpdated {
        Objects.requireNonNull(clientUserId, "clientUserId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
