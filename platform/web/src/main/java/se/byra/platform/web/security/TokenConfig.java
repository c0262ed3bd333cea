package se.byra.platform.web.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How old and how long-lived an access token may be; the audience is {@code quarkus.oidc.token.audience}. */
@ConfigMapping(prefix = "platform.web.token")
public interface TokenConfig {

    /**
     * The longest lifetime ({@code exp - iat}) a token may have. The realm issues access tokens
     * for minutes; a token valid for years is a leaked signing key or a misconfigured client.
     */
    @WithDefault("1H")
    Duration maxLifetime();

    /** How far the identity provider's clock may be ahead of ours ({@code iat} in the future). */
    @WithDefault("30S")
    Duration clockSkew();
}
