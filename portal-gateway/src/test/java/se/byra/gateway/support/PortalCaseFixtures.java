package se.byra.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** case-service's records of the portal's side as its contract has them, as maps the stubs serve. */
public final class PortalCaseFixtures {

    /** Everything the company may do while it is its turn. */
    public static final List<String> CLIENTS_TURN = List.of("ANSWER", "SUBMIT", "COMMENT", "ATTACH");

    private PortalCaseFixtures() {
    }

    /** The company's consent; {@code mayAnswer}: the caller administers the company. */
    public static Map<String, Object> consent(UUID clientId, String status, boolean mayAnswer) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("clientId", clientId.toString());
        consent.put("status", status);
        boolean invited = !"NONE".equals(status);
        consent.put("requestedAt", invited ? "2026-11-02T09:00:00Z" : null);
        consent.put("requestedByName", invited ? "Anna Andersson" : null);
        boolean answered = invited && !"REQUESTED".equals(status);
        consent.put("answeredAt", answered ? "2026-11-04T10:00:00Z" : null);
        consent.put("answeredByName", answered ? "Kalle Kund" : null);
        consent.put("reason", null);
        consent.put("mayAnswer", mayAnswer);
        return consent;
    }

    public static Map<String, Object> menu(boolean visible, long waiting, long unread) {
        return Map.of("visible", visible, "waiting", waiting, "unread", unread);
    }

    /** A card of the company's list. */
    public static Map<String, Object> card(UUID id, UUID clientId, String type, String title, String status,
            String dueOn, boolean overdue, boolean unread) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", id.toString());
        card.put("clientId", clientId.toString());
        card.put("clientName", "Bergs Bygg AB");
        card.put("type", type);
        card.put("title", title);
        card.put("status", status);
        card.put("origin", "AGENCY");
        card.put("assigneeId", null);
        card.put("assigneeName", "Anna Andersson");
        card.put("dueOn", dueOn);
        card.put("overdue", overdue);
        card.put("unread", unread);
        card.put("updatedAt", "2026-12-01T09:00:00Z");
        return card;
    }

    /**
     * A case the agency (Anna Andersson) sent to Bergs Bygg AB on 2026-12-01, due 2026-12-14, waiting for the
     * company, read, without an answer or files; {@code definition} its documents or fields.
     */
    public static Map<String, Object> sent(UUID id, UUID clientId, String type, String title,
            Map<String, Object> definition) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id.toString());
        c.put("clientId", clientId.toString());
        c.put("clientName", "Bergs Bygg AB");
        c.put("type", type);
        c.put("title", title);
        c.put("description", "Hej!\nVi behöver det här från er.");
        c.put("status", "WAITING_FOR_CLIENT");
        c.put("origin", "AGENCY");
        c.put("assigneeId", UUID.randomUUID().toString());
        c.put("assigneeName", "Anna Andersson");
        c.put("dueOn", "2026-12-14");
        c.put("overdue", false);
        c.put("unread", false);
        c.put("definition", definition);
        c.put("answer", Map.of());
        c.put("submitted", false);
        c.put("answeredAt", null);
        c.put("answeredByName", null);
        c.put("attachments", List.of());
        c.put("createdByName", "Anna Andersson");
        c.put("createdAt", "2026-11-30T09:00:00Z");
        c.put("sentAt", "2026-12-01T09:00:00Z");
        c.put("closedAt", null);
        c.put("closingReason", null);
        c.put("closingNote", null);
        c.put("updatedAt", "2026-12-01T09:00:00Z");
        c.put("version", 2);
        c.put("actions", CLIENTS_TURN);
        return c;
    }

    public static Map<String, Object> none() {
        return Map.of();
    }

    @SafeVarargs
    public static Map<String, Object> documents(Map<String, Object>... documents) {
        return Map.of("documents", List.of(documents));
    }

    public static Map<String, Object> document(String key, String name, boolean required) {
        return Map.of("key", key, "name", name, "required", required);
    }

    @SafeVarargs
    public static Map<String, Object> fields(Map<String, Object>... fields) {
        return Map.of("fields", List.of(fields));
    }

    public static Map<String, Object> field(String key, String label, String type, boolean required,
            String... options) {
        return Map.of("key", key, "label", label, "type", type, "required", required, "options", List.of(options));
    }

    /** A file of the case, by {@code side} (AGENCY or CLIENT), for {@code item} (null: the case as a whole). */
    public static Map<String, Object> attachment(UUID id, String item, String fileName, String side, long size) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id.toString());
        a.put("item", item);
        a.put("fileName", fileName);
        a.put("contentType", "application/pdf");
        a.put("size", size);
        a.put("side", side);
        a.put("uploadedByName", "AGENCY".equals(side) ? "Anna Andersson" : "Kalle Kund");
        a.put("uploadedAt", "2026-12-02T09:00:00Z");
        return a;
    }

    public static Map<String, Object> comment(String side, String authorName, String text, String at) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", UUID.randomUUID().toString());
        comment.put("side", side);
        comment.put("authorName", authorName);
        comment.put("text", text);
        comment.put("at", at);
        return comment;
    }

    public static Map<String, Object> step(String at, String what, String side, String byName, String note) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("at", at);
        step.put("what", what);
        step.put("side", side);
        step.put("byName", byName);
        step.put("note", note);
        return step;
    }

    /** A to-do: a consent to give ({@code caseId} null) or a case to answer. */
    public static Map<String, Object> task(String kind, UUID clientId, String clientName, UUID caseId, String type,
            String title, String dueOn) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("kind", kind);
        task.put("clientId", clientId.toString());
        task.put("clientName", clientName);
        task.put("caseId", caseId == null ? null : caseId.toString());
        task.put("type", type);
        task.put("title", title);
        task.put("dueOn", dueOn);
        task.put("since", "2026-11-02T09:00:00Z");
        return task;
    }

    public static Map<String, Object> contact(UUID staffId, String name) {
        return Map.of("staffId", staffId.toString(), "name", name);
    }

    /** case-service's 400 naming {@code fields} (JSON paths), each with the service's own English message. */
    public static Map<String, Object> invalid(String... fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (String field : fields) {
            errors.add(Map.of("field", field, "message", "the service's words for " + field));
        }
        return Map.of("type", "tag:byra.se,2026:problem:validation", "title", "Invalid request", "status", 400,
                "detail", fields.length == 0 ? "invalid" : fields[0] + ": invalid", "errors", errors);
    }

    /** A problem of {@code status} with its type (a name after {@code tag:byra.se,2026:problem:}). */
    public static Map<String, Object> problem(int status, String type) {
        return Map.of("type", "tag:byra.se,2026:problem:" + type, "title", type, "status", status, "detail", type);
    }
}
