package se.byra.engagement.client;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.engagement.client.ClientApi.ClientSummary;
import se.byra.engagement.client.ClientApi.ClientView;
import se.byra.engagement.client.ClientApi.RegisterClient;
import se.byra.engagement.client.ClientApi.UpdateClient;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.access.Access;
import se.byra.platform.web.security.Roles;

@Path("/clients")
@RolesAllowed(Roles.AGENCY_STAFF)
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    Access access;

    @POST
    @APIResponse(responseCode = "201", description = "Registered; Location is the new client's address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "A client with this organisation number is already registered")
    public Response register(@Valid @NotNull RegisterClient body) {
        ClientView client = clients.register(access.staff(), body);
        return Response.created(URI.create("/clients/" + client.id())).entity(client).build();
    }

    /** The agency's clients by name, then id (stable pages); with q, those it matches. */
    @GET
    public Page<ClientSummary> list(
            @Parameter(description = "Search: a part of the name, in any case (å, ä and ö included), or the first "
                    + "digits of the organisation number, with or without the hyphen (5567, 556703-74). Trimmed; "
                    + "blank lists every client.", example = "vårby")
            @QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam PageRequest paging) {
        return clients.list(access.staff(), q, paging);
    }

    @GET
    @Path("/{id}")
    public ClientView get(@PathParam("id") UUID id) {
        return clients.get(access.staff(), id);
    }

    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "Updated: the client as it is now, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client in the caller's agency")
    @APIResponse(responseCode = "409", description = "Someone else changed the client since the version sent "
            + "(reload it and change again), or another client of the agency has this organisation number")
    public ClientView update(@PathParam("id") UUID id, @Valid @NotNull UpdateClient body) {
        return clients.update(access.staff(), id, body);
    }
}
