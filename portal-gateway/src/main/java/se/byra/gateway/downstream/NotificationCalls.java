package se.byra.gateway.downstream;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.NotificationApi.DeliveryView;
import se.byra.gateway.downstream.NotificationApi.NotificationView;
import se.byra.gateway.downstream.NotificationApi.Preferences;
import se.byra.gateway.downstream.NotificationApi.PreferencesUpdate;

/** notification-service's calls, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class NotificationCalls {

    /** The status of a delivery the mailer gave up on. */
    public static final String FAILED = "FAILED";

    private final ServiceGuards guards;

    @RestClient
    NotificationClient client;

    @Inject
    NotificationCalls(ServicesConfig config) {
        guards = new ServiceGuards("notification", config);
    }

    /** The signed-in user's notifications, newest first. */
    public Uni<ServicePage<NotificationView>> notifications(int page, int size) {
        return guards.read(() -> client.notifications(page, size));
    }

    public Uni<Void> markRead(UUID id) {
        return guards.write(() -> client.markRead(id));
    }

    public Uni<Void> markAllRead() {
        return guards.write(() -> client.markAllRead());
    }

    public Uni<Preferences> preferences() {
        return guards.read(() -> client.preferences());
    }

    /** Whether to e-mail each category named; the others stay as they are. */
    public Uni<Preferences> savePreferences(Map<String, Boolean> email) {
        return guards.write(() -> client.savePreferences(new PreferencesUpdate(email)));
    }

    /** The agency's e-mails the mailer gave up on, newest first (administrators only). */
    public Uni<ServicePage<DeliveryView>> failedDeliveries(int page, int size) {
        return guards.read(() -> client.deliveries(FAILED, page, size));
    }

    /** Tries a failed e-mail again: it is pending once more. */
    public Uni<DeliveryView> resend(UUID id) {
        return guards.write(() -> client.resend(id));
    }
}
