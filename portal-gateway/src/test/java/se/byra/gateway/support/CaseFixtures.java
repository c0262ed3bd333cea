package se.byra.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** case-service's records as its contract (case-service/README.md) has them, as maps the stubs serve. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /** A client's consent with nothing in the way of an invitation; {@code status} NONE, REQUESTED, … */
    public static Map<String, Object> consent(UUID clientId, String status) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("clientId", clientId.toString());
        consent.put("status", status);
        consent.put("mainContactName", "Eva Ek");
        consent.put("mainContactEmail", "eva@acme.se");
        consent.put("requestedAt", "NONE".equals(status) ? null : "2026-03-02T09:00:00Z");
        consent.put("requestedByName", "NONE".equals(status) ? null : "Karin Kundansvarig");
        boolean answered = List.of("GRANTED", "DECLINED", "REVOKED").contains(status);
        consent.put("answeredAt", answered ? "2026-03-04T10:00:00Z" : null);
        consent.put("answeredByName", answered ? "Maria Berg" : null);
        consent.put("reason", null);
        consent.put("refusals", List.of());
        consent.put("history", List.of());
        return consent;
    }

    public static Map<String, Object> refusal(String code) {
        return Map.of("code", code, "detail", "The service's words for " + code);
    }

    /** The overview's counts and latest cases. */
    public static Map<String, Object> summary(String consent, long waitingForClient, long waitingForAgency,
            long overdue, long unread, List<Map<String, Object>> latest) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("consent", consent);
        summary.put("open", waitingForClient + waitingForAgency);
        summary.put("waitingForClient", waitingForClient);
        summary.put("waitingForAgency", waitingForAgency);
        summary.put("overdue", overdue);
        summary.put("unread", unread);
        summary.put("latest", latest);
        return summary;
    }

    /** A case in a list, of Acme AB, assigned to Karin Kundansvarig, due 2026-03-31. */
    public static Map<String, Object> summaryRow(UUID id, UUID clientId, String type, String title, String status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id.toString());
        row.put("clientId", clientId.toString());
        row.put("clientName", "Acme AB");
        row.put("type", type);
        row.put("title", title);
        row.put("status", status);
        row.put("origin", "AGENCY");
        row.put("assigneeId", null);
        row.put("assigneeName", "Karin Kundansvarig");
        row.put("dueOn", "2026-03-31");
        row.put("overdue", false);
        row.put("unread", false);
        row.put("updatedAt", "2026-03-05T10:00:00Z");
        return row;
    }

    /**
     * A whole case as staff see it: the summary's fields and the rest, with {@code actions}; its client has
     * consented ({@code consent} GRANTED).
     */
    public static Map<String, Object> caseView(UUID id, UUID clientId, String type, String title, String status,
            String... actions) {
        Map<String, Object> c = summaryRow(id, clientId, type, title, status);
        c.put("description", "Skicka in underlagen.\nTack!");
        c.put("definition", Map.of());
        c.put("answer", Map.of());
        c.put("submitted", false);
        c.put("answeredAt", null);
        c.put("answeredByName", null);
        c.put("attachments", List.of());
        c.put("createdByName", "Karin Kundansvarig");
        c.put("createdAt", "2026-03-01T09:00:00Z");
        c.put("sentAt", "DRAFT".equals(status) ? null : "2026-03-02T09:00:00Z");
        c.put("closedAt", null);
        c.put("closingReason", null);
        c.put("closingNote", null);
        c.put("version", 3);
        c.put("actions", List.of(actions));
        c.put("consent", "GRANTED");
        return c;
    }

    public static Map<String, Object> document(String key, String name, boolean required) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("key", key);
        document.put("name", name);
        document.put("required", required);
        return document;
    }

    public static Map<String, Object> field(String key, String label, String type, boolean required,
            String... options) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("key", key);
        field.put("label", label);
        field.put("type", type);
        field.put("required", required);
        field.put("options", List.of(options));
        return field;
    }

    public static Map<String, Object> attachment(UUID id, String item, String fileName, String side, String by) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", id.toString());
        file.put("item", item);
        file.put("fileName", fileName);
        file.put("contentType", "application/pdf");
        file.put("size", 250_000);
        file.put("side", side);
        file.put("uploadedByName", by);
        file.put("uploadedAt", "2026-03-06T10:00:00Z");
        return file;
    }

    public static Map<String, Object> comment(String side, String author, String text) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", UUID.randomUUID().toString());
        comment.put("side", side);
        comment.put("authorName", author);
        comment.put("text", text);
        comment.put("at", "2026-03-06T11:00:00Z");
        return comment;
    }

    public static Map<String, Object> step(String at, String what, String side, String by, String note) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("at", at);
        step.put("what", what);
        step.put("side", side);
        step.put("byName", by);
        step.put("note", note);
        return step;
    }

    public static Map<String, Object> template(UUID id, String name, String type, Integer dueInDays,
            Map<String, Object> definition) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("id", id.toString());
        template.put("name", name);
        template.put("type", type);
        template.put("title", "Underlag till " + name.toLowerCase(java.util.Locale.ROOT));
        template.put("description", "Beskrivning av " + name);
        template.put("dueInDays", dueInDays);
        template.put("definition", definition);
        template.put("updatedAt", "2026-03-01T09:00:00Z");
        template.put("version", 2);
        return template;
    }

    public static Map<String, Object> consentItem(UUID clientId, String name) {
        return Map.of("clientId", clientId.toString(), "clientName", name, "status", "GRANTED", "updatedAt",
                "2026-03-01T09:00:00Z");
    }

    public static Map<String, Object> report(List<Map<String, Object>> sent, List<Map<String, Object>> refused) {
        return Map.of("sent", sent, "refused", refused);
    }

    public static Map<String, Object> sent(UUID clientId, String name, UUID caseId) {
        return Map.of("clientId", clientId.toString(), "clientName", name, "caseId", caseId.toString());
    }

    public static Map<String, Object> refused(UUID clientId, String name, String code) {
        Map<String, Object> refused = new LinkedHashMap<>();
        refused.put("clientId", clientId.toString());
        refused.put("clientName", name);
        refused.put("code", code);
        refused.put("reason", "The service's reason");
        return refused;
    }

    /** A problem of case-service's own type (a tag) with a field error, as its 422s are. */
    public static Map<String, Object> typedProblem(String type, int status, String field) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (field != null) {
            errors.add(Map.of("field", field, "message", "The service's words"));
        }
        return Map.of("type", "tag:byra.se,2026:problem:" + type, "title", type, "status", status, "detail", type,
                "errors", errors);
    }
}
