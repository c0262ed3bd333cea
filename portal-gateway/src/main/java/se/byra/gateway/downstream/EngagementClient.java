package se.byra.gateway.downstream;

import java.util.UUID;

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
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.EngagementSummary;
import se.byra.gateway.downstream.EngagementApi.RegisterClient;
import se.byra.gateway.downstream.EngagementApi.UpdateClient;

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
}
