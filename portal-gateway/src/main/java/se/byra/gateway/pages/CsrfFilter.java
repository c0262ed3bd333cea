package se.byra.gateway.pages;

import java.net.URI;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every state-changing request to a page (POST, PUT, PATCH, DELETE outside /api) must come from
 * the gateway's own pages and carry the session's token ({@link CsrfTokens}): in the form field
 * {@value CsrfTokens#FIELD} or, from htmx, the header {@value CsrfTokens#HEADER}. A request a
 * browser marks as cross-site ({@code Sec-Fetch-Site}) or from another origin ({@code Origin})
 * is refused even with a valid token. /api takes bearer tokens, which a browser never sends on
 * its own, so it needs neither.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ErrorPages errors;

    @WithFormRead
    @ServerRequestFilter
    public Uni<Response> check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || Paths.isApi(routing.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        if (!fromOwnOrigin(routing)) {
            return Uni.createFrom().item(errors.formRefused());
        }
        String presented = request.getHeaderString(CsrfTokens.HEADER);
        if (presented == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        String token = presented;
        // an anonymous visitor has no session a forged request could act in
        return identities.getDeferredIdentity().map(identity -> identity.isAnonymous()
                || tokens.matches(identity, token) ? null : errors.formRefused());
    }

    /**
     * The browser's word on where the request comes from: Sec-Fetch-Site must be same-origin,
     * and Origin (sent with every POST by current browsers) must name this site's host.
     * A client that sends neither is judged by the token alone.
     */
    static boolean fromOwnOrigin(RoutingContext routing) {
        String site = routing.request().getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site)) {
            return false;
        }
        String origin = routing.request().getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = routing.request().authority() == null ? null : routing.request().authority().toString();
            return uri.getRawAuthority() != null && uri.getPath().isEmpty() && uri.getRawAuthority().equals(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
