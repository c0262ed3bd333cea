package se.byra.collaboration.account;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
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

import se.byra.collaboration.account.AccountApi.AccountUserView;
import se.byra.collaboration.account.AccountApi.ClientAccountView;
import se.byra.collaboration.account.AccountApi.InviteUser;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** A client's account as the agency's staff open and follow it: only for a client the caller may see. */
@Path("/clients/{clientId}/account")
@RolesAllowed(Roles.AGENCY_STAFF)
public class AccountResource {

    public static final String NOT_FOUND = "No such client in the caller's agency (or not yet known to this service), or one "
            + "the caller is not responsible for (own-clients permission)";

    @Inject
    AccountService accounts;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    /** Opens the client to the portal, its main contact as the account's first administrator. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; Location is the account's address. ClientAccountCreated "
            + "and MembershipGranted (the main contact as ADMINISTRATOR) are published, and the main contact's login "
            + "is made (they are mailed a link to choose a password).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientAccountView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The client already has an account")
    @APIResponse(responseCode = "422", description = "The client's main contact has no e-mail address or no name "
            + "(type tag:byra.se,2026:problem:main-contact-incomplete; errors names mainContactEmail, mainContactName): "
            + "add it to the main contact on the client first")
    public Response create(@PathParam("clientId") UUID clientId) {
        ClientAccountView account = accounts.create(access.staff(), clientId, user.subject(), user.displayName());
        return Response.created(URI.create("/clients/" + clientId + "/account")).entity(account).build();
    }

    @GET
    @APIResponse(responseCode = "200", description = "The client's account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientAccountView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or the client has no account yet (the detail says so)")
    public ClientAccountView get(@PathParam("clientId") UUID clientId) {
        return accounts.get(access.staff(), clientId);
    }

    /** The account's users by name, then id, with their role and whether their login is made. */
    @GET
    @Path("/users")
    public Page<AccountUserView> users(@PathParam("clientId") UUID clientId, @Valid @BeanParam PageRequest paging) {
        return accounts.users(access.staff(), clientId, paging);
    }

    /** Gives a person access to the client's account (the client's administrator can do the same in the portal). */
    @POST
    @Path("/users")
    @APIResponse(responseCode = "201", description = "Invited; Location is the account's users. MembershipGranted is "
            + "published, and the person's login is made (a new person is mailed a link to choose a password).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountUserView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or the client has no account yet")
    @APIResponse(responseCode = "409", description = "The person already uses the client's account")
    public Response invite(@PathParam("clientId") UUID clientId, @Valid @NotNull InviteUser body) {
        AccountUserView invited = accounts.invite(access.staff(), clientId, body, user.subject());
        return Response.created(URI.create("/clients/" + clientId + "/account/users")).entity(invited).build();
    }

    /** Tries again to make the user's login that the identity provider refused. */
    @POST
    @Path("/users/{clientUserId}/provisioning")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Tried again: the provisioning state is PENDING until it is done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountUserView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + "; or the person is no user of the client's account")
    @APIResponse(responseCode = "409", description = "Nothing failed: the login is pending or active")
    public AccountUserView retryProvisioning(@PathParam("clientId") UUID clientId,
            @PathParam("clientUserId") UUID clientUserId) {
        return accounts.retryProvisioning(access.staff(), clientId, clientUserId);
    }
}
