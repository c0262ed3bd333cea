package se.byra.engagement.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class EngagementResourceTest {

    private final Agency agency = new Agency();

    @Test
    void aNewEngagementHasADraftLetter() {
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");

        agency.asStaff().body(Agency.engagementBody(clientId)).post("/engagements")
                .then().statusCode(201)
                .body("clientName", equalTo("Bageriet i Vårby AB"))
                .body("status", equalTo("DRAFT"))
                .body("letter.version", equalTo(1))
                .body("letter.status", equalTo("DRAFT"))
                .body("letter.signedAt", nullValue());
    }

    @Test
    void signingRecordsTheEvidenceAndPutsTheEngagementInForce() {
        UUID engagementId = agency.draftEngagement();

        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("letter.status", equalTo("SIGNED"))
                .body("letter.signedByName", equalTo("Karin Revisor"))
                .body("letter.signedAt", notNullValue())
                .body("letter.documentSha256", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void aSignedLetterCannotBeSignedAgain() {
        UUID engagementId = agency.draftEngagement();
        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(200);

        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anEngagementCannotEndBeforeItStarts() {
        Map<String, Object> body = bodyForANewClient();
        body.put("periodEnd", "2026-12-31");

        agency.asStaff().body(body).post("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
    }

    @Test
    void aDateInTheWrongFormatIsNamed() {
        Map<String, Object> body = bodyForANewClient();
        body.put("periodStart", "1 januari 2027");

        agency.asStaff().header("Accept-Language", "en").body(body).post("/engagements")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("periodStart"))
                .body("errors[0].message", equalTo("must be a valid date (YYYY-MM-DD)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "99999999-01-01", "+99999999-01-01", "-5000-01-01", "+10000-01-01", "1899-12-31",
            "2200-01-01" })
    void datesOutsideTheBusinessCalendarAreRefusedNamingTheField(String date) {
        Map<String, Object> body = bodyForANewClient();
        body.put("periodStart", date);

        agency.asStaff().body(body).post("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("periodStart"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "title", "terms" })
    void aNulCharacterInTitleOrTermsIsRefusedNamingTheField(String field) {
        Map<String, Object> body = bodyForANewClient();
        body.put(field, "Löpande\u0000bokföring");

        agency.asStaff().body(body).post("/engagements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void termsMayHoldSeveralLinesButATitleOnlyOne() {
        Map<String, Object> body = bodyForANewClient();
        body.put("terms", "Byrån sköter:\n\t- löpande bokföring\r\n\t- moms");
        agency.asStaff().body(body).post("/engagements").then().statusCode(201);

        body.put("title", "Bokföring\noch bokslut");
        agency.asStaff().body(body).post("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void theLongestTitleAndTermsTheApiAllowsAreStored() {
        Map<String, Object> body = bodyForANewClient();
        body.put("title", "T".repeat(200));
        body.put("terms", "Villkor\n".repeat(2500));

        UUID id = UUID.fromString(agency.asStaff().body(body).post("/engagements")
                .then().statusCode(201).extract().path("id"));
        agency.asStaff().post("/engagements/" + id + "/letter/signature").then().statusCode(200);
    }

    @Test
    void aNullAmongTheParticipantsIsRefusedNamingIt() {
        Map<String, Object> body = bodyForANewClient();
        body.put("participantIds", Arrays.asList(UUID.randomUUID(), null));

        agency.asStaff().body(body).post("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("participantIds[1]"));
    }

    @Test
    void ownerAndParticipantsMustBeActiveStaffMembersOfTheAgency() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.deactivatedStaff("Bo Berg", "bo@byran.se");
        UUID theirs = Agency.anotherAgencysStaffMember();
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");

        refusedNaming("ownerId", Agency.engagementBody(clientId, UUID.randomUUID(), List.of(karin)));
        refusedNaming("ownerId", Agency.engagementBody(clientId, theirs, List.of()));
        refusedNaming("ownerId", Agency.engagementBody(clientId, bo, List.of()));
        refusedNaming("participantIds[1]", Agency.engagementBody(clientId, karin, List.of(karin, bo)));
        refusedNaming("participantIds[0]", Agency.engagementBody(clientId, null, List.of(theirs)));
        refusedNaming("participantIds[2]", Agency.engagementBody(clientId, null,
                List.of(karin, karin, UUID.randomUUID())));
        agency.asStaff().queryParam("clientId", clientId).get("/engagements").then().body("totalItems", equalTo(0));
    }

    private void refusedNaming(String field, Map<String, Object> body) {
        Agency.refusedAsNotActiveStaff(
                agency.asStaff().header("Accept-Language", "en").body(body).post("/engagements").then(), field);
    }

    @Test
    void theEngagementShowsItsOwnerByNameAndItsParticipantsOnceEach() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");

        String location = agency.asStaff().body(Agency.engagementBody(clientId, karin, List.of(bo, karin, bo)))
                .post("/engagements").then().statusCode(201)
                .body("ownerId", equalTo(karin.toString()))
                .body("ownerName", equalTo("Karin Revisor"))
                .body("participantIds", contains(bo.toString(), karin.toString()))
                .extract().header("Location");
        agency.asStaff().get(location).then().statusCode(200)
                .body("ownerName", equalTo("Karin Revisor"))
                .body("participantIds", contains(bo.toString(), karin.toString()));
        agency.asStaff().body(Agency.engagementBody(clientId)).post("/engagements").then().statusCode(201)
                .body("ownerId", nullValue()).body("ownerName", nullValue());
    }

    @Test
    void anEngagementOnAnotherAgencysClientIsNotFound() {
        UUID theirClient = new Agency().registerClient("Deras Kund AB");

        agency.asStaff().body(Agency.engagementBody(theirClient)).post("/engagements")
                .then().statusCode(404);
    }

    @Test
    void anotherAgencysEngagementCanNeitherBeReadNorSigned() {
        UUID theirs = new Agency().draftEngagement();

        agency.asStaff().get("/engagements/" + theirs).then().statusCode(404);
        agency.asStaff().post("/engagements/" + theirs + "/letter/signature").then().statusCode(404);
    }

    @Test
    void engagementsCanBeListedForOneClient() {
        UUID first = agency.registerClient("Alfa AB");
        UUID second = agency.registerClient("Beta AB");
        UUID engagement = agency.createEngagement(first);
        agency.createEngagement(second);

        agency.asStaff().queryParam("clientId", first).get("/engagements")
                .then().statusCode(200)
                .body("items.id", contains(engagement.toString()))
                .body("totalItems", equalTo(1));
    }

    @Test
    void signingNeedsAStaffToken() {
        UUID engagementId = agency.draftEngagement();

        given().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(401);
        given().auth().oauth2(TestTokens.clientUser().token()).post("/engagements/" + engagementId + "/letter/signature")
                .then().statusCode(403);
    }

    /** A valid engagement body, on a client of its own, to change one field of. */
    private Map<String, Object> bodyForANewClient() {
        return new HashMap<>(Agency.engagementBody(agency.registerClient("X AB")));
    }
}
