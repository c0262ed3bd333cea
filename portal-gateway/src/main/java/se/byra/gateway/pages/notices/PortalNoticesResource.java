package se.byra.gateway.pages.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/** A client user's notifications and e-mail choices: {@code /portal/notiser} ({@link NoticePages}). */
@Path(Paths.PORTAL_NOTICES)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class PortalNoticesResource extends NoticePages {

    public PortalNoticesResource() {
        super(Paths.PORTAL_NOTICES, PageContext::clientUser);
    }
}
