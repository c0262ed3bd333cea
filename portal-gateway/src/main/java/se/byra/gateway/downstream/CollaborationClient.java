package se.byra.gateway.downstream;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
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
}
