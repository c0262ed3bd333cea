package se.byra.collaboration.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;
import se.byra.platform.testkit.TestTokens;

/** A client with an account, and its people signing in to the portal. */
public final class Company {

    public final Agency agency;
    public final UUID clientId;
    /** The main contact, the account's first administrator. */
    public final UUID administratorId;
    private String administratorToken;

    Company(Agency agency, UUID clientId, UUID administratorId) {
        this.agency = agency;
        this.clientId = clientId;
        this.administratorId = administratorId;
    }

    public RequestSpecification asAdministrator() {
        return Agency.as(administratorToken());
    }

    /** The first administrator's token, their login linked on first use. */
    public String administratorToken() {
        if (administratorToken == null) {
            administratorToken = signIn(administratorId);
        }
        return administratorToken;
    }

    /** The account's users' address on the agency's side. */
    public String accountUsers() {
        return Agency.account(clientId) + "/users";
    }

    /** The company's users' address in the portal. */
    public String users() {
        return "/companies/" + clientId + "/users";
    }

    public String user(UUID clientUserId) {
        return users() + "/" + clientUserId;
    }

    /** A POST /companies/{clientId}/users body. */
    public static Map<String, Object> invitation(String name, String email, String role) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", email, "language", "sv"));
        body.put("role", role);
        return body;
    }

    /** A person the administrator invites; their id. */
    public UUID invite(String name, String email, String role) {
        return UUID.fromString(asAdministrator().body(invitation(name, email, role)).post(users())
                .then().statusCode(201).extract().path("clientUserId"));
    }

    /**
     * A token of the client user: their login linked to a new subject, as provisioning links it once the
     * realm's user exists (the same outcome, through the service's own observer).
     */
    public static String signIn(UUID clientUserId) {
        String subject = UUID.randomUUID().toString();
        Agency.records().outcome(clientUserId, "DONE", subject, null);
        return TestTokens.clientUser().subject(subject).token();
    }
}
