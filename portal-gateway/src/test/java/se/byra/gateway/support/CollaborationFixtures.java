package se.byra.gateway.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * collaboration-service's portal side as JSON the stubs serve: a company's collaborations as its users see them
 * (CompanyCollaborationView), their history, and the signed-in user's to-dos (CollaborationTask). Dates are fixed:
 * the pages show what the service says, they do not compare it with today.
 */
public final class CollaborationFixtures {

    public static final String TERMS_VERSION = "2026-1";
    public static final String TERMS_TEXT = "Lönetjänsten behandlar personuppgifter om företagets anställda.";

    private CollaborationFixtures() {
    }

    /**
     * An invitation waiting for the company's answer, as its administrator sees it ({@code awaitingAnswer}): Lön,
     * variant Standard, invoiced to the agency, sent by Anna Andersson on 1 March 2027, to answer by 31 March.
     */
    public static Map<String, Object> invitation(UUID clientId, UUID id) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id.toString());
        c.put("clientId", clientId.toString());
        c.put("service", "payroll");
        c.put("serviceName", "Lön");
        c.put("summary", "Löner, lönebesked och arbetsgivardeklarationer i en tjänst som ni och byrån delar.");
        c.put("steps", List.of("Lägg in de anställda och deras lönearter innan den första lönekörningen."));
        c.put("status", "INVITED");
        c.put("invoiceRecipient", "AGENCY");
        c.put("variant", "STANDARD");
        c.put("variantName", "Standard");
        c.put("variantDescription", "Både ni och byrån arbetar i tjänsten.");
        c.put("agreementMonths", null);
        c.put("agencyPaymentRecipient", false);
        c.put("invitedAt", "2027-03-01T09:00:00Z");
        c.put("invitedByName", "Anna Andersson");
        c.put("expiresAt", "2027-03-31T09:00:00Z");
        c.put("termsToApprove", Map.of("version", TERMS_VERSION, "text", TERMS_TEXT));
        for (String field : List.of("answeredAt", "answeredByName", "termsVersion", "declineReason", "activatedAt",
                "endsOn", "endSide", "endByName", "endedAt", "serviceDecision")) {
            c.put(field, null);
        }
        c.put("awaitingAnswer", true);
        c.put("awaitingServiceDecision", false);
        c.put("somethingNew", "the gateway ignores fields it does not know");
        return c;
    }

    /** The same invitation as a member who is not the administrator sees it: nothing to answer. */
    public static Map<String, Object> invitationForAUser(UUID clientId, UUID id) {
        return Fixtures.with(invitation(clientId, id), "awaitingAnswer", false);
    }

    /** The invitation nobody answered in time. */
    public static Map<String, Object> expired(UUID clientId, UUID id) {
        Map<String, Object> c = invitation(clientId, id);
        c.put("status", "EXPIRED");
        c.put("termsToApprove", null);
        c.put("awaitingAnswer", false);
        return c;
    }

    public static Map<String, Object> declined(UUID clientId, UUID id, String reason) {
        Map<String, Object> c = answered(invitation(clientId, id));
        c.put("status", "DECLINED");
        c.put("declineReason", reason);
        return c;
    }

    /** Approved by Kalle Kund on 5 March 2027 (terms 2026-1), active since then. */
    public static Map<String, Object> active(UUID clientId, UUID id) {
        Map<String, Object> c = answered(invitation(clientId, id));
        c.put("status", "ACTIVE");
        c.put("termsVersion", TERMS_VERSION);
        c.put("activatedAt", "2027-03-05T10:00:00Z");
        return c;
    }

    /** Active, its last day set by {@code side} (AGENCY or CLIENT); {@code decision} KEEP, END or null. */
    public static Map<String, Object> ending(UUID clientId, UUID id, String side, String endsOn, String decision) {
        Map<String, Object> c = active(clientId, id);
        c.put("endsOn", endsOn);
        c.put("endSide", side);
        c.put("endByName", "AGENCY".equals(side) ? "Anna Andersson" : "Kalle Kund");
        c.put("serviceDecision", decision);
        return c;
    }

    /** Ended by {@code side} on 30 June 2027 (the sweep's evening run); {@code decision} KEEP, END or null. */
    public static Map<String, Object> ended(UUID clientId, UUID id, String side, String decision) {
        Map<String, Object> c = ending(clientId, id, side, "2027-06-30", decision);
        c.put("status", "ENDED");
        c.put("endedAt", "2027-06-30T20:00:00Z");
        return c;
    }

    /** The company's administrator is to say whether it keeps the service the agency ended. */
    public static Map<String, Object> awaitingDecision(Map<String, Object> collaboration) {
        return Fixtures.with(collaboration, "awaitingServiceDecision", true);
    }

    /** One step of a collaboration's history. */
    public static Map<String, Object> step(String at, String what, String side, String byName, String note,
            List<Map<String, String>> changes) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("at", at);
        step.put("what", what);
        step.put("side", side);
        step.put("byName", byName);
        step.put("changes", changes);
        step.put("note", note);
        return step;
    }

    /** An invitation to answer by {@code expiresAt}, in the signed-in user's to-dos. */
    public static Map<String, Object> answerTask(UUID clientId, String clientName, UUID id, String serviceName,
            String expiresAt) {
        return task(clientId, clientName, id, serviceName, "ANSWER_INVITATION", expiresAt, null);
    }

    /** A service to keep or end after the agency ended its collaboration on {@code endsOn}. */
    public static Map<String, Object> decideTask(UUID clientId, String clientName, UUID id, String serviceName,
            String endsOn) {
        return task(clientId, clientName, id, serviceName, "DECIDE_SERVICE", null, endsOn);
    }

    private static Map<String, Object> task(UUID clientId, String clientName, UUID id, String serviceName,
            String kind, String expiresAt, String endsOn) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("clientId", clientId.toString());
        task.put("clientName", clientName);
        task.put("collaborationId", id.toString());
        task.put("serviceName", serviceName);
        task.put("kind", kind);
        task.put("expiresAt", expiresAt);
        task.put("endsOn", endsOn);
        return task;
    }

    private static Map<String, Object> answered(Map<String, Object> c) {
        c.put("termsToApprove", null);
        c.put("awaitingAnswer", false);
        c.put("answeredAt", "2027-03-05T10:00:00Z");
        c.put("answeredByName", "Kalle Kund");
        return c;
    }
}
