package se.byra.engagement.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.JsonBodies;
import se.byra.platform.testkit.ManagementInterface;
import se.byra.platform.testkit.Race;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class ClientResourceTest {

    private final Agency agency = new Agency();

    @Test
    void registeringAClientKeepsItsNormalisedNumberAndMainContact() {
        String location = agency.asStaff().body(Agency.clientBody("Bageriet i Vårby AB", "5567037485"))
                .post("/clients")
                .then().statusCode(201)
                .body("organisationNumber", equalTo("556703-7485"))
                .body("address.postalCode", equalTo("11122"))
                .body("contacts[0].main", equalTo(true))
                .extract().header("Location");

        agency.asStaff().get(location).then().statusCode(200)
                .body("name", equalTo("Bageriet i Vårby AB"))
                .body("active", equalTo(true));
    }

    @Test
    void organisationNumberWithAWrongCheckDigitIsRejectedNamingTheField() {
        agency.asStaff().header("Accept-Language", "sv")
                .body(Agency.clientBody("Fel AB", "556703-7484"))
                .post("/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:validation"))
                .body("errors.field", contains("organisationNumber"))
                .body("errors[0].message", equalTo("är inte ett giltigt svenskt organisationsnummer"));
    }

    @Test
    void validationMessagesFollowTheCallersLanguage() {
        agency.asStaff().header("Accept-Language", "en")
                .body(Agency.clientBody("Wrong Ltd", "556703-7484"))
                .post("/clients")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("is not a valid Swedish organisation number"));
    }

    @Test
    void missingFieldsAreEachNamed() {
        agency.asStaff().body(Map.of("contacts", List.of(Map.of("email", "not-an-email", "main", true))))
                .post("/clients")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("organisationNumber"))
                .body("errors.field", hasItem("contacts[0].name"))
                .body("errors.field", hasItem("contacts[0].email"));
    }

    @Test
    void aClientNeedsExactlyOneMainContact() {
        Map<String, Object> body = Map.of("name", "Två Chefer AB", "organisationNumber", "556703-7485",
                "contacts", List.of(Map.of("name", "A", "main", true), Map.of("name", "B", "main", true)));

        agency.asStaff().body(body).post("/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("contacts"));
    }

    @Test
    void malformedJsonAnswersAProblemNotAStackTrace() {
        agency.asStaff().body("{\"name\": ").post("/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:malformed-body"))
                .body("detail", containsString("inte giltig JSON"))
                .body("errors.field", contains("body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        agency.asStaff().body(Map.of("name", "X AB", "organisationNumber", "556703-7485", "contacts", "anna"))
                .post("/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("contacts"));
    }

    @Test
    void theSameOrganisationNumberTwiceInOneAgencyConflicts() {
        agency.asStaff().body(Agency.clientBody("Först AB", "556703-7485")).post("/clients").then().statusCode(201);

        agency.asStaff().body(Agency.clientBody("Sedan AB", "5567037485")).post("/clients")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void concurrentRegistrationsOfOneNumberRegisterOneClientAndConflictTheRest() {
        List<Integer> statuses = Race.of(8, () -> agency.asStaff()
                .body(Agency.clientBody("Samtidigt AB", "556703-7485")).post("/clients").statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        agency.asStaff().get("/clients").then().body("totalItems", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "５５６７０３-７４８５", "٥٥٦٧٠٣-٧٤٨٥" })
    void organisationNumbersInOtherThanAsciiDigitsAreRefusedNotStoredAsADuplicate(String number) {
        agency.asStaff().body(Agency.clientBody("Först AB", "556703-7485")).post("/clients").then().statusCode(201);

        agency.asStaff().body(Agency.clientBody("Sedan AB", number)).post("/clients")
                .then().statusCode(400).body("errors.field", contains("organisationNumber"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "name", "contacts[0].name", "contacts[0].phone", "address.street", "address.city" })
    void aControlCharacterInAnyTextFieldIsRefusedNamingTheField(String field) {
        Map<String, Object> body = Agency.clientBody("Bageriet AB", "556703-7485");

        agency.asStaff().body(JsonBodies.with(body, field, "Rad ett\u0000två")).post("/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void theLongestValuesTheApiAllowsFitWhereTheyAreStored() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
        Map<String, Object> body = Map.of(
                "name", "N".repeat(200),
                "organisationNumber", "16556703-7485",
                "address", Map.of("street", "S".repeat(200), "postalCode", "111 22", "city", "C".repeat(100),
                        "country", "SE"),
                "contacts", List.of(Map.of("name", "K".repeat(200), "email", email, "phone", "0".repeat(40),
                        "main", true)));

        agency.asStaff().body(body).post("/clients")
                .then().statusCode(201)
                .body("name", equalTo("N".repeat(200)))
                .body("contacts[0].email", equalTo(email));
    }

    @Test
    void aNullAmongTheContactsIsRefusedNamingIt() {
        String body = """
                {"name":"Bageriet AB","organisationNumber":"556703-7485",
                 "contacts":[null,{"name":"Anna Andersson","main":true}]}""";

        agency.asStaff().body(body).post("/clients")
                .then().statusCode(400).body("errors.field", contains("contacts[0]"));
    }

    @Test
    void fieldMessagesAreSwedishUnlessEnglishIsAsked() {
        agency.asStaff().body(Map.of("name", "X AB", "organisationNumber", "556703-7485", "contacts", List.of()))
                .post("/clients")
                .then().statusCode(400).body("errors[0].message", equalTo("får inte vara tomt"));
        agency.asStaff().header("Accept-Language", "en")
                .body(Map.of("name", "X AB", "organisationNumber", "556703-7485", "contacts", List.of()))
                .post("/clients")
                .then().statusCode(400).body("errors[0].message", equalTo("must not be empty"));
    }

    @Test
    void anotherAgencysClientIsNotFound() {
        UUID theirs = new Agency().registerClient("Deras Kund AB");

        agency.asStaff().get("/clients/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownClientIsNotFound() {
        agency.asStaff().get("/clients/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theListIsPagedAndHoldsOnlyTheAgencysOwnClients() {
        agency.registerClient("Alfa AB");
        agency.registerClient("Beta AB");
        agency.registerClient("Gamma AB");
        new Agency().registerClient("Annan Byrås Kund AB");

        agency.asStaff().queryParam("page", 1).queryParam("size", 2).get("/clients")
                .then().statusCode(200)
                .body("items.name", contains("Gamma AB"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void aPageLargerThanTheLimitIsRejectedNamingTheParameter() {
        agency.asStaff().queryParam("size", 1000).get("/clients")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().contentType(ContentType.JSON).get("/clients").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Agency.clientBody("X AB", "556703-7485")).post("/clients")
                .then().statusCode(401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIs401() {
        given().auth().oauth2(TestTokens.staff(agency.id).signedByUnknownKey()).get("/clients")
                .then().statusCode(401);
    }

    @Test
    void aClientUserCannotReachTheAgencysRegister() {
        given().auth().oauth2(TestTokens.clientUser().token()).get("/clients")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aStaffTokenWithoutAnAgencyIsRefused() {
        String token = TestTokens.clientUser().roles("agency-staff").token();

        given().auth().oauth2(token).get("/clients")
                .then().statusCode(403).body("status", equalTo(403));
    }

    @Test
    void theListPageHasItsItems() {
        agency.registerClient("Delta AB");

        agency.asStaff().get("/clients").then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(0));
    }
}
