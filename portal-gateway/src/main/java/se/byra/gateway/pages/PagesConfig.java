package se.byra.gateway.pages;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web pages' settings. */
@ConfigMapping(prefix = "gateway")
public interface PagesConfig {

    Pages pages();

    Csrf csrf();

    interface Pages {

        /**
         * Secure on every cookie the pages set: the session and sign-in cookies
         * ({@code quarkus.oidc.authentication.cookie-force-secure} follows it), the language and
         * the banner. True unless the site is served over plain http (a local stack):
         * {@code GATEWAY_PAGES_SECURE_COOKIES=false}.
         */
        @WithDefault("true")
        boolean secureCookies();

        /**
         * The largest logo the agency page takes: engagement-service's
         * {@code engagement.agency.logo.max-size}, so that the page refuses a larger image itself,
         * in words, without sending it on (the service refuses one too, should the two differ).
         */
        @WithDefault("512K")
        MemorySize logoMaxSize();

        /**
         * The largest file a case's answer takes: case-service's {@code cases.attachments.max-size}, so that the page
         * refuses a larger file itself, in words, without sending it on (the service's 413 says the same).
         */
        @WithDefault("10M")
        MemorySize caseFileMaxSize();
    }

    interface Csrf {

        /**
         * The HMAC-SHA256 key the forms' CSRF tokens are made with ({@link CsrfTokens}): a random secret
         * of at least 32 characters, the same on every replica, from {@code GATEWAY_CSRF_KEY}.
         * Production has no default, so the gateway does not start without it; the dev and test
         * profiles set their own. Changing it invalidates the forms that are open.
         */
        String key();
    }
}
