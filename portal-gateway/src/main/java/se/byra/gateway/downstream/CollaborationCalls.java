package se.byra.gateway.downstream;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.SignedEngagement;

/** collaboration-service's calls, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class CollaborationCalls {

    private final ServiceGuards guards;

    @RestClient
    CollaborationClient client;

    @Inject
    CollaborationCalls(ServicesConfig config) {
        guards = new ServiceGuards("collaboration", config);
    }

    public Uni<ServicePage<SignedEngagement>> signedEngagements(UUID clientId, int page, int size) {
        return guards.read(() -> client.engagements(clientId, page, size));
    }
}
