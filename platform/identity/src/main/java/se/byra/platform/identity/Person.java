package se.byra.platform.identity;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person as a user of the identity provider: the e-mail is who they are (a second request for
 * the same e-mail finds the same user), the name and language are shown to them, the realm roles
 * and attributes (for staff, {@code agency_id}) end up in their tokens. {@code withoutRoles} are
 * roles the user must not have (taken away on update: an administrator made a plain staff member).
 * {@code foreignAttributes} name attributes that make an existing user someone else's: a client
 * user is never given, nor made to lose, the user of a staff member ({@code agency_id}).
 */
public record Person(String email, String name, String language, Set<String> realmRoles,
        Map<String, String> attributes, Set<String> withoutRoles, Set<String> foreignAttributes) {

    public Person(String email, String name, String language, Set<String> realmRoles, Map<String, String> attributes) {
        this(email, name, language, realmRoles, attributes, Set.of(), Set.of());
    }

    public Person(String email, String name, String language, Set<String> realmRoles, Map<String, String> attributes,
            Set<String> withoutRoles) {
        this(email, name, language, realmRoles, attributes, withoutRoles, Set.of());
    }

    public Person {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        email = email.strip().toLowerCase(Locale.ROOT);
        language = language == null || language.isBlank() ? "sv" : language;
        realmRoles = realmRoles == null ? Set.of() : Set.copyOf(realmRoles);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        withoutRoles = withoutRoles == null ? Set.of() : Set.copyOf(withoutRoles);
        foreignAttributes = foreignAttributes == null ? Set.of() : Set.copyOf(foreignAttributes);
    }

    /** The given names: all but the last word of the name (the whole name when it is one word). */
    String firstName() {
        String name = this.name.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(0, space).strip();
    }

    /** The family name: the last word of the name, empty when it is one word (Keycloak asks for it then). */
    String lastName() {
        String name = this.name.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? "" : name.substring(space + 1);
    }
}
