package se.byra.engagement.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.engagement.support.Agency.staffBody;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.JsonBodies;
import se.byra.platform.testkit.Race;

/** POST /staff, GET /staff and GET /staff/{id}: inviting and finding the agency's staff. */
@QuarkusTest
class StaffDirectoryTest {

    private final Agency agency = new Agency();

    @Test
    void anInvitedStaffMemberIsActivePendingProvisioningWithTheirEmailInLowerCase() {
        Map<String, Object> body = staffBody("  Karin Revisor ", "Karin.Revisor@Byran.SE", false);
        body.put("language", "en");
        body.put("permission", "OWN_CLIENTS");

        String location = agency.asAdmin().body(body).post("/staff")
                .then().statusCode(201)
                .header("Location", containsString("/staff/"))
                .body("name", equalTo("Karin Revisor"))
                .body("email", equalTo("karin.revisor@byran.se"))
                .body("status", equalTo("ACTIVE"))
                .body("provisioningState", equalTo("PENDING"))
                .extract().header("Location");

        agency.asStaff().get(location).then().statusCode(200)
                .body("language", equalTo("en"))
                .body("permission", equalTo("OWN_CLIENTS"))
                .body("administrator", equalTo(false))
                .body("version", equalTo(0));
    }

    @Test
    void anEmailAlreadyInTheAgencyIsAConflictInAnyCase() {
        agency.inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asAdmin().body(staffBody("Karin Andra", "KARIN@byran.se", false)).post("/staff")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("A staff member with e-mail karin@byran.se is already in the agency"));
    }

    @Test
    void theSameEmailMayBeInTwoAgencies() {
        new Agency().inviteStaff("Karin Revisor", "karin@byran.se");

        agency.asAdmin().body(staffBody("Karin Revisor", "karin@byran.se", false)).post("/staff")
                .then().statusCode(201);
    }

    @Test
    void concurrentInvitationsOfOneEmailInviteOnceAndConflictTheRest() {
        List<Integer> statuses = Race.of(8, () -> agency.asAdmin()
                .body(staffBody("Samtidig Person", "samma@byran.se", false)).post("/staff").statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        agency.asStaff().get("/staff").then().body("totalItems", equalTo(1));
    }

    @Test
    void theListIsSortedByNameThenIdPagedAndHoldsOnlyTheAgencysOwnStaff() {
        agency.inviteStaff("Gustav", "gustav@byran.se");
        agency.inviteStaff("Alva", "alva@byran.se");
        agency.inviteStaff("Bertil", "bertil@byran.se");
        new Agency().inviteStaff("Annan Byrås Person", "annan@byran.se");

        agency.asStaff().get("/staff").then().statusCode(200)
                .body("items.name", contains("Alva", "Bertil", "Gustav"));
        agency.asStaff().queryParam("page", 1).queryParam("size", 2).get("/staff")
                .then().statusCode(200)
                .body("items.name", contains("Gustav"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void staffOfTheSameNameAreOrderedByTheirIds() {
        UUID first = agency.inviteStaff("Anna Andersson", "anna1@byran.se");
        UUID second = agency.inviteStaff("Anna Andersson", "anna2@byran.se");
        // PostgreSQL orders UUIDs by their bytes, as their text sorts (UUID.compareTo compares signed longs)
        List<String> byId = Stream.of(first, second).map(UUID::toString).sorted().toList();

        assertThat(agency.asStaff().get("/staff").then().extract().<List<String>>path("items.id"))
                .containsExactlyElementsOf(byId);
    }

    @Test
    void theStatusFilterListsOnlyThoseInIt() {
        agency.inviteStaff("Aktiv Person", "aktiv@byran.se");
        UUID leaving = agency.inviteStaff("Slutat Person", "slutat@byran.se");
        agency.asAdmin().post("/staff/" + leaving + "/deactivation").then().statusCode(200);

        agency.asStaff().queryParam("status", "DEACTIVATED").get("/staff").then().statusCode(200)
                .body("items.name", contains("Slutat Person"));
        agency.asStaff().queryParam("status", "ACTIVE").get("/staff").then().statusCode(200)
                .body("items.name", contains("Aktiv Person"));
    }

    @ParameterizedTest
    @CsvSource({ "örjan, Örjan Åberg", "ÅBERG, Örjan Åberg", "berg@, Örjan Åberg", "BYRAN.SE, Örjan Åberg",
        "100%, ''", "_, ''" })
    void searchFindsAPartOfTheNameInAnyCaseOrAPartOfTheEmail(String q, String found) {
        agency.inviteStaff("Örjan Åberg", "orjan.aberg@byran.se");
        agency.inviteStaff("Bo Ek", "bo@example.se");

        List<String> names = agency.asStaff().queryParam("q", q).get("/staff").then().statusCode(200)
                .extract().path("items.name");

        assertThat(names).isEqualTo(found.isEmpty() ? List.of() : List.of(found));
    }

    @Test
    void searchAndStatusTogether() {
        agency.inviteStaff("Karin Aktiv", "karin.aktiv@byran.se");
        UUID leaving = agency.inviteStaff("Karin Slutat", "karin.slutat@byran.se");
        agency.asAdmin().post("/staff/" + leaving + "/deactivation").then().statusCode(200);

        agency.asStaff().queryParam("q", "karin").queryParam("status", "ACTIVE").get("/staff").then().statusCode(200)
                .body("items.name", contains("Karin Aktiv"));
    }

    @Test
    void anUnknownStatusOrATooLongSearchIsRefusedNamingTheParameter() {
        agency.asStaff().queryParam("status", "GONE").get("/staff")
                .then().statusCode(400).body("errors.field", contains("status"));
        agency.asStaff().queryParam("q", "x".repeat(101)).get("/staff")
                .then().statusCode(400).body("errors.field", contains("q"));
    }

    @Test
    void anotherAgencysStaffMemberAndAnUnknownIdAreNotFound() {
        UUID theirs = new Agency().inviteStaff("Deras Person", "deras@byran.se");

        agency.asStaff().get("/staff/" + theirs).then().statusCode(404).contentType("application/problem+json");
        agency.asStaff().get("/staff/" + UUID.randomUUID()).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({ "name,''", "name,'   '", "email,inte-en-adress", "email,''", "language,de", "language,SV",
        "permission,ALL", "permission,''" })
    void anInvalidFieldIsRefusedNamingIt(String field, String value) {
        agency.asAdmin().body(JsonBodies.with(staffBody("Karin Revisor", "karin@byran.se", false), field, value))
                .post("/staff")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field));
        agency.asStaff().get("/staff").then().body("totalItems", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "name", "email" })
    void aControlCharacterOrAHugeValueIsRefusedNamingTheField(String field) {
        Map<String, Object> body = staffBody("Karin Revisor", "karin@byran.se", false);

        agency.asAdmin().body(JsonBodies.with(body, field, "karin\u0007@byran.se")).post("/staff")
                .then().statusCode(400).body("errors.field", contains(field));
        // a huge address breaks both its length and its form: every error names the field
        agency.asAdmin().body(JsonBodies.with(body, field, "k".repeat(1_000_000 - 200))).post("/staff")
                .then().statusCode(400).body("errors.field", everyItem(equalTo(field)))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest
    @ValueSource(strings = { "language", "permission" })
    void aChoiceWithAControlCharacterOrSpaceAroundItIsRefusedNamingIt(String field) {
        Map<String, Object> body = staffBody("Karin Revisor", "karin@byran.se", false);
        String valid = (String) body.get(field);

        for (String value : List.of("\u0000" + valid, valid + "\n", " " + valid)) {
            agency.asAdmin().body(JsonBodies.with(body, field, value)).post("/staff")
                    .then().statusCode(400).body("errors.field", contains(field));
        }
        agency.asStaff().get("/staff").then().body("totalItems", equalTo(0));
    }

    @Test
    void missingFieldsAreEachNamed() {
        List<String> fields = agency.asAdmin().body(Map.of()).post("/staff")
                .then().statusCode(400).extract().path("errors.field");

        assertThat(fields).containsExactlyInAnyOrder("name", "email", "language", "permission");
    }

    @Test
    void theLongestValuesTheApiAllowsAreStored() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);

        agency.asAdmin().body(staffBody("N".repeat(200), email, false)).post("/staff")
                .then().statusCode(201).body("name", equalTo("N".repeat(200))).body("email", equalTo(email));
    }

    @Test
    void staffWithoutTheAdministratorRoleCannotInvite() {
        agency.asStaff().body(staffBody("Karin Revisor", "karin@byran.se", false)).post("/staff")
                .then().statusCode(403).contentType("application/problem+json");
        agency.asStaff().get("/staff").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aClientUserCannotReachTheDirectory() {
        UUID member = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        Agency.asClientUser().get("/staff").then().statusCode(403).contentType("application/problem+json");
        Agency.asClientUser().get("/staff/" + member).then().statusCode(403);
        Agency.asClientUser().body(staffBody("X", "x@byran.se", false)).post("/staff").then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        UUID member = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        Agency.anonymous().get("/staff").then().statusCode(401).contentType("application/problem+json");
        Agency.anonymous().get("/staff/" + member).then().statusCode(401);
        Agency.anonymous().body(staffBody("X", "x@byran.se", false)).post("/staff").then().statusCode(401);
    }
}
