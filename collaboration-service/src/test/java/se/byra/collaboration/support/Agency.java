package se.byra.collaboration.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.testkit.TestTokens;

/**
 * A fresh agency per test, so tests never see each other's data: its clients as this service learns of
 * them from engagement.events, its staff's calls, and the accounts they open.
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

    /** No Authorization header at all. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** An address no other test uses. */
    public static String uniqueEmail(String name) {
        return name + "+" + UUID.randomUUID().toString().substring(0, 8) + "@bageriet.se";
    }

    public static EngagementEvents events() {
        return Arc.container().instance(EngagementEvents.class).get();
    }

    public static Records records() {
        return Arc.container().instance(Records.class).get();
    }

    /** A client whose main contact is a new person, known here once its events are handled. */
    public UUID registerClient(UUID... responsible) {
        return registerClient("Sara Bagare", uniqueEmail("sara"), responsible);
    }

    /**
     * A client of the agency's register, as engagement-service publishes it when a staff member registers one:
     * who is responsible for it, then its register entry; returns once both are handled.
     */
    public UUID registerClient(String contactName, String contactEmail, UUID... responsible) {
        return registerClient(EngagementEvents.registered(UUID.randomUUID(), "Bageriet i Vårby AB", contactName,
                contactEmail), responsible);
    }

    /** The client of this register entry, published as {@link #registerClient(String, String, UUID...)} does. */
    public UUID registerClient(ClientRegistered registration, UUID... responsible) {
        UUID clientId = registration.clientId();
        events().responsible(id, clientId, responsible);
        events().registered(id, registration);
        await().atMost(WITHIN).until(() -> records().clientKnown(clientId));
        return clientId;
    }

    /** The address of the client's account on the agency's side. */
    public static String account(UUID clientId) {
        return "/clients/" + clientId + "/account";
    }

    /** The client's account, opened by the agency's staff: its main contact is the first administrator. */
    public Company openAccount(UUID clientId) {
        asStaff().post(account(clientId)).then().statusCode(201);
        String administrator = asStaff().get(account(clientId) + "/users")
                .then().statusCode(200).extract().path("items[0].clientUserId");
        return new Company(this, clientId, UUID.fromString(administrator));
    }

    /**
     * An engagement in force on the client, signed in engagement-service and known here once its event is handled;
     * its owner and participant as given (null owner: a random one).
     */
    public UUID signEngagement(UUID clientId, UUID ownerId, UUID... participants) {
        se.byra.platform.events.engagement.EngagementSigned template = EngagementEvents.signed(UUID.randomUUID(),
                clientId, 1, "Löpande bokföring");
        se.byra.platform.events.engagement.EngagementSigned signed = new se.byra.platform.events.engagement
                .EngagementSigned(template.engagementId(), template.letterId(), 1, clientId, template.clientName(),
                template.organisationNumber(), template.title(), ownerId == null ? UUID.randomUUID() : ownerId,
                java.util.List.of(participants), template.periodStart(), template.periodEnd(), template.signedAt());
        events().publish(se.byra.platform.events.engagement.EngagementSigned.TYPE, id, signed.engagementId(), signed);
        await().atMost(WITHIN).until(() -> records().engagementKnown(signed.engagementId()));
        return signed.engagementId();
    }

    /** A new client with an account. */
    public Company company() {
        return openAccount(registerClient());
    }
}
