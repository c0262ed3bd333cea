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
import se.byra.gateway.downstream.NotificationApi.DeliveryView;
import se.byra.gateway.downstream.NotificationApi.NotificationView;
import se.byra.gateway.downstream.NotificationApi.Preferences;
import se.byra.gateway.downstream.NotificationApi.PreferencesUpdate;

/**
 * notification-service, called with the signed-in user's access token. Use {@link NotificationCalls}; the live
 * stream is relayed by {@code pages.notices.NoticeStream}, not through this client.
 */
@RegisterRestClient(configKey = "notification")
@AccessToken
@RegisterProvider(ServiceErrors.class)
@RegisterClientHeaders(CallerLanguage.class)
public interface NotificationClient {

    @GET
    @Path("/me/notifications")
    Uni<ServicePage<NotificationView>> notifications(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/me/notifications/{id}/read")
    Uni<Void> markRead(@PathParam("id") UUID id);

    @POST
    @Path("/me/notifications/read")
    Uni<Void> markAllRead();

    @GET
    @Path("/me/preferences")
    Uni<Preferences> preferences();

    @PUT
    @Path("/me/preferences")
    Uni<Preferences> savePreferences(PreferencesUpdate update);

    @GET
    @Path("/deliveries")
    Uni<ServicePage<DeliveryView>> deliveries(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/deliveries/{id}/resend")
    Uni<DeliveryView> resend(@PathParam("id") UUID id);
}
