package se.byra.engagement.engagement;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.vertx.core.http.HttpServerRequest;
import se.byra.engagement.engagement.EngagementApi.CreateEngagement;
import se.byra.engagement.engagement.EngagementApi.EngagementSummary;
import se.byra.engagement.engagement.EngagementApi.EngagementView;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

@Path("/engagements")
@RolesAllowed(Roles.AGENCY_STAFF)
public class EngagementResource {

    @Inject
    EngagementService engagements;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    HttpServerRequest request;

    @POST
    @APIResponse(responseCode = "201", description = "Created with a draft letter; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "404", description = "The client is not in the caller's agency")
    public Response create(@Valid @NotNull CreateEngagement body) {
        EngagementView engagement = engagements.create(access.staff(), body);
        return Response.created(URI.create("/engagements/" + engagement.id())).entity(engagement).build();
    }

    @GET
    public Page<EngagementSummary> list(@QueryParam("clientId") UUID clientId, @Valid @BeanParam PageRequest paging) {
        return engagements.list(access.staff(), clientId, paging);
    }

    @GET
    @Path("/{id}")
    public EngagementView get(@PathParam("id") UUID id) {
        return engagements.get(access.staff(), id);
    }

    /** The agency signs the current letter; the evidence records who, when and from where. */
    @POST
    @Path("/{id}/letter/signature")
    @APIResponse(responseCode = "200", description = "Signed; the engagement is in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementView.class)))
    @APIResponse(responseCode = "409", description = "The current letter is already signed (perhaps by a "
            + "request at the same moment), or cannot be signed")
    public EngagementView sign(@PathParam("id") UUID id) {
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return engagements.sign(access.staff(), id,
                new EngagementService.Signer(user.subject(), user.displayName(), address));
    }
}
