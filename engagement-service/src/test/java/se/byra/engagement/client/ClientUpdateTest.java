package se.byra.engagement.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.engagement.support.Agency.contact;
import static se.byra.engagement.support.Agency.updateBody;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.Race;
import se.byra.platform.testkit.TestTokens;

/** PUT /clients/{id}: the client form's save, with its contacts, under optimistic locking. */
@QuarkusTest
class ClientUpdateTest {

    private final Agency agency = new Agency();
    private UUID clientId;
    /** Anna Andersson, the main contact the client was registered with. */
    private UUID anna;

    @BeforeEach
    void aRegisteredClient() {
        clientId = agency.registerClient("Bageriet i Vårby AB"); // 556703-7485
        anna = UUID.fromString(read().getString("contacts[0].id"));
    }

    private JsonPath read() {
        return agency.asStaff().get("/clients/" + clientId).then().statusCode(200).extract().jsonPath();
    }

    private ValidatableResponse put(Map<String, Object> body) {
        return agency.asStaff().body(body).put("/clients/" + clientId).then();
    }

    @Test
    void anUpdateChangesTheClientAndAddsChangesAndRemovesContacts() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", true), contact(null, "Bo Berg", false),
                        contact(null, "Cecilia Ceder", false))))
                .statusCode(200);
        JsonPath before = read();
        UUID bo = UUID.fromString(before.getString("contacts.find { it.name == 'Bo Berg' }.id"));

        Map<String, Object> annaRenamed = contact(anna, "Anna Svensson", true);
        Map<String, Object> body = new HashMap<>(updateBody("Vårby Bageri & Konditori AB", "5560360793", 1,
                List.of(annaRenamed, contact(bo, "Bo Berg", false), contact(null, "Dan Dahl", false))));
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        body.put("clientManagerId", karin);
        body.put("address", Map.of("street", "Vårbyvägen 2", "postalCode", "143 30", "city", "Vårby"));
        put(body).statusCode(200)
                .body("name", equalTo("Vårby Bageri & Konditori AB"))
                .body("organisationNumber", equalTo("556036-0793"))
                .body("clientManagerId", equalTo(karin.toString()))
                .body("clientManagerName", equalTo("Karin Revisor"))
                .body("address.postalCode", equalTo("14330"))
                .body("contacts.name", contains("Anna Svensson", "Bo Berg", "Dan Dahl"))
                .body("contacts[0].id", equalTo(anna.toString()))
                .body("contacts[1].id", equalTo(bo.toString()))
                .body("version", equalTo(2));

        JsonPath after = read();
        assertThat(after.getList("contacts.name")).containsExactly("Anna Svensson", "Bo Berg", "Dan Dahl");
        assertThat(after.getString("address.city")).isEqualTo("Vårby");
        assertThat(after.getInt("version")).isEqualTo(2);
    }

    @Test
    void theMainContactCanMoveToANewContact() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", false), contact(null, "Bo Berg", true))))
                .statusCode(200)
                .body("contacts.name", contains("Bo Berg", "Anna Andersson"))
                .body("contacts.main", contains(true, false));
    }

    @Test
    void theMainContactCanMoveToAnotherOfTheClientsContacts() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", true), contact(null, "Bo Berg", false)))).statusCode(200);
        UUID bo = UUID.fromString(read().getString("contacts.find { it.name == 'Bo Berg' }.id"));

        put(updateBody("Bageriet i Vårby AB", "556703-7485", 1,
                List.of(contact(anna, "Anna Andersson", false), contact(bo, "Bo Berg", true))))
                .statusCode(200);

        assertThat(read().getList("contacts.name")).containsExactly("Bo Berg", "Anna Andersson");
    }

    @Test
    void theMainContactCanBeRemovedForANewOne() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0, List.of(contact(null, "Bo Berg", true))))
                .statusCode(200).body("contacts.name", contains("Bo Berg"));
    }

    @Test
    void aChangeToAContactAloneMovesTheVersion() {
        Map<String, Object> annaWithPhone = contact(anna, "Anna Andersson", true);
        annaWithPhone.put("phone", "08-123 45 67");

        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0, List.of(annaWithPhone)))
                .statusCode(200).body("version", equalTo(1)).body("contacts[0].phone", equalTo("08-123 45 67"));
        agency.asStaff().get("/clients").then().body("items[0].version", equalTo(1));
    }

    @Test
    void anUpdateFromAnOlderVersionIsAConflictTellingToReload() {
        put(updateBody("Nytt Namn AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true))))
                .statusCode(200);

        put(updateBody("Annat Namn AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true))))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:conflict"))
                .body("detail", containsString("Someone else changed"))
                .body("detail", containsString("reload"));
        assertThat(read().getString("name")).isEqualTo("Nytt Namn AB");
    }

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWinsAndTheOthersAreToldToReload() {
        List<Response> answers = Race.of(6, () -> agency.asStaff()
                .body(updateBody("Samtidigt " + UUID.randomUUID(), "556703-7485", 0,
                        List.of(contact(anna, "Anna Andersson", false), contact(null, "Ny Huvudkontakt", true))))
                .put("/clients/" + clientId));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.<String>path("detail")).contains("Someone else changed"));
        JsonPath after = read();
        assertThat(after.getInt("version")).isEqualTo(1);
        assertThat(after.getList("contacts.name")).containsExactly("Ny Huvudkontakt", "Anna Andersson");
    }

    @Test
    void anOrganisationNumberAnotherClientHasIsAConflict() {
        agency.registerClient("Cykelverkstan AB"); // 202100-5448

        put(updateBody("Bageriet i Vårby AB", "2021005448", 0, List.of(contact(anna, "Anna Andersson", true))))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("202100-5448"));
    }

    @Test
    void anotherAgencysClientIsNotFound() {
        UUID theirs = new Agency().registerClient("Deras Kund AB");

        agency.asStaff().body(updateBody("Vår Nu AB", "556703-7485", 0, List.of(contact(null, "Anna", true))))
                .put("/clients/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        agency.asStaff().body(updateBody("Ingen AB", "556703-7485", 0, List.of(contact(null, "Anna", true))))
                .put("/clients/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aContactOfAnotherClientIsRefusedNamingItsPlace() {
        UUID otherClient = agency.registerClient("Cykelverkstan AB");
        String theirContact = agency.asStaff().get("/clients/" + otherClient).then().extract().path("contacts[0].id");

        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true),
                contact(null, "Bo Berg", false), contact(UUID.fromString(theirContact), "Stulen Kontakt", false))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("contacts[2].id"));
        assertThat(agency.asStaff().get("/clients/" + otherClient).then().extract().<String>path("contacts[0].name"))
                .isEqualTo("Anna Andersson");
    }

    @Test
    void theSameContactListedTwiceIsRefusedNamingTheSecond() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", true), contact(anna, "Anna Igen", false))))
                .statusCode(400).body("errors.field", contains("contacts[1].id"));
    }

    @Test
    void exactlyOneContactMustBeTheMainContactSaidInSwedish() {
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", true), contact(null, "Bo Berg", true))))
                .statusCode(400)
                .body("errors.field", contains("contacts"))
                .body("errors[0].message", equalTo("exakt en kontakt ska vara huvudkontakt"));
        put(updateBody("Bageriet i Vårby AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", false))))
                .statusCode(400).body("errors.field", contains("contacts"));
    }

    @Test
    void theOrganisationNumberIsCheckedAsWhenRegistering() {
        put(updateBody("Bageriet i Vårby AB", "556703-7484", 0, List.of(contact(anna, "Anna Andersson", true))))
                .statusCode(400)
                .body("errors.field", contains("organisationNumber"))
                .body("errors[0].message", equalTo("är inte ett giltigt svenskt organisationsnummer"));
    }

    @Test
    void aMissingVersionIsRefusedNamingIt() {
        Map<String, Object> body = new HashMap<>(updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(anna, "Anna Andersson", true))));
        body.remove("version");

        put(body).statusCode(400).body("errors.field", contains("version"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON)
                .body(updateBody("X AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true))))
                .put("/clients/" + clientId)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aClientUserCannotChangeTheAgencysRegister() {
        given().auth().oauth2(TestTokens.clientUser().token()).contentType(ContentType.JSON)
                .body(updateBody("X AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true))))
                .put("/clients/" + clientId)
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(read().getInt("version")).isZero();
    }

    @Test
    void theListShowsTheNewNameAndVersion() {
        put(updateBody("Vårby Bageri AB", "556703-7485", 0, List.of(contact(anna, "Anna Andersson", true))))
                .statusCode(200);

        agency.asStaff().get("/clients").then()
                .body("items.name", contains("Vårby Bageri AB"))
                .body("items[0].version", equalTo(1));
    }
}
