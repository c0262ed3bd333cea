package se.byra.engagement.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.TestTokens;

/** A token is accepted only when it is meant for this service, short-lived, issued in the past and bounded. */
@QuarkusTest
class TokenRulesTest {

    private final UUID agencyId = UUID.randomUUID();

    @Test
    void aTokenForTheSuiteOrForThisServiceIsAccepted() {
        given().auth().oauth2(TestTokens.staff(agencyId).token()).get("/clients").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff(agencyId).audience("engagement-service").token()).get("/clients")
                .then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(TestTokens.staff(agencyId).audience("account").token());
        refused(TestTokens.staff(agencyId).audience("case-service").token());
    }

    @Test
    void aTokenValidForTenYearsIsRefused() {
        refused(TestTokens.staff(agencyId).expiresIn(Duration.ofDays(3650)).token());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        refused(TestTokens.staff(agencyId).issuedAgo(Duration.ofHours(-1)).token());
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(TestTokens.staff(agencyId).expiresIn(Duration.ofMinutes(-5)).token());
    }

    @Test
    void aTokenWhoseSubjectIsLongerThanTheServicesStoreIsRefused() {
        refused(TestTokens.staff(agencyId).subject("s".repeat(256)).token());
    }

    @Test
    void aDisplayNameLongerThanStoredIsCutWhenKeptAsSigningEvidence() {
        Agency agency = new Agency();
        UUID engagementId = agency.draftEngagement();
        String longName = "Karin " + "Revisor".repeat(200);

        given().auth().oauth2(TestTokens.staff(agency.id).name(longName).token())
                .post("/engagements/" + engagementId + "/letter/signature")
                .then().statusCode(200)
                .body("letter.signedByName", hasLength(200))
                .body("letter.signedByName", startsWith("Karin Revisor"));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/clients")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }
}
