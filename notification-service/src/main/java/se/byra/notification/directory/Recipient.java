package se.byra.notification.directory;

import java.util.Locale;
import java.util.UUID;

/**
 * A person as the directory knows them now: where their e-mail goes and which language they read (a person
 * known by an address only: as the delivery to them recorded it).
 *
 * @param active false for a deactivated staff member (no more e-mail, no more sign-in)
 */
public record Recipient(RecipientKind kind, UUID id, String name, String email, String language, boolean active) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
