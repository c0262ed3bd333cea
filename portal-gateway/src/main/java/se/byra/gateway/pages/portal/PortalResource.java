package se.byra.gateway.pages.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The client portal's home page: the companies the user belongs to and one to-do list of what
 * waits for them. Neither has a source yet (memberships and invitations are a later issue), so
 * the page says so in words and what will happen next. Staff get the 403 page: the portal is
 * the clients' side.
 */
@Path(Paths.PORTAL)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class PortalResource {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home();
    }

    @GET
    public TemplateInstance home() {
        return Templates.home();
    }
}
