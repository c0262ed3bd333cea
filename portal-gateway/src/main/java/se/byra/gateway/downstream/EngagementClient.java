package se.byra.gateway.downstream;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.AgencyView;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.EngagementSummary;
import se.byra.gateway.downstream.EngagementApi.InviteStaff;
import se.byra.gateway.downstream.EngagementApi.LogoView;
import se.byra.gateway.downstream.EngagementApi.RegisterClient;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementApi.UpdateAgency;
import se.byra.gateway.downstream.EngagementApi.UpdateClient;
import se.byra.gateway.downstream.EngagementApi.UpdateStaff;

/** engagement-service, called with the signed-in user's access token. Use {@link EngagementCalls}. */
@RegisterRestClient(configKey = "engagement")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface EngagementClient {

    @GET
    @Path("/clients")
    Uni<ServicePage<ClientSummary>> clients(@QueryParam("q") String query, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/clients")
    Uni<ClientView> register(RegisterClient client);

    @GET
    @Path("/clients/{id}")
    Uni<ClientView> client(@PathParam("id") UUID id);

    @PUT
    @Path("/clients/{id}")
    Uni<ClientView> update(@PathParam("id") UUID id, UpdateClient client);

    @GET
    @Path("/engagements")
    Uni<ServicePage<EngagementSummary>> engagements(@QueryParam("clientId") UUID clientId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/staff")
    Uni<ServicePage<StaffView>> staff(@QueryParam("status") String status, @QueryParam("q") String query,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/staff")
    Uni<StaffView> invite(InviteStaff member);

    @GET
    @Path("/staff/{id}")
    Uni<StaffView> staffMember(@PathParam("id") UUID id);

    @PUT
    @Path("/staff/{id}")
    Uni<StaffView> updateStaff(@PathParam("id") UUID id, UpdateStaff member);

    @POST
    @Path("/staff/{id}/deactivation")
    Uni<StaffView> deactivate(@PathParam("id") UUID id);

    @POST
    @Path("/staff/{id}/provisioning")
    Uni<StaffView> retryProvisioning(@PathParam("id") UUID id);

    @GET
    @Path("/agency")
    Uni<AgencyView> agency();

    @PUT
    @Path("/agency")
    Uni<AgencyView> updateAgency(UpdateAgency agency);

    /** The image as it is, the body of the request; the service reads its type from the bytes. */
    @PUT
    @Path("/agency/logo")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Uni<LogoView> putLogo(byte[] image);

    @GET
    @Path("/agency/logo")
    @Produces({ "image/png", "image/jpeg", "application/problem+json" })
    Uni<RestResponse<byte[]>> logo();

    @DELETE
    @Path("/agency/logo")
    Uni<AgencyView> deleteLogo();
}
