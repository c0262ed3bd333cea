package se.byra.engagement.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.byra.platform.testkit.JsonBodies;
import se.byra.platform.testkit.TestTokens;

/**
 * A fresh agency per test, so tests never see each other's data, with the calls the tests
 * make as its staff.
 */
public final class Agency {

    /** Valid organisation numbers (checksum included), distinct per client of one agency. */
    private static final List<String> ORGANISATION_NUMBERS = List.of("556703-7485", "202100-5448", "556036-0793",
            "556016-0680", "556012-5790");

    public final UUID id = UUID.randomUUID();
    public final String staffToken = TestTokens.staff(id).subject("staff-" + id).name("Karin Revisor").token();
    /** The agency's administrator from the realm: no staff record names this subject. */
    public final String adminSubject = "admin-" + id;
    public final String adminToken = TestTokens.agencyAdmin(id).subject(adminSubject).name("Astrid Admin").token();
    private int clients;

    public RequestSpecification asStaff() {
        return as(staffToken);
    }

    public RequestSpecification asAdmin() {
        return as(adminToken);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A user of a client company: no agency, role client-user. */
    public static RequestSpecification asClientUser() {
        return as(TestTokens.clientUser().token());
    }

    /** No Authorization header at all. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A POST /staff body (a PUT /staff/{id} body without the version). */
    public static Map<String, Object> staffBody(String name, String email, boolean administrator) {
        return new HashMap<>(Map.of("name", name, "email", email, "language", "sv", "permission", "FULL",
                "administrator", administrator));
    }

    /** A PUT /staff/{id} body based on {@code version}. */
    public static Map<String, Object> staffUpdate(String name, String email, boolean administrator, long version) {
        Map<String, Object> body = staffBody(name, email, administrator);
        body.put("version", version);
        return body;
    }

    public UUID inviteStaff(String name, String email) {
        return invite(staffBody(name, email, false));
    }

    /** A staff member who sees only the clients they are responsible for. */
    public UUID inviteOwnClientsStaff(String name, String email) {
        Map<String, Object> body = staffBody(name, email, false);
        body.put("permission", "OWN_CLIENTS");
        return invite(body);
    }

    public UUID inviteAdministrator(String name, String email) {
        return invite(staffBody(name, email, true));
    }

    private UUID invite(Map<String, Object> body) {
        return UUID.fromString(asAdmin().body(body).post("/staff").then().statusCode(201).extract().path("id"));
    }

    public void deactivateStaff(UUID staffId) {
        asAdmin().post("/staff/" + staffId + "/deactivation").then().statusCode(200);
    }

    /** A staff member of the agency who has been deactivated. */
    public UUID deactivatedStaff(String name, String email) {
        UUID staffId = inviteStaff(name, email);
        deactivateStaff(staffId);
        return staffId;
    }

    /** An active staff member of another agency. */
    public static UUID anotherAgencysStaffMember() {
        return new Agency().inviteStaff("Deras Person", "deras@byran.se");
    }

    /** The answer (in English) when {@code field} names someone not an active staff member of the agency. */
    public static void refusedAsNotActiveStaff(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("tag:byra.se,2026:problem:validation"))
                .body("errors.field", contains(field))
                .body("errors[0].message", equalTo("is not an active staff member of the agency"));
    }

    /** A PUT /agency body based on {@code version}. */
    public static Map<String, Object> profileBody(String name, String organisationNumber, long version) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name", name,
                "organisationNumber", organisationNumber,
                "address", Map.of("street", "Kungsgatan 4", "postalCode", "111 43", "city", "Stockholm"),
                "email", "Info@Byran.se",
                "phone", "+46 8-123 45 67"));
        body.put("version", version);
        return body;
    }

    public static Map<String, Object> clientBody(String name, String organisationNumber) {
        return Map.of(
                "name", name,
                "organisationNumber", organisationNumber,
                "address", Map.of("street", "Storgatan 1", "postalCode", "111 22", "city", "Stockholm"),
                "contacts", List.of(Map.of("name", "Anna Andersson", "email", "anna@example.se", "main", true)));
    }

    public UUID registerClient(String name) {
        return registerClient(name, null);
    }

    /** A client whose manager is the staff member {@code managerId} (null for none). */
    public UUID registerClient(String name, UUID managerId) {
        String number = ORGANISATION_NUMBERS.get(clients++);
        return UUID.fromString(asStaff().body(JsonBodies.with(clientBody(name, number), "clientManagerId", managerId))
                .post("/clients").then().statusCode(201).extract().path("id"));
    }

    /** A PUT /clients/{id} body: the client's data and all its contacts, based on {@code version}. */
    public static Map<String, Object> updateBody(String name, String organisationNumber, long version,
            List<Map<String, Object>> contacts) {
        return Map.of(
                "name", name,
                "organisationNumber", organisationNumber,
                "address", Map.of("street", "Storgatan 1", "postalCode", "111 22", "city", "Stockholm"),
                "contacts", contacts,
                "version", version);
    }

    /** A contact in an update: {@code id} null for a new one. */
    public static Map<String, Object> contact(UUID id, String name, boolean main) {
        Map<String, Object> contact = new HashMap<>(Map.of("name", name, "email", "kontakt@example.se", "main", main));
        contact.put("id", id);
        return contact;
    }

    /** A POST /engagements body without owner and participants. */
    public static Map<String, Object> engagementBody(UUID clientId) {
        return engagementBody(clientId, null, List.of());
    }

    /** A POST /engagements body with an owner (null for none) and participants, staff members of the agency. */
    public static Map<String, Object> engagementBody(UUID clientId, UUID ownerId, List<UUID> participantIds) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "clientId", clientId,
                "title", "Löpande bokföring och bokslut",
                "participantIds", participantIds,
                "periodStart", LocalDate.of(2027, 1, 1).toString(),
                "periodEnd", LocalDate.of(2027, 12, 31).toString(),
                "terms", "Byrån sköter löpande bokföring, moms och bokslut."));
        body.put("ownerId", ownerId);
        return body;
    }

    public UUID createEngagement(UUID clientId) {
        return createEngagement(clientId, null, List.of());
    }

    public UUID createEngagement(UUID clientId, UUID ownerId, List<UUID> participantIds) {
        return UUID.fromString(asStaff().body(engagementBody(clientId, ownerId, participantIds))
                .post("/engagements").then().statusCode(201).extract().path("id"));
    }

    /** A client with a drafted engagement: the usual starting point. */
    public UUID draftEngagement() {
        return createEngagement(registerClient("Bageriet i Vårby AB"));
    }
}
