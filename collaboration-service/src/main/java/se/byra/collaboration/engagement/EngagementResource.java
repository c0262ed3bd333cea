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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.engagement.EngagementApi.EngagementSummary;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.Roles;

/** The signed engagements this service knows of: what a collaboration can be activated on. */
@Path("/engagements")
@RolesAllowed(Roles.AGENCY_STAFF)
public class EngagementResource {

    @Inject
    KnownEngagements engagements;

    @Inject
    Access access;

    /** The engagements of the clients the caller may see: all of the agency's, or their own clients'. */
    @GET
    public Page<EngagementSummary> list(@QueryParam("clientId") UUID clientId, @Valid @BeanParam PageRequest paging) {
        return engagements.list(access.staff(), clientId, paging);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The engagement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EngagementSummary.class)))
    @APIResponse(responseCode = "404", description = "No such engagement in the caller's agency, or one of a client "
            + "the caller is not responsible for (own-clients permission)")
    public EngagementSummary get(@PathParam("id") UUID id) {
        return engagements.get(access.staff(), id);
    }
}
