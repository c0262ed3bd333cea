package se.byra.gateway.pages.signin;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import se.byra.gateway.pages.ErrorPages;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;

/**
 * The start page sends each user to their side: staff to the client register, client users to
 * the portal. Signing in itself is Quarkus OIDC's (any page without a session redirects to the
 * realm, which comes back to /inloggning and on to the page asked for).
 */
@Path("/")
@Produces(Paths.HTML)
public class SignInResource {

    @Inject
    PageContext page;

    @Inject
    ErrorPages errors;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance failed();
    }

    @GET
    @Authenticated
    public Response start() {
        if (page.staff()) {
            return Response.seeOther(URI.create(Paths.CLIENTS)).build();
        }
        if (page.clientUser()) {
            return Response.seeOther(URI.create(Paths.PORTAL)).build();
        }
        return errors.page(ErrorPages.Kind.NO_ROLE);
    }

    /** The realm's redirect back; Quarkus has already restored the page asked for, so only a reload lands here. */
    @GET
    @Path("inloggning")
    @Authenticated
    public Response signedIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    /** The realm answered the sign-in with an error instead of a code (the user cancelled, say). */
    @GET
    @Path("inloggning/fel")
    public TemplateInstance failed() {
        return Templates.failed();
    }

    /** A page asked for while the realm cannot be reached ({@link SignInUnavailable} reroutes here): 503. */
    @GET
    @Path("inloggning/otillganglig")
    public Response unavailable() {
        return errors.page(ErrorPages.Kind.SIGN_IN_UNAVAILABLE);
    }
}
