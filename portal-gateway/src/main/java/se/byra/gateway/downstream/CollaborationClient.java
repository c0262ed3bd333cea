package se.byra.gateway.downstream;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.Activate;
import se.byra.gateway.downstream.CollaborationApi.ActivationPreview;
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationApi.ClientServices;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.downstream.CollaborationApi.Edit;
import se.byra.gateway.downstream.CollaborationApi.End;
import se.byra.gateway.downstream.CollaborationApi.HistoryView;
import se.byra.gateway.downstream.CollaborationApi.ImportReport;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.downstream.CollaborationApi.Link;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
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

    // Collaborations in shared services, as the agency's staff activate and follow them

    @GET
    @Path("/catalogue")
    Uni<List<ServiceView>> catalogue();

    @GET
    @Path("/catalogue/{code}")
    Uni<ServiceView> catalogueService(@PathParam("code") String code);

    @GET
    @Path("/clients/{clientId}/services")
    Uni<ClientServices> clientServices(@PathParam("clientId") UUID clientId);

    @GET
    @Path("/clients/{clientId}/activation")
    Uni<ActivationPreview> activationPreview(@PathParam("clientId") UUID clientId,
            @QueryParam("service") String service);

    @POST
    @Path("/clients/{clientId}/collaborations")
    Uni<CollaborationView> activate(@PathParam("clientId") UUID clientId, Activate body);

    @GET
    @Path("/collaborations")
    Uni<ServicePage<CollaborationView>> collaborations(@QueryParam("clientId") UUID clientId,
            @QueryParam("service") String service, @QueryParam("engagementId") UUID engagementId,
            @QueryParam("ownerId") UUID ownerId, @QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/collaborations/requests")
    Uni<ServicePage<CollaborationView>> requests(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/collaborations/{id}")
    Uni<CollaborationView> collaboration(@PathParam("id") UUID id);

    @GET
    @Path("/collaborations/{id}/history")
    Uni<ServicePage<HistoryView>> history(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @PUT
    @Path("/collaborations/{id}")
    Uni<CollaborationView> edit(@PathParam("id") UUID id, Edit body);

    @POST
    @Path("/collaborations/{id}/invitation")
    Uni<CollaborationView> resendInvitation(@PathParam("id") UUID id);

    @POST
    @Path("/collaborations/{id}/ending")
    Uni<CollaborationView> end(@PathParam("id") UUID id, End body);

    @DELETE
    @Path("/collaborations/{id}/ending")
    Uni<CollaborationView> withdrawEnding(@PathParam("id") UUID id);

    @POST
    @Path("/collaborations/import")
    @Consumes("text/csv")
    Uni<ImportReport> importCsv(String csv);

    @POST
    @Path("/collaborations/{id}/link")
    Uni<CollaborationView> link(@PathParam("id") UUID id, Link body);

    @DELETE
    @Path("/collaborations/{id}")
    Uni<Void> removeImport(@PathParam("id") UUID id);
}
