package se.byra.collaboration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.collaboration.support.EngagementEvents;
import se.byra.collaboration.support.Once;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.testkit.TestTokens;

/**
 * Who of the agency's staff sees a client, over every staff endpoint of this service: a member with full
 * access, one with own-clients permission who is responsible for the client, one who is not, and another
 * agency's staff. The read model is fed through the real broker, as engagement-service feeds it.
 */
@QuarkusTest
class StaffScopeTest {

    /** One agency's client with a signed engagement and an account, and the staff asking; made once. */
    private static final Once<World> WORLD = new Once<>(World::new);

    private World world;

    private static final class World {
        final Agency agency = new Agency();
        final String full = member("FULL");
        final UUID responsibleId = UUID.randomUUID();
        final String responsible = member(responsibleId, "OWN_CLIENTS");
        final String notResponsible = member("OWN_CLIENTS");
        final String otherAgency = TestTokens.staff(UUID.randomUUID()).token();
        final UUID clientId = agency.registerClient(responsibleId);
        final UUID engagementId = signEngagement();
        final Company company = agency.openAccount(clientId);
        /** A client of the agency without an account yet, the same staff responsible. */
        final UUID unopened = agency.registerClient(responsibleId);

        private String member(String permission) {
            return member(UUID.randomUUID(), permission);
        }

        private String member(UUID staffId, String permission) {
            String subject = UUID.randomUUID().toString();
            Agency.events().staffMember(agency.id, staffId, permission, subject);
            await().atMost(Agency.WITHIN).until(() -> Agency.records().staffKnown(subject));
            return TestTokens.staff(agency.id).subject(subject).token();
        }

        private UUID signEngagement() {
            EngagementSigned signed = EngagementEvents.signed(UUID.randomUUID(), clientId, 1, "Löpande bokföring");
            Agency.events().publish(EngagementSigned.TYPE, agency.id, signed.engagementId(), signed);
            await().atMost(Agency.WITHIN).until(() -> Agency.records().engagementKnown(signed.engagementId()));
            return signed.engagementId();
        }

        String account() {
            return Agency.account(clientId);
        }
    }

    @BeforeEach
    void world() {
        world = WORLD.get();
    }

    @Test
    void aFullAccessMemberSeesTheClientOnEveryStaffEndpoint() {
        seesTheClient(world.full);
    }

    @Test
    void anOwnClientsMemberResponsibleForTheClientSeesItOnEveryStaffEndpoint() {
        seesTheClient(world.responsible);
    }

    @Test
    void anOwnClientsMemberNotResponsibleForTheClientFindsNothingOnEveryStaffEndpoint() {
        findsNothing(world.notResponsible);
    }

    @Test
    void anotherAgencysStaffFindNothingOnEveryStaffEndpoint() {
        findsNothing(world.otherAgency);
    }

    @Test
    void openingAnAccountFollowsTheSameScope() {
        String account = Agency.account(world.unopened);

        Agency.as(world.notResponsible).post(account).then().statusCode(404);
        Agency.as(world.otherAgency).post(account).then().statusCode(404);
        Agency.as(world.responsible).post(account).then().statusCode(201);
        Agency.as(world.full).post(account).then().statusCode(409);
    }

    @Test
    void aClientUserAndAnAnonymousCallerAreRefusedOnEveryStaffEndpoint() {
        String clientUser = TestTokens.clientUser().token();
        Agency.as(clientUser).get("/engagements").then().statusCode(403);
        Agency.as(clientUser).get("/engagements/" + world.engagementId).then().statusCode(403);
        Agency.as(clientUser).post(world.account()).then().statusCode(403);
        Agency.as(clientUser).get(world.account()).then().statusCode(403);
        Agency.as(clientUser).get(world.account() + "/users").then().statusCode(403);
        Agency.as(clientUser).post(provisioning()).then().statusCode(403).contentType("application/problem+json");
        Agency.as(clientUser).body(invitation()).post(world.account() + "/users").then().statusCode(403);
        Agency.anonymous().body(invitation()).post(world.account() + "/users").then().statusCode(401);
        Agency.anonymous().get("/engagements").then().statusCode(401);
        Agency.anonymous().get("/engagements/" + world.engagementId).then().statusCode(401);
        Agency.anonymous().post(world.account()).then().statusCode(401);
        Agency.anonymous().get(world.account()).then().statusCode(401);
        Agency.anonymous().get(world.account() + "/users").then().statusCode(401);
        Agency.anonymous().post(provisioning()).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aDeactivatedStaffMemberIsRefusedAsSoonAsTheEventIsHandled() {
        UUID staffId = UUID.randomUUID();
        String token = world.member(staffId, "FULL");
        Agency.as(token).get(world.account()).then().statusCode(200);

        Agency.events().deactivated(world.agency.id, staffId);

        await().atMost(Agency.WITHIN).untilAsserted(() -> Agency.as(token).get("/engagements")
                .then().statusCode(403).body("detail", containsString("deactivated")));
        Agency.as(token).get(world.account()).then().statusCode(403);
        Agency.as(token).post(Agency.account(world.unopened)).then().statusCode(403);
    }

    private void seesTheClient(String token) {
        String engagement = world.engagementId.toString();
        Agency.as(token).get("/engagements/" + engagement).then().statusCode(200)
                .body("clientId", equalTo(world.clientId.toString()));
        Agency.as(token).queryParam("clientId", world.clientId).get("/engagements").then().statusCode(200)
                .body("items.id", contains(engagement));
        Agency.as(token).get("/engagements").then().statusCode(200).body("items.id", hasItem(engagement));
        Agency.as(token).get(world.account()).then().statusCode(200).body("clientId", equalTo(world.clientId.toString()));
        Agency.as(token).get(world.account() + "/users").then().statusCode(200)
                .body("items.clientUserId", hasItem(world.company.administratorId.toString()));
        // the login is pending, not failed: a conflict, which only a caller who sees the client hears
        Agency.as(token).post(provisioning()).then().statusCode(409);
        Agency.as(token).body(invitation()).post(world.account() + "/users").then().statusCode(201)
                .body("role", equalTo("USER"));
    }

    private void findsNothing(String token) {
        String engagement = world.engagementId.toString();
        Agency.as(token).get("/engagements/" + engagement).then().statusCode(404)
                .body("detail", equalTo("Engagement " + engagement + " was not found"));
        Agency.as(token).queryParam("clientId", world.clientId).get("/engagements").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(0));
        Agency.as(token).get("/engagements").then().statusCode(200).body("items.id", not(hasItem(engagement)));
        Agency.as(token).get(world.account()).then().statusCode(404)
                .body("detail", equalTo("Client " + world.clientId + " was not found"));
        Agency.as(token).get(world.account() + "/users").then().statusCode(404);
        Agency.as(token).post(provisioning()).then().statusCode(404);
        Agency.as(token).post(world.account()).then().statusCode(404);
        Agency.as(token).body(invitation()).post(world.account() + "/users").then().statusCode(404);
    }

    private static Map<String, Object> invitation() {
        return Company.invitation("Hjälpt Person", Agency.uniqueEmail("hjalpt"), "USER");
    }

    private String provisioning() {
        return world.account() + "/users/" + world.company.administratorId + "/provisioning";
    }
}
