package se.byra.gateway.downstream;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.EngagementSummary;
import se.byra.gateway.downstream.EngagementApi.RegisterClient;
import se.byra.gateway.downstream.EngagementApi.UpdateClient;

/** engagement-service's calls, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class EngagementCalls {

    private final ServiceGuards guards;

    @RestClient
    EngagementClient client;

    @Inject
    EngagementCalls(ServicesConfig config) {
        guards = new ServiceGuards("engagement", config);
    }

    public Uni<ServicePage<ClientSummary>> clients(String query, int page, int size) {
        return guards.read(() -> client.clients(query, page, size));
    }

    public Uni<ClientView> client(UUID id) {
        return guards.read(() -> client.client(id));
    }

    public Uni<ServicePage<EngagementSummary>> engagements(UUID clientId, int page, int size) {
        return guards.read(() -> client.engagements(clientId, page, size));
    }

    public Uni<ClientView> register(RegisterClient body) {
        return guards.write(() -> client.register(body));
    }

    public Uni<ClientView> update(UUID id, UpdateClient body) {
        return guards.write(() -> client.update(id, body));
    }
}
