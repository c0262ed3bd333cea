package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.engagement.support.Agency.staffUpdate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.JsonBodies;
import se.byra.platform.testkit.Race;

/** PUT /staff/{id}: an administrator changes a staff member, under optimistic locking. */
@QuarkusTest
class StaffUpdateTest {

    private final Agency agency = new Agency();
    private UUID karin;

    @BeforeEach
    void anInvitedStaffMember() {
        karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
    }

    private ValidatableResponse put(Map<String, Object> body) {
        return agency.asAdmin().body(body).put("/staff/" + karin).then();
    }

    @Test
    void anUpdateChangesTheStaffMemberAndMovesTheVersion() {
        Map<String, Object> body = staffUpdate("Karin Svensson", "Karin.Svensson@Byran.se", true, 0);
        body.put("language", "en");
        body.put("permission", "OWN_CLIENTS");

        put(body).statusCode(200)
                .body("name", equalTo("Karin Svensson"))
                .body("email", equalTo("karin.svensson@byran.se"))
                .body("language", equalTo("en"))
                .body("permission", equalTo("OWN_CLIENTS"))
                .body("administrator", equalTo(true))
                .body("version", equalTo(1));
        agency.asStaff().get("/staff/" + karin).then().body("name", equalTo("Karin Svensson")).body("version", equalTo(1));
    }

    @Test
    void anUpdateFromAnOlderVersionIsAConflictTellingToReload() {
        put(staffUpdate("Karin Först", "karin@byran.se", false, 0)).statusCode(200);

        put(staffUpdate("Karin Sedan", "karin@byran.se", false, 0))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:conflict"))
                .body("detail", containsString("Someone else changed"))
                .body("detail", containsString("reload"));
        agency.asStaff().get("/staff/" + karin).then().body("name", equalTo("Karin Först"));
    }

    @Test
    void ofConcurrentUpdatesFromTheSameVersionExactlyOneWinsAndTheOthersAreToldToReload() {
        List<Response> answers = Race.of(6, () -> agency.asAdmin()
                .body(staffUpdate("Karin " + UUID.randomUUID(), "karin@byran.se", false, 0)).put("/staff/" + karin));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.<String>path("detail")).contains("Someone else changed"));
        agency.asStaff().get("/staff/" + karin).then().body("version", equalTo(1));
    }

    @Test
    void anEmailAnotherStaffMemberHasIsAConflict() {
        agency.inviteStaff("Bo Berg", "bo@byran.se");

        put(staffUpdate("Karin Revisor", "BO@byran.se", false, 0))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("bo@byran.se"));
    }

    @Test
    void keepingOnesOwnEmailIsNoConflict() {
        put(staffUpdate("Karin Revisor", "KARIN@byran.se", false, 0)).statusCode(200);
    }

    @Test
    void theLastActiveAdministratorCannotLoseTheRole() {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");

        agency.asAdmin().body(staffUpdate("Astrid Admin", "astrid@byran.se", false, 0)).put("/staff/" + astrid)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("last active administrator"));
        agency.asStaff().get("/staff/" + astrid).then().body("administrator", equalTo(true));
    }

    @Test
    void anAdministratorCanLoseTheRoleWhenAnotherRemains() {
        UUID astrid = agency.inviteAdministrator("Astrid Admin", "astrid@byran.se");
        agency.inviteAdministrator("Bengt Admin", "bengt@byran.se");

        agency.asAdmin().body(staffUpdate("Astrid Admin", "astrid@byran.se", false, 0)).put("/staff/" + astrid)
                .then().statusCode(200).body("administrator", equalTo(false));
    }

    @ParameterizedTest
    @CsvSource({ "name,''", "email,inte-en-adress", "language,fi", "permission,SOME_CLIENTS" })
    void anInvalidFieldIsRefusedNamingIt(String field, String value) {
        put(JsonBodies.with(staffUpdate("Karin Revisor", "karin@byran.se", false, 0), field, value))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void aMissingOrNegativeVersionIsRefusedNamingIt() {
        Map<String, Object> body = staffUpdate("Karin Revisor", "karin@byran.se", false, 0);
        body.remove("version");
        put(body).statusCode(400).body("errors.field", contains("version"));

        put(staffUpdate("Karin Revisor", "karin@byran.se", false, -1)).statusCode(400)
                .body("errors.field", contains("version"));
    }

    @Test
    void anotherAgencysStaffMemberAndAnUnknownIdAreNotFound() {
        UUID theirs = new Agency().inviteStaff("Deras Person", "deras@byran.se");

        agency.asAdmin().body(staffUpdate("Vår Nu", "deras@byran.se", false, 0)).put("/staff/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        agency.asAdmin().body(staffUpdate("Ingen", "ingen@byran.se", false, 0)).put("/staff/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void staffWithoutTheAdministratorRoleCannotChangeAnyone() {
        agency.asStaff().body(staffUpdate("Karin Admin", "karin@byran.se", true, 0)).put("/staff/" + karin)
                .then().statusCode(403).contentType("application/problem+json");
        agency.asStaff().get("/staff/" + karin).then().body("version", equalTo(0));
    }

    @Test
    void aClientUserOrNoTokenCannotChangeAnyone() {
        Agency.asClientUser().body(staffUpdate("X", "karin@byran.se", true, 0)).put("/staff/" + karin)
                .then().statusCode(403).contentType("application/problem+json");
        Agency.anonymous().body(staffUpdate("X", "karin@byran.se", true, 0)).put("/staff/" + karin)
                .then().statusCode(401).contentType("application/problem+json");
    }
}
