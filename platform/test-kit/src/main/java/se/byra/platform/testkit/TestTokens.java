package se.byra.platform.testkit;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Access tokens shaped like the Keycloak realm's, signed by the {@link OidcServer}'s key:
 * {@code realm_access.roles}, {@code agency_id} for staff, {@code preferred_username},
 * {@code name}, {@code email}, {@code locale}.
 */
public final class TestTokens {

    /** The audience the realm adds to every token it issues for the suite's users. */
    public static final String SUITE_AUDIENCE = "practice-platform";

    private TestTokens() {
    }

    /** A staff member of {@code agencyId} (role agency-staff). */
    public static Builder staff(UUID agencyId) {
        return new Builder(agencyId, List.of("agency-staff"));
    }

    /** An agency administrator (roles agency-admin and agency-staff). */
    public static Builder agencyAdmin(UUID agencyId) {
        return new Builder(agencyId, List.of("agency-admin", "agency-staff"));
    }

    /** A user of a client company (role client-user); belongs to no agency. */
    public static Builder clientUser() {
        return new Builder(null, List.of("client-user"));
    }

    /** Builds one token. */
    public static final class Builder {

        private final UUID agencyId;
        private List<String> roles;
        private String subject = UUID.randomUUID().toString();
        private String name = "Test Testsson";
        private String email;
        private String locale = "sv";
        private Duration expiresIn = Duration.ofMinutes(10);
        private Duration issuedAgo = Duration.ofSeconds(1);
        private String audience = SUITE_AUDIENCE;

        private Builder(UUID agencyId, List<String> roles) {
            this.agencyId = agencyId;
            this.roles = roles;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        /** Replaces the roles. */
        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        /** The {@code aud} claim; the services accept their own client id or {@link #SUITE_AUDIENCE}. */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** How long before now it was issued; negative for a token issued in the future. */
        public Builder issuedAgo(Duration issuedAgo) {
            this.issuedAgo = issuedAgo;
            return this;
        }

        /** Negative for a token that has already expired. */
        public Builder expiresIn(Duration expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        public String token() {
            OidcServer issuer = OidcServer.get();
            return sign(issuer.keyId(), issuer.signingKey());
        }

        /** The same token signed by a key the issuer never published: must be refused. */
        public String signedByUnknownKey() {
            return sign(OidcServer.get().keyId(), OidcServer.rsaKeyPair().getPrivate());
        }

        private String sign(String keyId, PrivateKey key) {
            Instant now = Instant.now();
            JwtClaimsBuilder claims = Jwt.claims()
                    .issuer(OidcServer.get().issuer())
                    .subject(subject)
                    .audience(audience)
                    .claim("azp", "practice-ui")
                    .claim("typ", "Bearer")
                    .claim("preferred_username", email != null ? email : subject)
                    .claim("name", name)
                    .claim("locale", locale)
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(now.minus(issuedAgo))
                    .expiresAt(now.plus(expiresIn));
            if (email != null) {
                claims.claim("email", email);
            }
            if (agencyId != null) {
                claims.claim("agency_id", agencyId.toString());
            }
            return claims.jws().keyId(keyId).sign(key);
        }
    }
}
