package se.byra.collaboration.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class EngagementResourceTest {

    private final UUID agencyId = UUID.randomUUID();

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get("/engagements").then().statusCode(401);
        given().get("/engagements/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aClientUserIsRefused() {
        given().auth().oauth2(TestTokens.clientUser().token()).get("/engagements")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anIdThatIsNoUuidIsNotFound() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).get("/engagements/acme")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownEngagementIsNotFound() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).get("/engagements/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aClientIdThatIsNoUuidIsRejectedNamingTheParameter() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).queryParam("clientId", "acme").get("/engagements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void aNegativePageIsRejectedNamingTheParameter() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).queryParam("page", -1).get("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anEmptyAgencyHasAnEmptyFirstPage() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).get("/engagements")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }
}
