package se.byra.collaboration.engagement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import se.byra.collaboration.engagement.EngagementApi.EngagementSummary;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The signed engagements this service knows of: what a collaboration can be activated on. */
@Path("/engagements")
@RolesAllowed(Roles.AGENCY_STAFF)
public class EngagementResource {

    @Inject
    KnownEngagements engagements;

    @Inject
    CurrentUser user;

    @GET
    public Page<EngagementSummary> list(@QueryParam("clientId") UUID clientId, @Valid @BeanParam PageRequest paging) {
        return engagements.list(user.agencyId(), clientId, paging);
    }

    @GET
    @Path("/{id}")
    public EngagementSummary get(@PathParam("id") UUID id) {
        return engagements.get(user.agencyId(), id);
    }
}
