package se.byra.gateway.pages.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/** A staff member's notifications and e-mail choices: {@code /byra/notiser} ({@link NoticePages}). */
@Path(Paths.AGENCY_NOTICES)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class AgencyNoticesResource extends NoticePages {

    public AgencyNoticesResource() {
        super(Paths.AGENCY_NOTICES, PageContext::staff);
    }
}
