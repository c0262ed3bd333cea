package se.byra.gateway.downstream;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.Activate;
import se.byra.gateway.downstream.CollaborationApi.ActivationPreview;
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationApi.ClientServices;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.downstream.CollaborationApi.Edit;
import se.byra.gateway.downstream.CollaborationApi.End;
import se.byra.gateway.downstream.CollaborationApi.HistoryView;
import se.byra.gateway.downstream.CollaborationApi.ImportReport;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.downstream.CollaborationApi.Link;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
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

    // Collaborations in shared services (the agency's side)

    /** Every service of the catalogue, in its order, in the page's language. */
    public Uni<List<ServiceView>> catalogue() {
        return guards.read(() -> client.catalogue());
    }

    /** One service of the catalogue; a 404 for a code it does not have. */
    public Uni<ServiceView> catalogueService(String code) {
        return guards.read(() -> client.catalogueService(code));
    }

    /** One tile per service of the catalogue for the client, the engagements in force and the unlinked imports. */
    public Uni<ClientServices> clientServices(UUID clientId) {
        return guards.read(() -> client.clientServices(clientId));
    }

    /** What activating {@code service} with the client means; a 400 naming {@code service} for an unknown one. */
    public Uni<ActivationPreview> activationPreview(UUID clientId, String service) {
        return guards.read(() -> client.activationPreview(clientId, service));
    }

    public Uni<CollaborationView> activate(UUID clientId, Activate body) {
        return guards.write(() -> client.activate(clientId, body));
    }

    /** The collaborations of the clients the caller may see; every filter may be null. */
    public Uni<ServicePage<CollaborationView>> collaborations(CollaborationFilter filter, int page, int size) {
        return guards.read(() -> client.collaborations(filter.clientId(), filter.service(), filter.engagementId(),
                filter.ownerId(), filter.status(), page, size));
    }

    /** The invitations sent, newest first; {@code status} null for all. */
    public Uni<ServicePage<CollaborationView>> requests(String status, int page, int size) {
        return guards.read(() -> client.requests(status, page, size));
    }

    public Uni<CollaborationView> collaboration(UUID id) {
        return guards.read(() -> client.collaboration(id));
    }

    /** The collaboration's history, oldest first. */
    public Uni<ServicePage<HistoryView>> history(UUID id, int page, int size) {
        return guards.read(() -> client.history(id, page, size));
    }

    public Uni<CollaborationView> edit(UUID id, Edit body) {
        return guards.write(() -> client.edit(id, body));
    }

    public Uni<CollaborationView> resendInvitation(UUID id) {
        return guards.write(() -> client.resendInvitation(id));
    }

    /** Ends the collaboration now ({@code endsOn} null or today) or sets its last day. */
    public Uni<CollaborationView> end(UUID id, End body) {
        return guards.write(() -> client.end(id, body));
    }

    public Uni<CollaborationView> withdrawEnding(UUID id) {
        return guards.write(() -> client.withdrawEnding(id));
    }

    /** Imports the CSV's rows as unlinked collaborations; each row is taken or refused on its own. */
    public Uni<ImportReport> importCsv(String csv) {
        return guards.write(() -> client.importCsv(csv));
    }

    public Uni<CollaborationView> link(UUID id, Link body) {
        return guards.write(() -> client.link(id, body));
    }

    public Uni<Void> removeImport(UUID id) {
        return guards.write(() -> client.removeImport(id));
    }

    /** The list's filters as the service takes them; null: not filtered. */
    public record CollaborationFilter(UUID clientId, String service, UUID engagementId, UUID ownerId,
            String status) {
    }
}
