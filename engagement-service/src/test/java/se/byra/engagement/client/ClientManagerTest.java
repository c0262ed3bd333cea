package se.byra.engagement.client;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.byra.engagement.support.Agency.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.JsonBodies;

/** The client manager (kundansvarig) is an active staff member of the client's agency, shown by name. */
@QuarkusTest
class ClientManagerTest {

    private final Agency agency = new Agency();

    private ValidatableResponse register(UUID managerId) {
        return agency.asStaff().header("Accept-Language", "en")
                .body(JsonBodies.with(Agency.clientBody("Bageriet i Vårby AB", "556703-7485"), "clientManagerId",
                        managerId))
                .post("/clients").then();
    }

    /** A PUT /clients/{id} body from the client as read, with {@code managerId} as its manager. */
    private ValidatableResponse update(UUID clientId, UUID managerId) {
        JsonPath client = agency.asStaff().get("/clients/" + clientId).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>(Agency.updateBody(client.getString("name"),
                client.getString("organisationNumber"), client.getLong("version"),
                List.of(contact(UUID.fromString(client.getString("contacts[0].id")), "Anna Andersson", true))));
        body.put("clientManagerId", managerId);
        return agency.asStaff().header("Accept-Language", "en").body(body).put("/clients/" + clientId).then();
    }

    private static void refusedAsNotActiveStaff(ValidatableResponse response) {
        Agency.refusedAsNotActiveStaff(response, "clientManagerId");
    }

    @Test
    void clientManagerMustBeAnActiveStaffMemberOfTheAgency() {
        refusedAsNotActiveStaff(register(UUID.randomUUID()));
        refusedAsNotActiveStaff(register(agency.deactivatedStaff("Bo Berg", "bo@byran.se")));
        refusedAsNotActiveStaff(register(Agency.anotherAgencysStaffMember()));
        agency.asStaff().get("/clients").then().body("totalItems", equalTo(0));
    }

    @Test
    void theClientShowsItsManagerByIdAndName() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        String location = register(karin).statusCode(201)
                .body("clientManagerId", equalTo(karin.toString()))
                .body("clientManagerName", equalTo("Karin Revisor"))
                .extract().header("Location");
        agency.asStaff().get(location).then().statusCode(200)
                .body("clientManagerId", equalTo(karin.toString()))
                .body("clientManagerName", equalTo("Karin Revisor"));
    }

    @Test
    void aClientWithoutAManagerShowsNone() {
        register(null).statusCode(201).body("clientManagerId", nullValue()).body("clientManagerName", nullValue());
    }

    @Test
    void theListAndTheSearchShowEachManagersName() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        agency.registerClient("Alfa AB", karin);
        agency.registerClient("Beta AB", bo);
        agency.registerClient("Gamma AB");

        agency.asStaff().get("/clients").then().statusCode(200)
                .body("items.name", contains("Alfa AB", "Beta AB", "Gamma AB"))
                .body("items.clientManagerId", contains(karin.toString(), bo.toString(), null))
                .body("items.clientManagerName", contains("Karin Revisor", "Bo Berg", null));
        agency.asStaff().queryParam("q", "a ab").get("/clients").then().statusCode(200)
                .body("items.name", contains("Alfa AB", "Beta AB", "Gamma AB"))
                .body("items.clientManagerName", contains("Karin Revisor", "Bo Berg", null));
    }

    @Test
    void theNameFollowsTheStaffDirectory() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID clientId = agency.registerClient("Alfa AB", karin);

        agency.asAdmin().body(Agency.staffUpdate("Karin Svensson", "karin@byran.se", false, 0)).put("/staff/" + karin)
                .then().statusCode(200);

        agency.asStaff().get("/clients/" + clientId).then().body("clientManagerName", equalTo("Karin Svensson"));
    }

    @Test
    void aManagerTheClientKeepsIsNotCheckedAgainSoADeactivatedOneBlocksNoEdit() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);
        agency.deactivateStaff(karin);

        update(clientId, karin).statusCode(200)
                .body("clientManagerId", equalTo(karin.toString()))
                .body("clientManagerName", equalTo("Karin Revisor"));
    }

    @Test
    void aNewManagerIsCheckedWhenTheClientIsUpdated() {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);

        refusedAsNotActiveStaff(update(clientId, agency.deactivatedStaff("Bo Berg", "bo@byran.se")));
        refusedAsNotActiveStaff(update(clientId, Agency.anotherAgencysStaffMember()));
        refusedAsNotActiveStaff(update(clientId, UUID.randomUUID()));
        agency.asStaff().get("/clients/" + clientId).then()
                .body("clientManagerId", equalTo(karin.toString())).body("version", equalTo(0));

        update(clientId, null).statusCode(200).body("clientManagerId", nullValue())
                .body("clientManagerName", nullValue());
    }

    @Test
    void aManagerIdThatIsNotAUuidIsRefusedNamingTheField() {
        agency.asStaff().body(JsonBodies.with(Agency.clientBody("Bageriet AB", "556703-7485"), "clientManagerId",
                "karin")).post("/clients")
                .then().statusCode(400).body("errors.field", contains("clientManagerId"));
    }
}
