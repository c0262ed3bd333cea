package se.byra.collaboration.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import se.byra.collaboration.collaboration.Deadlines;

/** Collaborations as the tests make and answer them. */
public final class Collab {

    private Collab() {
    }

    /** An activation's body: the service, the engagement, the agency invoiced, and the options given as pairs. */
    public static Map<String, Object> activation(String service, UUID engagementId, Object... options) {
        Map<String, Object> body = new HashMap<>();
        body.put("service", service);
        body.put("engagementId", engagementId.toString());
        body.put("invoiceRecipient", "AGENCY");
        for (int i = 0; i < options.length; i += 2) {
            body.put((String) options[i], options[i + 1]);
        }
        return body;
    }

    public static String activations(UUID clientId) {
        return "/clients/" + clientId + "/collaborations";
    }

    /** Activates digital invoices on the engagement; the collaboration's id. */
    public static UUID activate(Agency agency, UUID clientId, UUID engagementId) {
        return activate(agency, clientId, activation("digital-invoices", engagementId));
    }

    public static UUID activate(Agency agency, UUID clientId, Map<String, Object> body) {
        return UUID.fromString(agency.asStaff().body(body).post(activations(clientId))
                .then().statusCode(201).extract().path("id"));
    }

    public static ValidatableResponse get(Agency agency, UUID id) {
        return agency.asStaff().get("/collaborations/" + id).then().statusCode(200);
    }

    /** The collaboration's address in the portal. */
    public static String portal(Company company, UUID id) {
        return "/companies/" + company.clientId + "/collaborations/" + id;
    }

    /** The company's administrator approves the terms in force (2026-1 for every service of the catalogue). */
    public static ValidatableResponse accept(Company company, UUID id) {
        return company.asAdministrator().body(Map.of("termsVersion", "2026-1")).post(portal(company, id) + "/acceptance")
                .then();
    }

    public static Deadlines deadlines() {
        return Arc.container().instance(Deadlines.class).get();
    }

    /** Sweeps as a replica does at the time given, batch after batch until nothing is due by then. */
    public static int sweep(Instant at) {
        int total = 0;
        for (int taken = -1; taken != 0; total += taken) {
            taken = deadlines().expire(at) + deadlines().end(at);
        }
        return total;
    }
}
