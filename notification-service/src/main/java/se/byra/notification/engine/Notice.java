package se.byra.notification.engine;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * <p>Most notices go to a person of the directory (staff or a client user), whose address and language the
 * mailer looks up when it sends. A notice {@linkplain #toAddress to an address} goes to a person an event names
 * by their e-mail address only: by e-mail only, in the language the mapping chose, since they have no
 * notification list of their own. A notice {@linkplain #inPlatformOnly() in the platform only} sends no e-mail.
 *
 * @param template the name under {@code templates/notifications/}, e.g. {@code engagement-signed}
 * @param data the values the template shows, as strings (kept as JSON with the notification)
 * @param link the page it leads to, a path of the agency UI or the portal ({@code /byra/…}, {@code /portal/…})
 * @param address where the e-mail of a notice to an address goes; null for a person of the directory
 * @param emailed whether an e-mail is sent at all (the person's preferences may still turn it off)
 */
public record Notice(RecipientKind recipientKind, UUID recipientId, Category category, String template,
        Map<String, String> data, String link, Address address, boolean emailed) {

    /**
     * A person known by their e-mail address only, and the language their e-mail is written in.
     *
     * @param email the address, as the event gives it
     */
    public record Address(String name, String email, String language) {

        public Address {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            if (!"sv".equals(language) && !"en".equals(language)) {
                throw new IllegalArgumentException("an e-mail is written in sv or en: " + language);
            }
        }

        /**
         * The id under which the address is notified: one per address whatever its case, so that an event
         * mails an address once per template, as it notifies a person once.
         */
        public UUID id() {
            String normalised = "mailto:" + email.toLowerCase(Locale.ROOT);
            return UUID.nameUUIDFromBytes(normalised.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Notice {
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(link, "link");
        if (!link.startsWith("/byra/") && !link.startsWith("/portal")) {
            throw new IllegalArgumentException("a link leads into the agency UI or the portal: " + link);
        }
        if ((recipientKind == RecipientKind.ADDRESS) != (address != null)) {
            throw new IllegalArgumentException("an address goes with a notice to an address, and only with one");
        }
        if (address != null && !emailed) {
            throw new IllegalArgumentException("a notice to an address is its e-mail: without it nobody is told");
        }
        data = Map.copyOf(data);
    }

    /** To a staff member. */
    public static Notice toStaff(UUID staffId, Category category, String template, Map<String, String> data,
            String link) {
        return new Notice(RecipientKind.STAFF, staffId, category, template, data, link, null, true);
    }

    /** To a client user. */
    public static Notice toClientUser(UUID clientUserId, Category category, String template,
            Map<String, String> data, String link) {
        return new Notice(RecipientKind.CLIENT_USER, clientUserId, category, template, data, link, null, true);
    }

    /** By e-mail to an address, to a person who may not be a user yet; no in-platform notification. */
    public static Notice toAddress(Address address, Category category, String template, Map<String, String> data,
            String link) {
        return new Notice(RecipientKind.ADDRESS, address.id(), category, template, data, link, address, true);
    }

    /** The same notice in the platform only: no e-mail, whatever the person's preferences. */
    public Notice inPlatformOnly() {
        return new Notice(recipientKind, recipientId, category, template, data, link, address, false);
    }

    /** Whether it is written to the person's notification list: a person of the directory has one. */
    public boolean inPlatform() {
        return address == null;
    }
}
