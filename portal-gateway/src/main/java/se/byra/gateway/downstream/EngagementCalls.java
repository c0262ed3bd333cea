package se.byra.gateway.downstream;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.AgencyView;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.EngagementSummary;
import se.byra.gateway.downstream.EngagementApi.InviteStaff;
import se.byra.gateway.downstream.EngagementApi.Logo;
import se.byra.gateway.downstream.EngagementApi.LogoView;
import se.byra.gateway.downstream.EngagementApi.RegisterClient;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementApi.UpdateAgency;
import se.byra.gateway.downstream.EngagementApi.UpdateClient;
import se.byra.gateway.downstream.EngagementApi.UpdateStaff;

/** engagement-service's calls, each within its limits ({@link ServiceGuards}). */
@ApplicationScoped
public class EngagementCalls {

    /** A staff member's status as the service writes it. */
    public static final String ACTIVE = "ACTIVE";
    public static final String DEACTIVATED = "DEACTIVATED";
    /** How many of the service's largest pages a list of every active staff member reads at most. */
    static final int MAX_STAFF_PAGES = 20;

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

    /** {@code status}: ACTIVE, DEACTIVATED or null for everyone; {@code query} null for no search. */
    public Uni<ServicePage<StaffView>> staff(String status, String query, int page, int size) {
        return guards.read(() -> client.staff(status, query, page, size));
    }

    /** Every active staff member, by name: the directory's pages read together. */
    public Uni<List<StaffView>> activeStaff() {
        return ServicePage.all(page -> staff(ACTIVE, null, page, ServicePage.LARGEST), MAX_STAFF_PAGES);
    }

    /** Every staff member, active or not, by name: to name the people a record refers to. */
    public Uni<List<StaffView>> allStaff() {
        return ServicePage.all(page -> staff(null, null, page, ServicePage.LARGEST), MAX_STAFF_PAGES);
    }

    public Uni<StaffView> staffMember(UUID id) {
        return guards.read(() -> client.staffMember(id));
    }

    public Uni<StaffView> invite(InviteStaff body) {
        return guards.write(() -> client.invite(body));
    }

    public Uni<StaffView> updateStaff(UUID id, UpdateStaff body) {
        return guards.write(() -> client.updateStaff(id, body));
    }

    public Uni<StaffView> deactivate(UUID id) {
        return guards.write(() -> client.deactivate(id));
    }

    public Uni<StaffView> retryProvisioning(UUID id) {
        return guards.write(() -> client.retryProvisioning(id));
    }

    public Uni<AgencyView> agency() {
        return guards.read(() -> client.agency());
    }

    public Uni<AgencyView> updateAgency(UpdateAgency body) {
        return guards.write(() -> client.updateAgency(body));
    }

    public Uni<LogoView> putLogo(byte[] image) {
        return guards.write(() -> client.putLogo(image));
    }

    /** The logo with the type the service serves it as. */
    public Uni<Logo> logo() {
        return guards.read(() -> client.logo()).map(answer -> new Logo(answer.getEntity(),
                answer.getMediaType() == null ? null : answer.getMediaType().toString()));
    }

    public Uni<AgencyView> deleteLogo() {
        return guards.write(() -> client.deleteLogo());
    }
}
