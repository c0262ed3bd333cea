package se.byra.collaboration.account;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.account.AccountApi.CompanyUserView;
import se.byra.collaboration.account.AccountApi.InviteUser;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/**
 * A company's users in the client portal: its members see them, its administrators invite and remove
 * them. A company the caller does not belong to answers 404.
 */
@Path("/companies/{clientId}/users")
@RolesAllowed(Roles.CLIENT_USER)
public class CompanyResource {

    static final String NOT_FOUND = "The caller is no user of the company, or it does not exist";

    @Inject
    CompanyService companies;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    /** The company's users by name, then id. */
    @GET
    public Page<CompanyUserView> list(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageRequest paging) {
        return companies.users(access.clientUser(), clientId, paging);
    }

    @GET
    @Path("/{clientUserId}")
    @APIResponse(responseCode = "200", description = "The company's user",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyUserView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or the person is no user of it")
    public CompanyUserView get(@PathParam("clientId") UUID clientId, @PathParam("clientUserId") UUID clientUserId) {
        return companies.user(access.clientUser(), clientId, clientUserId);
    }

    /** The company's administrator gives a person access to the company (role company administrator only). */
    @POST
    @APIResponse(responseCode = "201", description = "Invited; Location is the user's address. MembershipGranted is "
            + "published, and the person's login is made (a new person is mailed a link to choose a password).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyUserView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a user of the company, not its administrator")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The person already uses the company's account")
    public Response invite(@PathParam("clientId") UUID clientId, @Valid @NotNull InviteUser body) {
        CompanyUserView invited = companies.invite(access.clientUser(), clientId, body, user.subject());
        return Response.created(URI.create("/companies/" + clientId + "/users/" + invited.clientUserId()))
                .entity(invited).build();
    }

    /** The company's administrator takes a person's access to the company away; it ends at once. */
    @DELETE
    @Path("/{clientUserId}")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Removed: the user as they were. MembershipRevoked is published; "
            + "a person left with no company has their login disabled and signed out.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyUserView.class)))
    @APIResponse(responseCode = "403", description = "The caller is a user of the company, not its administrator")
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or the person is no user of it")
    @APIResponse(responseCode = "409", description = "The person is the caller, or the company's last administrator")
    public CompanyUserView remove(@PathParam("clientId") UUID clientId, @PathParam("clientUserId") UUID clientUserId) {
        return companies.remove(access.clientUser(), clientId, clientUserId);
    }
}
