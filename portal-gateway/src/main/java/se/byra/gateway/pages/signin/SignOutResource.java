package se.byra.gateway.pages.signin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.pages.Paths;

/**
 * Signing out (RP-initiated logout): POST /logga-ut, a form with the CSRF token, removes the
 * session cookie and sends the browser to the realm's end-session endpoint, which ends the
 * Keycloak session too and comes back to the signed-out page. A GET does not sign out: a link or
 * an image on another site cannot end someone's session.
 */
@Path("/")
@Produces(Paths.HTML)
public class SignOutResource {

    static final String SIGNED_OUT = "/utloggad";

    @Inject
    OidcSession session;

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcConfigurationMetadata provider;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance signedOut();
    }

    /**
     * Open to everyone: a session that has expired meanwhile still signs out (the realm asks the
     * user to confirm, having no ID token to recognise the session by) instead of signing in first.
     */
    @POST
    @Path("logga-ut")
    @Blocking // the session is resolved here, lazily, which may call the provider (a refresh)
    public Uni<Response> signOut(UriInfo uri) {
        String back = uri.getBaseUriBuilder().replacePath(SIGNED_OUT).replaceQuery(null).build().toString();
        String endSession = provider.getEndSessionUri();
        String hint = identity.getPrincipal() instanceof JsonWebToken token ? token.getRawToken() : null;
        Uni<Void> local = identity.isAnonymous() ? Uni.createFrom().voidItem() : session.logout();
        return local.map(ignored -> Response.seeOther(URI.create(endSession == null ? SIGNED_OUT
                : endSession + (endSession.contains("?") ? "&" : "?")
                        + "client_id=" + encode(clientId)
                        + "&post_logout_redirect_uri=" + encode(back)
                        + (hint == null ? "" : "&id_token_hint=" + encode(hint)))).build());
    }

    @GET
    @Path("utloggad")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
