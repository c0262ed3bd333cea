package se.byra.notification.engine;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import se.byra.notification.directory.RecipientKind;

/**
 * One person to notify of one event, in the platform and by e-mail unless they turned the category's e-mail
 * off: what a mapping returns. The texts are rendered later (the e-mail when
 * it is sent, the in-platform notification when it is read), each in the reader's language, from
 * {@code template} and {@code data}.
 *
 * @param template the name under {@code templates/notifications/}, e.g. {@code engagement-signed}
 * @param data the values the template shows, as strings (kept as JSON with the notification)
 * @param link the page it leads to, a path of the agency UI or the portal ({@code /byra/…}, {@code /portal/…})
 */
public record Notice(RecipientKind recipientKind, UUID recipientId, Category category, String template,
        Map<String, String> data, String link) {

    public Notice {
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(link, "link");
        if (!link.startsWith("/byra/") && !link.startsWith("/portal")) {
            throw new IllegalArgumentException("a link leads into the agency UI or the portal: " + link);
        }
        data = Map.copyOf(data);
    }

    /** To a staff member. */
    public static Notice toStaff(UUID staffId, Category category, String template, Map<String, String> data,
            String link) {
        return new Notice(RecipientKind.STAFF, staffId, category, template, data, link);
    }

    /** To a client user. */
    public static Notice toClientUser(UUID clientUserId, Category category, String template,
            Map<String, String> data, String link) {
        return new Notice(RecipientKind.CLIENT_USER, clientUserId, category, template, data, link);
    }
}
