package se.byra.collaboration.collaboration;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Collab;
import se.byra.collaboration.support.Company;
import se.byra.collaboration.support.Once;
import se.byra.platform.testkit.TestTokens;

/**
 * Who may call which collaboration endpoint: staff endpoints refuse a client user (403) and a caller without a token
 * (401), and hide another agency's collaborations (404); portal endpoints refuse a staff token (403) and a caller
 * without a token (401). Nothing is changed by a refused call.
 */
@QuarkusTest
class CollaborationAccessTest {

    private static final Once<World> WORLD = new Once<>(World::new);

    private World world;

    private static final class World {
        final Agency agency = new Agency();
        final Company company = agency.company();
        final UUID engagementId = agency.signEngagement(company.clientId, null);
        final UUID invited = Collab.activate(agency, company.clientId, engagementId);
        final String otherAgency = TestTokens.staff(UUID.randomUUID()).token();
    }

    /** A call: its method, path and body (null: none). */
    private record Call(String method, String path, Object body) {

        void by(RequestSpecification caller, int status) {
            if (body != null) {
                caller.body(body);
            }
            caller.request(method, path).then().statusCode(status).contentType("application/problem+json");
        }
    }

    @BeforeEach
    void world() {
        world = WORLD.get();
    }

    private List<Call> staffCalls() {
        String client = "/clients/" + world.company.clientId;
        String one = "/collaborations/" + world.invited;
        Map<String, Object> options = Collab.activation("scanner", world.engagementId);
        return List.of(new Call("GET", client + "/services", null),
                new Call("GET", client + "/activation?service=scanner", null),
                new Call("POST", client + "/collaborations", options),
                new Call("GET", one, null), new Call("GET", one + "/history", null),
                new Call("PUT", one, Map.of("engagementId", world.engagementId.toString(), "invoiceRecipient", "AGENCY",
                        "version", 0)),
                new Call("POST", one + "/invitation", null), new Call("POST", one + "/ending", Map.of()),
                new Call("DELETE", one + "/ending", null), new Call("POST", one + "/link", options),
                new Call("DELETE", one, null));
    }

    private List<Call> agencyWideCalls() {
        return List.of(new Call("GET", "/collaborations", null), new Call("GET", "/collaborations/requests", null),
                new Call("POST", "/collaborations/import", Map.of("rows", List.of())));
    }

    private List<Call> portalCalls() {
        String one = Collab.portal(world.company, world.invited);
        return List.of(new Call("GET", "/me/collaboration-tasks", null),
                new Call("GET", "/companies/" + world.company.clientId + "/collaborations", null),
                new Call("GET", one, null), new Call("GET", one + "/history", null),
                new Call("POST", one + "/acceptance", Map.of("termsVersion", "2026-1")),
                new Call("POST", one + "/decline", Map.of()),
                new Call("POST", one + "/ending", Map.of("keepService", true)),
                new Call("DELETE", one + "/ending", null),
                new Call("POST", one + "/service-decision", Map.of("keepService", true)));
    }

    @Test
    void aClientUserIsRefusedOnEveryStaffEndpointAndACallerWithoutATokenToo() {
        String clientUser = world.company.administratorToken();
        for (Call call : concat(staffCalls(), agencyWideCalls())) {
            call.by(Agency.as(clientUser), 403);
            call.by(Agency.anonymous(), 401);
        }
        Collab.get(world.agency, world.invited).body("status", equalTo("INVITED")).body("timesSent", equalTo(1));
    }

    @Test
    void anotherAgencysStaffFindNothing() {
        for (Call call : staffCalls()) {
            call.by(Agency.as(world.otherAgency), 404);
        }
        Agency.as(world.otherAgency).get("/collaborations").then().statusCode(200).body("totalItems", equalTo(0));
        Agency.as(world.otherAgency).get("/collaborations/requests").then().body("totalItems", equalTo(0));
    }

    @Test
    void aStaffTokenIsRefusedOnEveryPortalEndpointAndACallerWithoutATokenToo() {
        for (Call call : portalCalls()) {
            call.by(Agency.as(world.agency.staffToken), 403);
            call.by(Agency.anonymous(), 401);
        }
        Collab.get(world.agency, world.invited).body("status", equalTo("INVITED"));
    }

    private static List<Call> concat(List<Call> a, List<Call> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
