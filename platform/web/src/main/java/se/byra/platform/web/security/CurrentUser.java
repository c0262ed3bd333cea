package se.byra.platform.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import se.byra.platform.web.input.TextRules;

/**
 * The caller as the verified token says. The agency always comes from here, never from a path,
 * query or body: a staff member cannot reach another agency's data by changing an id.
 */
@RequestScoped
public class CurrentUser {

    public static final String AGENCY_CLAIM = "agency_id";
    /** As long as a name the services take in a body. */
    public static final int MAX_NAME_LENGTH = 200;

    @Inject
    JsonWebToken token;

    /** The caller's agency; a staff token without one is refused. */
    public UUID agencyId() {
        return optionalAgencyId().orElseThrow(() -> new ForbiddenException("token carries no agency"));
    }

    public Optional<UUID> optionalAgencyId() {
        Object claim = token.getClaim(AGENCY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The stable user id of the identity provider ({@code sub}); {@link TokenRules} bounds it. */
    public String subject() {
        return token.getSubject();
    }

    /** The name to show and to keep as evidence, bounded like any text the services store. */
    public String displayName() {
        String name = token.getClaim("name");
        return TextRules.bounded(name != null ? name : token.getName(), MAX_NAME_LENGTH);
    }

    public Locale locale() {
        String locale = token.getClaim("locale");
        return locale == null || locale.isBlank() ? Locale.forLanguageTag("sv") : Locale.forLanguageTag(locale);
    }
}
