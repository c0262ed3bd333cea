package se.byra.gateway.pages.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.problem.IdentityProviderFailures;

/**
 * The realm cannot be reached when a page needs it: Quarkus OIDC has not read the realm's metadata since the gateway
 * started (it tries again on each request) and fails the request with an {@code OIDCException} ({@link IdentityProviderFailures}), which would be
 * Quarkus's bare 500 and a stack trace in the log. The page is sent on to {@value Paths#SIGN_IN_UNAVAILABLE} instead
 * (public, so it needs no sign-in; a redirect, as the request's body has been read), which says in the user's
 * language that signing in does not work just now (503). One line in the log. /api's failure reaches its resources
 * and platform/web answers it 503 too.
 *
 * <p>Once the metadata has been read, a realm that goes away later is the browser's to find: the redirect to its
 * sign-in page fails there, and a session whose tokens need refreshing is sent to sign in again.
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (!IdentityProviderFailures.unavailable(context.failure()) || Paths.isApi(path) || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("The realm cannot be reached to sign in (%s %s): %s", context.request().method(), path,
                context.failure().getMessage());
        context.response().setStatusCode(303).putHeader("Location", Paths.SIGN_IN_UNAVAILABLE)
                .putHeader("Cache-Control", "no-store").end();
    }
}
