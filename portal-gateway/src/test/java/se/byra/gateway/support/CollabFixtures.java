package se.byra.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** collaboration-service's collaboration records as its contract has them, as maps the stubs serve. */
public final class CollabFixtures {

    private CollabFixtures() {
    }

    /** A tile of {@code GET /clients/{id}/services}; {@code status} null: never a collaboration in the service. */
    public static Map<String, Object> tile(String service, String name, UUID collaborationId, String status) {
        Map<String, Object> tile = new LinkedHashMap<>();
        tile.put("service", service);
        tile.put("name", name);
        tile.put("summary", "Vad " + name + " ger kunden.");
        tile.put("collaborationId", collaborationId == null ? null : collaborationId.toString());
        tile.put("status", status);
        tile.put("clientUsesService", false);
        tile.put("expiresAt", null);
        tile.put("activatedAt", null);
        tile.put("endsOn", null);
        return tile;
    }

    public static Map<String, Object> clientServices(UUID clientId, String clientName, long engagementsInForce,
            long unlinked, List<Map<String, Object>> tiles) {
        Map<String, Object> services = new LinkedHashMap<>();
        services.put("clientId", clientId.toString());
        services.put("clientName", clientName);
        services.put("customer", true);
        services.put("engagementsInForce", engagementsInForce);
        services.put("tiles", tiles);
        services.put("unlinked", unlinked);
        return services;
    }

