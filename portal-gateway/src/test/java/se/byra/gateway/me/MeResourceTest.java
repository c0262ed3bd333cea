package se.byra.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void staffSeeTheirAgencyAndRoles() {
        UUID agency = UUID.randomUUID();
        String token = TestTokens.agencyAdmin(agency).subject("karin").name("Karin Revisor").locale("en").token();

        given().auth().oauth2(token).get("/api/me")
                .then().statusCode(200)
                .body("subject", equalTo("karin"))
                .body("name", equalTo("Karin Revisor"))
                .body("agencyId", equalTo(agency.toString()))
                .body("roles", containsInAnyOrder("agency-admin", "agency-staff"))
                .body("locale", equalTo("en"));
    }

    @Test
    void aClientUserHasNoAgency() {
        given().auth().oauth2(TestTokens.clientUser().token()).get("/api/me")
                .then().statusCode(200)
                .body("agencyId", nullValue())
                .body("roles", contains("client-user"))
                .body("locale", equalTo("sv"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get("/api/me").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIs401() {
        given().auth().oauth2(TestTokens.clientUser().expiresIn(Duration.ofMinutes(-10)).token()).get("/api/me")
                .then().statusCode(401);
    }

    @Test
    void aTokenWithoutAPlatformRoleIs403() {
        given().auth().oauth2(TestTokens.clientUser().roles("offline_access").token()).get("/api/me")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIsAProblem() {
        given().auth().oauth2(TestTokens.clientUser().token()).get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
