package se.byra.cases.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.testkit.TestTokens;

/**
 * A fresh agency per test, so tests never see each other's data: its staff, its clients and their people as this
 * service learns of them from engagement.events and collaboration.events through the real broker.
 */
public final class Agency {

    /** How long an event may take through the outbox, the broker and this service's consumer. */
    public static final Duration WITHIN = Duration.ofSeconds(30);

    public final UUID id = UUID.randomUUID();
    /** A staff login the staff directory has not linked to a member: scoped by its roles (full access). */
    public final String staffToken = TestTokens.staff(id).subject("staff-" + id).name("Karin Revisor").token();

    public RequestSpecification asStaff() {
        return as(staffToken);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static Records records() {
        return Arc.container().instance(Records.class).get();
    }

    /** An address no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@bageriet.se";
    }

    /** A staff member of the agency with a login: FULL or OWN_CLIENTS. */
    public Staff staff(String name, String permission) {
        UUID staffId = UUID.randomUUID();
        String subject = "staff-" + staffId;
        String email = uniqueEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')).replace("bageriet",
                "byran");
        records().publish(StaffMemberInvited.TYPE, id, staffId, new StaffMemberInvited(staffId, name, email, "sv",
                permission, false, Instant.now()));
        records().publish(StaffMemberUpdated.TYPE, id, staffId, new StaffMemberUpdated(staffId, name, email, "sv",
                permission, false, subject, Instant.now()));
        await().atMost(WITHIN).until(() -> records().staffKnown(staffId, true));
        return new Staff(staffId, name, email, TestTokens.staff(id).subject(subject).name(name).token());
    }

    /** A member of staff as a test uses them. */
    public record Staff(UUID id, String name, String email, String token) {

        public RequestSpecification as() {
            return Agency.as(token);
        }
    }

    /** A client with a complete address and a main contact with an address of their own; who is responsible. */
    public UUID client(UUID... responsible) {
        return client(register("Bageriet i Vårby AB", "Storgatan 1", "111 22", "Stockholm", "Sara Bagare",
                uniqueEmail("sara")), responsible);
    }

    /** A client's register entry as given (nulls for what is missing). */
    public static ClientRegistered register(String name, String street, String postalCode, String city,
            String contactName, String contactEmail) {
        return new ClientRegistered(UUID.randomUUID(), name, "556703-7485", street, postalCode, city, "SE",
                contactName, contactEmail, "08-123 45 67", null, true, Instant.now());
    }

    /** The client as engagement-service publishes it: who is responsible, then its register entry. */
    public UUID client(ClientRegistered registered, UUID... responsible) {
        UUID clientId = registered.clientId();
        records().publish(ClientResponsibilityChanged.TYPE, id, clientId,
                new ClientResponsibilityChanged(clientId, List.of(responsible), Instant.now()));
        records().publish(ClientRegistered.TYPE, id, clientId, registered);
        await().atMost(WITHIN).until(() -> records().clientKnown(clientId, registered.name())
                && records().responsibilityKnown(clientId));
        return clientId;
    }

    /** The client's account as collaboration-service publishes it: a person, their membership, their login. */
    public Person member(UUID clientId, String name, String role) {
        UUID clientUserId = UUID.randomUUID();
        String subject = UUID.randomUUID().toString();
        String email = uniqueEmail(name.toLowerCase(java.util.Locale.ROOT).split(" ")[0]);
        records().publish(MembershipGranted.TYPE, id, clientId, new MembershipGranted(clientId, clientUserId, role,
                name, email, "sv", Instant.now()));
        records().publish(ClientUserUpdated.TYPE, null, clientUserId, new ClientUserUpdated(clientUserId, name, email,
                "sv", subject, Instant.now()));
        await().atMost(WITHIN).until(() -> records().memberKnown(clientUserId, clientId));
        return new Person(clientUserId, name, TestTokens.clientUser().subject(subject).name(name).token());
    }

    /** A client user as a test uses them. */
    public record Person(UUID id, String name, String token) {

        public RequestSpecification as() {
            return Agency.as(token);
        }
    }

    /** A client whose administrator has consented: cases may be sent. */
    public Company consentingCompany(UUID... responsible) {
        UUID clientId = client(responsible);
        Person administrator = member(clientId, "Sara Bagare", "ADMINISTRATOR");
        asStaff().post(consentRequest(clientId)).then().statusCode(200);
        administrator.as().post(Company.consent(clientId) + "/grant").then().statusCode(200);
        return new Company(this, clientId, administrator);
    }

    public static String consentRequest(UUID clientId) {
        return "/clients/" + clientId + "/consent/request";
    }

    /** A case body of the type, with the definition given (null for none). */
    public static Map<String, Object> newCase(UUID clientId, String type, Object definition) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("clientId", clientId, "type", type,
                "title", "Underlag till bokslutet", "description", "Skicka oss underlagen senast fredag."));
        if (definition != null) {
            body.put("definition", definition);
        }
        return body;
    }
}
