package se.byra.gateway.pages;

import java.net.URI;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;

/**
 * The pages' Content-Security-Policy: scripts and styles from the gateway only, none inline (the
 * templates have no inline script or style attribute; htmx runs without eval), no framing, and
 * forms may post to the gateway and to the identity provider (a form post can be redirected to
 * sign-in, and sign-out goes there). platform/web's stricter CSP stays on /api; its other
 * headers (nosniff, X-Frame-Options DENY, no-store) apply to both.
 *
 * <p>Pages send {@code Referrer-Policy: same-origin} instead of platform/web's no-referrer:
 * under no-referrer a browser sends {@code Origin: null} with a form post, and the CSRF check
 * ({@link CsrfFilter}) rightly refuses a post whose origin it cannot see. same-origin still
 * tells no other site which page a link was followed from.
 */
public class PageHeaders {

    /** Runs first, so every page answer, errors included, gets the header as it is written. */
    static final int ORDER = Integer.MIN_VALUE + 10;

    static final String REFERRER_POLICY = "same-origin";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    void install(@Observes Router router) {
        String policy = policy(origin(issuer));
        router.route().order(ORDER).handler(context -> {
            if (!Paths.isApi(context.normalizedPath())) {
                context.addHeadersEndHandler(done -> context.response().headers()
                        .set("Content-Security-Policy", policy).set("Referrer-Policy", REFERRER_POLICY));
            }
            context.next();
        });
    }

    static String policy(String identityProvider) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' "
                + identityProvider + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
