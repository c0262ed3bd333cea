package se.byra.gateway.pages;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The forms' CSRF tokens: an HMAC over the sign-in session, so a token is worth nothing in
 * another session and needs no storage. The session is the ID token's {@code sid} (Keycloak's
 * session, unchanged when the tokens are refreshed); without one, the subject and the time of
 * sign-in. An anonymous visitor has no session to forge and gets no token ({@link CsrfFilter}).
 */
@Startup
@Singleton
public class CsrfTokens {

    /** The hidden field every form carries. */
    public static final String FIELD = "_csrf";
    /** The header htmx sends (hx-headers on the body). */
    public static final String HEADER = "X-CSRF-Token";
    static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CsrfTokens(PagesConfig config) {
        String secret = config.csrf().key();
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("gateway.csrf.key (GATEWAY_CSRF_KEY) must be at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The token for this user's session; empty for an anonymous visitor. */
    public Optional<String> tokenFor(SecurityIdentity identity) {
        return session(identity).map(this::sign);
    }

    /** Whether {@code presented} is this session's token (compared in constant time). */
    public boolean matches(SecurityIdentity identity, String presented) {
        Optional<String> expected = tokenFor(identity);
        return presented != null && expected.isPresent() && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<String> session(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        String sid = token.getClaim("sid");
        if (sid != null && !sid.isBlank()) {
            return Optional.of("sid:" + sid);
        }
        Object authTime = token.getClaim("auth_time");
        return Optional.ofNullable(token.getSubject()).map(sub -> "sub:" + sub + "|" + authTime);
    }

    private String sign(String session) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("csrf|" + session).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