    /** A service of the catalogue without variants or periods, invoiced to the agency or the client. */
    public static Map<String, Object> service(String code, String name) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("code", code);
        service.put("name", name);
        service.put("summary", "Ni och byrån arbetar i " + name + ".");
        service.put("steps", List.of("Gör det första.", "Gör det andra."));
        service.put("invoiceRecipients", List.of("AGENCY", "CLIENT"));
        service.put("agencyMayBePaymentRecipient", false);
        service.put("variants", List.of());
        service.put("agreementPeriods", List.of());
        service.put("terms", Map.of("version", "2026-1", "text", "Villkoren för " + name + "."));
        return service;
    }

    /** Lön: the variants Standard (agency or client invoiced) and Start (the agency only). */
    public static Map<String, Object> payroll() {
        Map<String, Object> payroll = service("payroll", "Lön");
        payroll.put("variants", List.of(
                variant("STANDARD", "Standard", "Både ni och byrån arbetar i tjänsten.", "AGENCY", "CLIENT"),
                variant("START", "Start", "Bara byrån arbetar i tjänsten.", "AGENCY")));
        return payroll;
    }

    /** Digitala fakturor & dokument: the agency may be the payment recipient. */
    public static Map<String, Object> digitalInvoices() {
        Map<String, Object> service = service("digital-invoices", "Digitala fakturor & dokument");
        service.put("agencyMayBePaymentRecipient", true);
        return service;
    }

    /** Ekonomiöversikt: an agreement period of 3 or 12 months, the client invoiced. */
    public static Map<String, Object> financialOverview() {
        Map<String, Object> service = service("financial-overview", "Ekonomiöversikt");
        service.put("invoiceRecipients", List.of("CLIENT"));
        service.put("agreementPeriods", List.of(3, 12));
        return service;
    }

    private static Map<String, Object> variant(String code, String name, String description, String... recipients) {
        return Map.of("code", code, "name", name, "description", description, "invoiceRecipients",
                List.of(recipients));
    }

    public static Map<String, Object> engagementOption(UUID id, String title, String start, String end) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("id", id.toString());
        option.put("title", title);
        option.put("periodStart", start);
        option.put("periodEnd", end);
        return option;
    }

    /**
     * The activation's preview of {@code service} for Acme AB: the main contact Eva Ek complete, the approvers named,
     * nothing open, ready when there is an engagement.
     */
    public static Map<String, Object> preview(UUID clientId, Map<String, Object> service, String scenario,
            List<Map<String, Object>> engagements) {
        Map<String, Object> preview = new LinkedHashMap<>();
        preview.put("clientId", clientId.toString());
        preview.put("clientName", "Acme AB");
        preview.put("service", service);
        preview.put("scenario", scenario);
        preview.put("engagements", engagements);
        preview.put("mainContact", mainContact("Eva Ek", "eva@acme.se"));
        preview.put("approvers", "NEW_CUSTOMER".equals(scenario) ? List.of("Eva Ek") : List.of("Maria Berg",
                "Olof Sandberg"));
        preview.put("openCollaborationId", null);
        preview.put("openStatus", null);
        preview.put("ready", !engagements.isEmpty());
        return preview;
    }

    public static Map<String, Object> mainContact(String name, String email, String... missing) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", name);
        contact.put("email", email);
        contact.put("missing", List.of(missing));
        return contact;
    }

    /**
     * A collaboration as staff see it, with an engagement and the invitation sent by Karin Kundansvarig; an
     * UNLINKED one has no service or engagement and an import's reference.
     */
    public static Map<String, Object> collaboration(UUID id, UUID clientId, String service, String serviceName,
            String status) {
        boolean unlinked = "UNLINKED".equals(status);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id.toString());
        c.put("clientId", clientId.toString());
        c.put("clientName", "Acme AB");
        c.put("service", unlinked ? null : service);
        c.put("serviceName", unlinked ? null : serviceName);
        c.put("engagementId", unlinked ? null : UUID.randomUUID().toString());
        c.put("engagementTitle", unlinked ? null : "Löpande bokföring");
        c.put("ownerId", null);
        c.put("staffIds", List.of());
        c.put("status", status);
        c.put("scenario", unlinked ? null : "EXISTING_SERVICE");
        c.put("invoiceRecipient", unlinked ? null : "AGENCY");
        c.put("variant", null);
        c.put("agreementMonths", null);
        c.put("agencyPaymentRecipient", false);
        c.put("invitedAt", unlinked ? null : "2026-03-02T09:00:00Z");
        c.put("invitedByName", unlinked ? null : "Karin Kundansvarig");
        c.put("expiresAt", unlinked ? null : "2026-03-16T09:00:00Z");
        c.put("timesSent", unlinked ? 0 : 1);
        c.put("answeredAt", null);
        c.put("answeredByName", null);
        c.put("termsVersion", null);
        c.put("declineReason", null);
        c.put("activatedAt", null);
        c.put("endsOn", null);
        c.put("endSide", null);
        c.put("endByName", null);
        c.put("endedAt", null);
        c.put("serviceDecision", null);
        c.put("importReference", unlinked ? "BS-1001" : null);
        c.put("importServiceName", unlinked ? "Lön" : null);
        c.put("importStartedOn", unlinked ? "2024-01-01" : null);
        c.put("version", 3);
        return c;
    }

    /** The same record with pairs of field and value set. */
    public static Map<String, Object> with(Map<String, Object> record, Object... fieldsAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(record);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            changed.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return changed;
    }

    @SafeVarargs
    public static Map<String, Object> step(String at, String what, String side, String byName, String note,
            Map<String, Object>... changes) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("at", at);
        step.put("what", what);
        step.put("side", side);
        step.put("byName", byName);
        step.put("changes", List.of(changes));
        step.put("note", note);
        return step;
    }

    public static Map<String, Object> change(String field, String before, String after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        return change;
    }

    public static Map<String, Object> importReport(int rows, int imported, List<Map<String, Object>> refused) {
        return Map.of("rows", rows, "imported", imported, "refused", refused);
    }

    /** A refused row of an import report: why as the service's code, and its reason in English. */
    public static Map<String, Object> refused(int row, String reference, String field, String code, String reason) {
        Map<String, Object> refused = new LinkedHashMap<>();
        refused.put("row", row);
        refused.put("reference", reference);
        refused.put("field", field);
        refused.put("code", code);
        refused.put("reason", reason);
        return refused;
    }

    /** collaboration-service's read model of a signed engagement of the client, in force from 2026 and on. */
    public static Map<String, Object> signedEngagement(UUID id, UUID clientId, String title, String end) {
        Map<String, Object> engagement = new LinkedHashMap<>(Fixtures.signedEngagement(clientId, title, "2026-01-01",
                "2026-01-10T10:00:00Z"));
        engagement.put("id", id.toString());
        engagement.put("periodEnd", end);
        return engagement;
    }

    /** A typed problem of collaboration-service with field errors. */
    public static Map<String, Object> problem(String type, int status, String... fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (String field : fields) {
            errors.add(Map.of("field", field, "message", field + " is wrong"));
        }
        return Map.of("type", "tag:byra.se,2026:problem:" + type, "title", type, "status", status, "detail",
                "English words the page never shows", "errors", errors);
    }
}
