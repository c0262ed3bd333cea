package se.byra.collaboration;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.collaboration.support.Once;
import se.byra.platform.testkit.TestTokens;

/**
 * Which company a client user sees, over every portal endpoint: a member of one company finds nothing of
 * another, a company's user may read but not administer it, and only client users' tokens are let in.
 */
@QuarkusTest
class PortalScopeTest {

    private static final Once<World> WORLD = new Once<>(World::new);

    private World world;

    /** Two companies of one agency, and a user (not administrator) of the first; made once. */
    private static final class World {
        final Agency agency = new Agency();
        final Company first = agency.company();
        final Company second = agency.company();
        final UUID userId = first.invite("Olle Lager", Agency.uniqueEmail("olle"), "USER");
        final String user = Company.signIn(userId);
    }

    @BeforeEach
    void world() {
        world = WORLD.get();
    }

    @Test
    void aMemberOfOneCompanyFindsNothingOfAnotherOnEveryPortalEndpoint() {
        Company first = world.first;
        Company second = world.second;

        first.asAdministrator().get(second.users()).then().statusCode(404)
                .body("detail", equalTo("Client " + second.clientId + " was not found"));
        first.asAdministrator().get(second.user(second.administratorId)).then().statusCode(404);
        first.asAdministrator().body(Company.invitation("Per Smed", Agency.uniqueEmail("per"), "USER"))
                .post(second.users()).then().statusCode(404);
        first.asAdministrator().delete(second.user(second.administratorId)).then().statusCode(404);
        first.asAdministrator().get("/me/companies").then().statusCode(200)
                .body("items.clientId", contains(first.clientId.toString()));
        second.asAdministrator().get(second.users()).then().statusCode(200)
                .body("items.clientUserId", contains(second.administratorId.toString()));
    }

    @Test
    void aUserOfTheCompanyMayReadItsUsersButNotInviteOrRemoveThem() {
        Company first = world.first;

        Agency.as(world.user).get(first.users()).then().statusCode(200).body("totalItems", equalTo(2));
        Agency.as(world.user).get(first.user(first.administratorId)).then().statusCode(200)
                .body("role", equalTo("ADMINISTRATOR"));
        Agency.as(world.user).get("/me/companies").then().statusCode(200)
                .body("items.clientId", contains(first.clientId.toString())).body("items[0].role", equalTo("USER"));
        Agency.as(world.user).body(Company.invitation("Per Smed", Agency.uniqueEmail("per"), "USER")).post(first.users())
                .then().statusCode(403).contentType("application/problem+json");
        Agency.as(world.user).delete(first.user(first.administratorId)).then().statusCode(403);
        Agency.as(world.user).get(first.users()).then().body("totalItems", equalTo(2));
    }

    @Test
    void withoutATokenEveryPortalEndpointAnswers401() {
        Company first = world.first;
        Agency.anonymous().get("/me/companies").then().statusCode(401);
        Agency.anonymous().get(first.users()).then().statusCode(401);
        Agency.anonymous().get(first.user(first.administratorId)).then().statusCode(401);
        Agency.anonymous().body(Company.invitation("Per Smed", Agency.uniqueEmail("per"), "USER")).post(first.users())
                .then().statusCode(401);
        Agency.anonymous().delete(first.user(world.userId)).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aStaffTokenIsRefusedOnEveryPortalEndpoint() {
        Company first = world.first;
        String staff = world.agency.staffToken;
        Agency.as(staff).get("/me/companies").then().statusCode(403);
        Agency.as(staff).get(first.users()).then().statusCode(403);
        Agency.as(staff).get(first.user(first.administratorId)).then().statusCode(403);
        Agency.as(staff).body(Company.invitation("Per Smed", Agency.uniqueEmail("per"), "USER")).post(first.users())
                .then().statusCode(403);
        Agency.as(staff).delete(first.user(world.userId)).then().statusCode(403).contentType("application/problem+json");
        Agency.as(world.user).get(first.users()).then().body("totalItems", equalTo(2));
    }

    @Test
    void aClientUserWhoseLoginIsLinkedToNoPersonSeesNoCompany() {
        String stranger = TestTokens.clientUser().token();

        Agency.as(stranger).get("/me/companies").then().statusCode(200).body("items", empty());
        Agency.as(stranger).get(world.first.users()).then().statusCode(404);
        Agency.as(stranger).delete(world.first.user(world.userId)).then().statusCode(404);
    }
}
