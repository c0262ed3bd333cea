package se.byra.platform.web.security;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

import io.quarkus.arc.Unremovable;
import se.byra.platform.web.input.TextRules;

/**
 * Checks every access token gets, beyond signature, issuer, audience and expiry (which Quarkus
 * OIDC checks): it says when it was issued, not in the future, its lifetime is bounded, and its
 * subject fits where the services store it. A token failing any of them answers 401.
 */
@Unremovable
@ApplicationScoped
public class TokenRules implements Validator {

    /** The longest subject the services store ({@code varchar(255)}); Keycloak's are UUIDs. */
    public static final int MAX_SUBJECT_LENGTH = 255;

    @Inject
    TokenConfig config;

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        NumericDate issuedAt = context.getJwtClaims().getIssuedAt();
        NumericDate expires = context.getJwtClaims().getExpirationTime();
        if (issuedAt == null || expires == null) {
            return "the token must carry iat and exp";
        }
        long now = Instant.now().getEpochSecond();
        if (issuedAt.getValue() > now + config.clockSkew().toSeconds()) {
            return "the token is issued in the future";
        }
        if (expires.getValue() - issuedAt.getValue() > config.maxLifetime().toSeconds()) {
            return "the token lives longer than " + config.maxLifetime();
        }
        String subject = context.getJwtClaims().getSubject();
        if (subject == null || subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH
                || TextRules.violation(subject, false).isPresent()) {
            return "the token's subject is missing or not a plain identifier of at most " + MAX_SUBJECT_LENGTH
                    + " characters";
        }
        return null;
    }
}
