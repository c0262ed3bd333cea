package se.byra.gateway.downstream;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.downstream.CollaborationApi.SignedEngagement;

/** collaboration-service, called with the signed-in user's access token. Use {@link CollaborationCalls}. */
@RegisterRestClient(configKey = "collaboration")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface CollaborationClient {

    @GET
    @Path("/engagements")
    Uni<ServicePage<SignedEngagement>> engagements(@QueryParam("clientId") UUID clientId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    // A client's account, as the agency's staff open and follow it

    @POST
    @Path("/clients/{clientId}/account")
    Uni<ClientAccountView> createAccount(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/clients/{clientId}/account")
    Uni<ClientAccountView> account(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/clients/{clientId}/account/users")
    Uni<ServicePage<ClientUserView>> accountUsers(@PathParam("clientId") UUID clientId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/clients/{clientId}/account/users")
    Uni<ClientUserView> inviteToAccount(@PathParam("clientId") UUID clientId, InviteUser user);

    @POST
    @Path("/clients/{clientId}/account/users/{clientUserId}/provisioning")
    Uni<ClientUserView> retryProvisioning(@PathParam("clientId") UUID clientId,
            @PathParam("clientUserId") UUID clientUserId);

    // The portal: the signed-in client user's companies and their users

    @GET
    @Path("/me/companies")
    Uni<ServicePage<CompanyView>> companies(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{clientId}/users")
    Uni<ServicePage<ClientUserView>> companyUsers(@PathParam("clientId") UUID clientId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{clientId}/users/{clientUserId}")
    Uni<ClientUserView> companyUser(@PathParam("clientId") UUID clientId,
            @PathParam("clientUserId") UUID clientUserId);

    @POST
    @Path("/companies/{clientId}/users")
    Uni<ClientUserView> inviteToCompany(@PathParam("clientId") UUID clientId, InviteUser user);

    @DELETE
    @Path("/companies/{clientId}/users/{clientUserId}")
    Uni<ClientUserView> removeFromCompany(@PathParam("clientId") UUID clientId,
            @PathParam("clientUserId") UUID clientUserId);
}
