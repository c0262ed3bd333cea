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
import se.byra.gateway.downstream.CompanyCollaborationApi.Accept;
import se.byra.gateway.downstream.CompanyCollaborationApi.ClientEnd;
import se.byra.gateway.downstream.CompanyCollaborationApi.CollaborationTask;
import se.byra.gateway.downstream.CompanyCollaborationApi.CompanyCollaborationView;
import se.byra.gateway.downstream.CompanyCollaborationApi.Decline;
import se.byra.gateway.downstream.CompanyCollaborationApi.HistoryEntry;
import se.byra.gateway.downstream.CompanyCollaborationApi.ServiceChoice;

/**
 * collaboration-service's portal side: a company's collaborations as its users read and answer them, and the
 * signed-in user's to-dos. Called with the user's access token in the page's language. Use
 * {@link CompanyCollaborationCalls}.
 */
@RegisterRestClient(configKey = "collaboration")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface CompanyCollaborationClient {

    @GET
    @Path("/me/collaboration-tasks")
    Uni<ServicePage<CollaborationTask>> tasks(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{clientId}/collaborations")
    Uni<ServicePage<CompanyCollaborationView>> collaborations(@PathParam("clientId") UUID clientId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/companies/{clientId}/collaborations/{id}")
    Uni<CompanyCollaborationView> collaboration(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id);

    @GET
    @Path("/companies/{clientId}/collaborations/{id}/history")
    Uni<ServicePage<HistoryEntry>> history(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/companies/{clientId}/collaborations/{id}/acceptance")
    Uni<CompanyCollaborationView> accept(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            Accept body);

    @POST
    @Path("/companies/{clientId}/collaborations/{id}/decline")
    Uni<CompanyCollaborationView> decline(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            Decline body);

    @POST
    @Path("/companies/{clientId}/collaborations/{id}/ending")
    Uni<CompanyCollaborationView> end(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id, ClientEnd body);

    @DELETE
    @Path("/companies/{clientId}/collaborations/{id}/ending")
    Uni<CompanyCollaborationView> withdrawEnding(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id);

    @POST
    @Path("/companies/{clientId}/collaborations/{id}/service-decision")
    Uni<CompanyCollaborationView> decide(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            ServiceChoice body);
}
