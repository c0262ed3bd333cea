package se.byra.gateway.downstream;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.downstream.CollaborationApi.SignedEngagement;

/** collaboration-service's calls, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class CollaborationCalls {

    /** How many of the service's largest pages the company switcher reads at most. */
    static final int MAX_COMPANY_PAGES = 10;

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

    /** Opens the client to the portal, its main contact the account's first administrator. */
    public Uni<ClientAccountView> createAccount(UUID clientId) {
        return guards.write(() -> client.createAccount(clientId));
    }

    /** The client's account; a 404 when it has none (or the client is unknown or out of the caller's scope). */
    public Uni<ClientAccountView> account(UUID clientId) {
        return guards.read(() -> client.account(clientId));
    }

    public Uni<ServicePage<ClientUserView>> accountUsers(UUID clientId, int page, int size) {
        return guards.read(() -> client.accountUsers(clientId, page, size));
    }

    public Uni<ClientUserView> inviteToAccount(UUID clientId, InviteUser user) {
        return guards.write(() -> client.inviteToAccount(clientId, user));
    }

    public Uni<ClientUserView> retryProvisioning(UUID clientId, UUID clientUserId) {
        return guards.write(() -> client.retryProvisioning(clientId, clientUserId));
    }

    /** Every company the signed-in client user belongs to, by name. */
    public Uni<List<CompanyView>> companies() {
        return ServicePage.all(page -> guards.read(() -> client.companies(page, ServicePage.LARGEST)),
                MAX_COMPANY_PAGES);
    }

    public Uni<ServicePage<ClientUserView>> companyUsers(UUID clientId, int page, int size) {
        return guards.read(() -> client.companyUsers(clientId, page, size));
    }

    public Uni<ClientUserView> companyUser(UUID clientId, UUID clientUserId) {
        return guards.read(() -> client.companyUser(clientId, clientUserId));
    }

    public Uni<ClientUserView> inviteToCompany(UUID clientId, InviteUser user) {
        return guards.write(() -> client.inviteToCompany(clientId, user));
    }

    public Uni<ClientUserView> removeFromCompany(UUID clientId, UUID clientUserId) {
        return guards.write(() -> client.removeFromCompany(clientId, clientUserId));
    }
}
