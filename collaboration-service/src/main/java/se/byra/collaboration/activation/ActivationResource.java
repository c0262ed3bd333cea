package se.byra.collaboration.activation;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.RequestLanguage;
import se.byra.collaboration.account.AccountResource;
import se.byra.collaboration.activation.ActivationApi.ActivationPreview;
import se.byra.collaboration.activation.ActivationApi.ClientServices;
import se.byra.collaboration.collaboration.CollaborationApi.Activate;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.platform.access.Access;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** A client's services and activating a collaboration with the client (staff, for a client they may see). */
@Path("/clients/{clientId}")
@RolesAllowed(Roles.AGENCY_STAFF)
public class ActivationResource {

    @Inject
    Activation activation;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** One tile per service of the catalogue: the client's collaboration in it and whether it uses it. */
    @GET
    @Path("/services")
    @APIResponse(responseCode = "200", description = "The client's services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClientServices.class)))
    @APIResponse(responseCode = "404", description = AccountResource.NOT_FOUND)
    public ClientServices services(@PathParam("clientId") UUID clientId) {
        return activation.services(access.staff(), clientId, language.code());
    }

    /** What activating the service means for the client: the case, the engagements, the main contact to check. */
    @GET
    @Path("/activation")
    @APIResponse(responseCode = "200", description = "The activation's preview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivationPreview.class)))
    @APIResponse(responseCode = "400", description = "No such service in the catalogue (errors names service)")
    @APIResponse(responseCode = "404", description = AccountResource.NOT_FOUND)
    public ActivationPreview preview(@PathParam("clientId") UUID clientId,
            @QueryParam("service") @NotNull String service) {
        return activation.preview(access.staff(), clientId, service, language.code());
    }

    /**
     * Activates a collaboration: the invitation goes to the client's administrators (CollaborationInvited); for a
     * client without an account, the account is created first with the main contact as administrator.
     */
    @POST
    @Path("/collaborations")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Activated and invited; Location is the collaboration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "An unknown service, or options the service does not take "
            + "(errors names each field), or an engagement that is not in force on the client")
    @APIResponse(responseCode = "404", description = AccountResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The client has an invited or active collaboration in the service "
            + "(type tag:byra.se,2026:problem:collaboration-exists)")
    @APIResponse(responseCode = "422", description = "The client has no engagement in force (type "
            + "tag:byra.se,2026:problem:engagement-required), or, for a client without an account, its main contact "
            + "lacks a name or an e-mail (type tag:byra.se,2026:problem:main-contact-incomplete; errors names "
            + "mainContactName, mainContactEmail)")
    public Response activate(@PathParam("clientId") UUID clientId, @Valid @NotNull Activate body) {
        CollaborationView view = activation.activate(access.staff(), clientId, body, user.subject(), user.displayName(),
                language.code());
        return Response.created(URI.create("/collaborations/" + view.id())).entity(view).build();
    }
}
