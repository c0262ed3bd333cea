package se.byra.gateway.downstream;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCollaborationApi.Accept;
import se.byra.gateway.downstream.CompanyCollaborationApi.ClientEnd;
import se.byra.gateway.downstream.CompanyCollaborationApi.CollaborationTask;
import se.byra.gateway.downstream.CompanyCollaborationApi.CompanyCollaborationView;
import se.byra.gateway.downstream.CompanyCollaborationApi.Decline;
import se.byra.gateway.downstream.CompanyCollaborationApi.HistoryEntry;
import se.byra.gateway.downstream.CompanyCollaborationApi.ServiceChoice;

/**
 * collaboration-service's calls about a company's collaborations, each within its limits ({@link ServiceGuards}):
 * the same circuit as {@link CollaborationCalls}' reads, the service being one. Another company's collaboration is
 * the service's 404; a member who is not the company's administrator answering is its 403.
 */
@ApplicationScoped
public class CompanyCollaborationCalls {

    /** How many of the service's largest pages of to-dos a company's page reads at most. */
    static final int MAX_TASK_PAGES = 10;

    private final ServiceGuards guards;

    @RestClient
    CompanyCollaborationClient client;

    @Inject
    CompanyCollaborationCalls(ServicesConfig config) {
        guards = new ServiceGuards("collaboration", config);
    }

    /** One page of what the signed-in user is to do, across the companies they administer. */
    public Uni<ServicePage<CollaborationTask>> tasks(int page, int size) {
        return guards.read(() -> client.tasks(page, size));
    }

    /** Everything the signed-in user is to do (a company's page picks that company's). */
    public Uni<List<CollaborationTask>> allTasks() {
        return ServicePage.all(page -> tasks(page, ServicePage.LARGEST), MAX_TASK_PAGES);
    }

    public Uni<ServicePage<CompanyCollaborationView>> collaborations(UUID clientId, int page, int size) {
        return guards.read(() -> client.collaborations(clientId, page, size));
    }

    public Uni<CompanyCollaborationView> collaboration(UUID clientId, UUID id) {
        return guards.read(() -> client.collaboration(clientId, id));
    }

    public Uni<ServicePage<HistoryEntry>> history(UUID clientId, UUID id, int page, int size) {
        return guards.read(() -> client.history(clientId, id, page, size));
    }

    /** Approves the invitation and the terms of {@code termsVersion}, the version the user was shown. */
    public Uni<CompanyCollaborationView> accept(UUID clientId, UUID id, String termsVersion) {
        return guards.write(() -> client.accept(clientId, id, new Accept(termsVersion)));
    }

    public Uni<CompanyCollaborationView> decline(UUID clientId, UUID id, String reason) {
        return guards.write(() -> client.decline(clientId, id, new Decline(reason)));
    }

    /** Ends the collaboration on {@code endsOn} (null: now). */
    public Uni<CompanyCollaborationView> end(UUID clientId, UUID id, LocalDate endsOn, boolean keepService) {
        return guards.write(() -> client.end(clientId, id, new ClientEnd(endsOn, keepService)));
    }

    public Uni<CompanyCollaborationView> withdrawEnding(UUID clientId, UUID id) {
        return guards.write(() -> client.withdrawEnding(clientId, id));
    }

    public Uni<CompanyCollaborationView> decide(UUID clientId, UUID id, boolean keepService) {
        return guards.write(() -> client.decide(clientId, id, new ServiceChoice(keepService)));
    }
}
