package se.byra.engagement.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static se.byra.engagement.support.Agency.profileBody;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.JsonBodies;
import se.byra.platform.testkit.Race;

/** GET and PUT /agency: the caller's agency, from the token, under optimistic locking. */
@QuarkusTest
class AgencyProfileTest {

    private final Agency agency = new Agency();

    @Test
    void beforeAnythingIsSavedTheProfileIsEmptyWithVersionZero() {
        agency.asStaff().get("/agency").then().statusCode(200)
                .body("name", nullValue())
                .body("organisationNumber", nullValue())
                .body("logo", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void anAdministratorSavesTheProfileNormalisedAndEveryStaffMemberReadsIt() {
        agency.asAdmin().body(profileBody("Byrån i Vårby AB", "5567037485", 0)).put("/agency")
                .then().statusCode(200)
                .body("organisationNumber", equalTo("556703-7485"))
                .body("address.postalCode", equalTo("11143"))
                .body("email", equalTo("info@byran.se"))
                .body("version", equalTo(1));

        agency.asStaff().get("/agency").then().statusCode(200)
                .body("name", equalTo("Byrån i Vårby AB"))
                .body("phone", equalTo("+46 8-123 45 67"))
                .body("address.country", equalTo("SE"))
                .body("version", equalTo(1));
    }

    @Test
    void eachSaveMovesTheVersionOn() {
        agency.asAdmin().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency").then().statusCode(200);

        agency.asAdmin().body(profileBody("Byrån i Vårby AB", "556703-7485", 1)).put("/agency")
                .then().statusCode(200).body("name", equalTo("Byrån i Vårby AB")).body("version", equalTo(2));
    }

    @Test
    void aSaveFromAnOlderVersionIsAConflictTellingToReload() {
        agency.asAdmin().body(profileBody("Först AB", "556703-7485", 0)).put("/agency").then().statusCode(200);

        agency.asAdmin().body(profileBody("Sedan AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:conflict"))
                .body("detail", containsString("reload"));
        agency.asStaff().get("/agency").then().body("name", equalTo("Först AB"));
    }

    @Test
    void ofConcurrentFirstSavesExactlyOneWinsAndTheOthersConflict() {
        List<Integer> statuses = Race.of(6, () -> agency.asAdmin()
                .body(profileBody("Samtidigt AB", "556703-7485", 0)).put("/agency").statusCode());

        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        agency.asStaff().get("/agency").then().body("version", equalTo(1));
    }

    @Test
    void ofConcurrentSavesFromTheSameVersionExactlyOneWinsAndTheOthersAreToldToReload() {
        agency.asAdmin().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency").then().statusCode(200);

        List<Response> answers = Race.of(6, () -> agency.asAdmin()
                .body(profileBody("Byrån " + UUID.randomUUID(), "556703-7485", 1)).put("/agency"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.<String>path("detail")).contains("Someone else changed"));
        agency.asStaff().get("/agency").then().body("version", equalTo(2));
    }

    @Test
    void anotherAgencysProfileIsNeverSeen() {
        Agency other = new Agency();
        other.asAdmin().body(profileBody("Den Andra Byrån AB", "202100-5448", 0)).put("/agency")
                .then().statusCode(200);

        agency.asStaff().get("/agency").then().statusCode(200).body("name", nullValue()).body("version", equalTo(0));
    }

    @Test
    void staffWithoutTheAdministratorRoleCannotSaveIt() {
        agency.asStaff().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(403).contentType("application/problem+json");
        agency.asStaff().get("/agency").then().body("version", equalTo(0));
    }

    @Test
    void aClientUserCannotReadOrSaveAnAgency() {
        Agency.asClientUser().get("/agency").then().statusCode(403).contentType("application/problem+json");
        Agency.asClientUser().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Agency.anonymous().get("/agency").then().statusCode(401).contentType("application/problem+json");
        Agency.anonymous().body(profileBody("Byrån AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "556703-7484", "５５６７０３-７４８５", "٥٥٦٧٠٣-٧٤٨٥", "5567037485x" })
    void anInvalidOrganisationNumberIsRefusedNamingIt(String number) {
        agency.asAdmin().body(profileBody("Byrån AB", number, 0)).put("/agency")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("organisationNumber"));
    }

    @ParameterizedTest
    @CsvSource({ "name,''", "email,inte-en-adress", "phone,ring mig", "address.postalCode,1234",
        "address.country,Sverige" })
    void anInvalidFieldIsRefusedNamingIt(String field, String value) {
        agency.asAdmin().body(JsonBodies.with(profileBody("Byrån AB", "556703-7485", 0), field, value)).put("/agency")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @ParameterizedTest
    @ValueSource(strings = { "name", "email", "phone", "address.street", "address.city" })
    void aControlCharacterOrAHugeValueInAnyTextFieldIsRefusedNamingTheField(String field) {
        Map<String, Object> body = profileBody("Byrån AB", "556703-7485", 0);

        agency.asAdmin().body(JsonBodies.with(body, field, "Rad ett\u0000två")).put("/agency")
                .then().statusCode(400).body("errors.field", contains(field));
        // too long, and for an e-mail or a phone number not one either: every error names the field
        agency.asAdmin().body(JsonBodies.with(body, field, "x".repeat(100_000))).put("/agency")
                .then().statusCode(400).body("errors.field", everyItem(equalTo(field)))
                .body("errors.field", hasItem(field));
        agency.asStaff().get("/agency").then().body("version", equalTo(0));
    }

    @Test
    void aMissingVersionIsRefusedNamingIt() {
        Map<String, Object> body = profileBody("Byrån AB", "556703-7485", 0);
        body.remove("version");

        agency.asAdmin().body(body).put("/agency").then().statusCode(400).body("errors.field", contains("version"));
    }
}
