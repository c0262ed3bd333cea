package se.byra.platform.identity;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the identity provider is and how provisioning behaves. The server and realm default to
 * those of {@code quarkus.oidc.auth-server-url}, so a service configures only its client's secret.
 */
@ConfigMapping(prefix = "platform.identity")
public interface IdentityConfig {

    /** Keycloak's base URL (without {@code /realms/...}); by default taken from quarkus.oidc.auth-server-url. */
    Optional<String> serverUrl();

    /** The realm the people are users of; by default taken from quarkus.oidc.auth-server-url. */
    Optional<String> realm();

    /**
     * The confidential client whose service account calls the admin API. It needs only the
     * realm-management roles manage-users, view-users and query-users.
     */
    @WithDefault("practice-provisioner")
    String clientId();

    /** Its secret; provisioning waits (and says so) while it is missing. */
    Optional<String> clientSecret();

    /** The client the set-password mail's link returns to after the person chose a password. */
    @WithDefault("portal-gateway")
    String returnClientId();

    /** Where that client sends the person then (one of its redirect URIs); Keycloak's account page when empty. */
    Optional<String> returnUrl();

    /** How long the set-password link in the mail stays valid. */
    @WithDefault("72h")
    Duration setupLinkLifetime();

    /** Each admin API call's connect and read timeout. */
    @WithDefault("10s")
    Duration callTimeout();

    Provisioning provisioning();

    interface Provisioning {

        /** Off on a replica that should leave provisioning to the others (all replicas may run it). */
        @WithDefault("true")
        boolean enabled();

        /** How often due requests are looked for, besides right after a commit that made one. */
        @WithDefault("2s")
        Duration pollInterval();

        /** The pause after a first failure; doubled after each further one up to {@code max-backoff}. */
        @WithDefault("2s")
        Duration minBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** How long a replica holds a request it works on before another may take it over. */
        @WithDefault("2m")
        Duration lease();

        @WithDefault("20")
        int batchSize();
    }
}
