package se.byra.gateway.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON bodies of the services' contract, as maps the stubs serve. */
public final class Fixtures {

    private Fixtures() {
    }

    /** platform/web's Page: items, page, size, totalItems, totalPages. */
    public static Map<String, Object> page(List<?> items, int page, int size, long total) {
        return Map.of("items", items, "page", page, "size", size, "totalItems", total,
                "totalPages", (total + size - 1) / size);
    }

    public static Map<String, Object> clientSummary(UUID id, String name, String organisationNumber, String manager,
            boolean active) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("id", id.toString());
        client.put("name", name);
        client.put("organisationNumber", organisationNumber);
        client.put("clientManagerId", manager);
        client.put("active", active);
        client.put("version", 0);
        return client;
    }

    /** {@code count} clients named "Kund 001 AB" and on, the first {@code shown} of them. */
    public static List<Map<String, Object>> clients(int from, int shown) {
        List<Map<String, Object>> clients = new ArrayList<>();
        for (int i = from; i < from + shown; i++) {
            clients.add(clientSummary(UUID.randomUUID(), "Kund %03d AB".formatted(i + 1), "556703-7485", null, true));
        }
        return clients;
    }

    public static Map<String, Object> contact(UUID id, String name, String email, String phone, boolean main) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("id", id.toString());
        contact.put("name", name);
        contact.put("email", email);
        contact.put("phone", phone);
        contact.put("main", main);
        return contact;
    }

    public static Map<String, Object> clientView(UUID id, String name, String organisationNumber, String manager,
            long version, List<Map<String, Object>> contacts) {
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("id", id.toString());
        client.put("name", name);
        client.put("organisationNumber", organisationNumber);
        client.put("address", Map.of("street", "Storgatan 1", "postalCode", "111 22", "city", "Stockholm",
                "country", "SE"));
        client.put("clientManagerId", manager);
        client.put("active", true);
        client.put("contacts", contacts);
        client.put("createdAt", "2026-03-01T09:00:00Z");
        client.put("version", version);
        client.put("somethingNew", "the gateway ignores fields it does not know");
        return client;
    }

    public static Map<String, Object> engagement(UUID clientId, String title, String start, String end, String status) {
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("id", UUID.randomUUID().toString());
        engagement.put("clientId", clientId.toString());
        engagement.put("title", title);
        engagement.put("periodStart", start);
        engagement.put("periodEnd", end);
        engagement.put("status", status);
        return engagement;
    }

    /** collaboration-service's read model of a signed engagement. */
    public static Map<String, Object> signedEngagement(UUID clientId, String title, String start, String signedAt) {
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("id", UUID.randomUUID().toString());
        engagement.put("clientId", clientId.toString());
        engagement.put("clientName", "Whoever AB");
        engagement.put("organisationNumber", "556703-7485");
        engagement.put("title", title);
        engagement.put("ownerId", null);
        engagement.put("participantIds", List.of());
        engagement.put("periodStart", start);
        engagement.put("periodEnd", null);
        engagement.put("letterVersion", 1);
        engagement.put("signedAt", signedAt);
        return engagement;
    }

    /**
     * A staff member as engagement-service's StaffView has it (no {@code subject}: the service does not
     * show it yet), active, full permission, its login made.
     */
    public static Map<String, Object> staffMember(UUID id, String name, String email) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", id.toString());
        member.put("name", name);
        member.put("email", email);
        member.put("language", "sv");
        member.put("permission", "FULL");
        member.put("administrator", false);
        member.put("status", "ACTIVE");
        member.put("provisioningState", "ACTIVE");
        member.put("provisioningReason", null);
        member.put("createdAt", "2026-03-01T09:00:00Z");
        member.put("updatedAt", "2026-03-01T09:00:00Z");
        member.put("version", 0);
        return member;
    }

    /** The same staff member with {@code field} set to {@code value}. */
    public static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(item);
        changed.put(field, value);
        return changed;
    }

    /** The agency's profile as saved once (version 1), without a logo. */
    public static Map<String, Object> agency(String name, String organisationNumber) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("name", name);
        agency.put("organisationNumber", organisationNumber);
        agency.put("address", Map.of("street", "Drottninggatan 5", "postalCode", "11151", "city", "Stockholm",
                "country", "SE"));
        agency.put("email", "info@byran.test");
        agency.put("phone", "08-123 45 67");
        agency.put("logo", null);
        agency.put("updatedAt", "2026-03-01T09:00:00Z");
        agency.put("version", 1);
        return agency;
    }

    /** The profile before an administrator first saves it. */
    public static Map<String, Object> emptyAgency() {
        Map<String, Object> agency = new LinkedHashMap<>();
        for (String field : List.of("name", "organisationNumber", "address", "email", "phone", "logo", "updatedAt")) {
            agency.put(field, null);
        }
        agency.put("version", 0);
        return agency;
    }

    public static Map<String, Object> logo(String contentType, int size) {
        return Map.of("contentType", contentType, "size", size, "updatedAt", "2026-03-02T10:00:00Z");
    }

    /** A problem with a status and no field errors (a 413 or 415 from the logo, say). */
    public static Map<String, Object> problem(int status, String title) {
        return Map.of("type", "about:blank", "title", title, "status", status, "detail", title);
    }

    /** A validation problem naming fields, as platform/web answers it. */
    public static Map<String, Object> invalid(Map<String, String> fieldErrors) {
        List<Map<String, String>> errors = new ArrayList<>();
        fieldErrors.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
        return Map.of("type", "tag:byra.se,2026:problem:validation", "title", "Invalid request", "status", 400,
                "detail", "invalid", "errors", errors);
    }

    public static Map<String, Object> conflict() {
        return Map.of("type", "tag:byra.se,2026:problem:conflict", "title", "Conflict", "status", 409,
                "detail", "conflict");
    }

    /** collaboration-service's client account, as the agency sees it. */
    public static Map<String, Object> account(UUID clientId, String clientName, long users) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("clientId", clientId.toString());
        account.put("clientName", clientName);
        account.put("organisationNumber", "556703-7485");
        account.put("createdAt", "2026-03-02T09:00:00Z");
        account.put("createdByName", "Anna Administratör");
        account.put("users", users);
        return account;
    }

    /**
     * A user of a client's account (the agency's AccountUserView; the portal's CompanyUserView has the same
     * fields but the reason): role ADMINISTRATOR or USER, state PENDING, ACTIVE or FAILED.
     */
    public static Map<String, Object> accountUser(UUID id, String name, String email, String role, String state) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("clientUserId", id.toString());
        user.put("name", name);
        user.put("email", email);
        user.put("language", "sv");
        user.put("role", role);
        user.put("provisioningState", state);
        user.put("provisioningReason", null);
        user.put("grantedAt", "2026-03-02T09:00:00Z");
        return user;
    }

    /** A company of the signed-in client user's (CompanyView). */
    public static Map<String, Object> company(UUID clientId, String name, String organisationNumber, String role) {
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("clientId", clientId.toString());
        company.put("name", name);
        company.put("organisationNumber", organisationNumber);
        company.put("role", role);
        return company;
    }

    /**
     * The signed-in client user's companies (/me/companies, one page): Bergs Bygg AB ({@code bergs}) with
     * {@code role}, and Sandbergs Design AB as a user.
     */
    public static Map<String, Object> bergsAndSandbergs(UUID bergs, String role) {
        return page(List.of(company(bergs, "Bergs Bygg AB", "559102-4830", role),
                company(UUID.randomUUID(), "Sandbergs Design AB", "559034-7117", "USER")), 0, 100, 2);
    }

    /** collaboration-service's 422 when the main contact lacks what an administrator needs ({@code fields}). */
    public static Map<String, Object> mainContactIncomplete(String... fields) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (String field : fields) {
            errors.add(Map.of("field", field, "message", "The client's main contact has no " + field));
        }
        return Map.of("type", "tag:byra.se,2026:problem:main-contact-incomplete", "title", "Main contact incomplete",
                "status", 422, "detail", "The main contact of Acme AB becomes the account's first administrator",
                "errors", errors);
    }

    /** notification-service's NotificationView; {@code readAt} null: unread. */
    public static Map<String, Object> notification(UUID id, String category, String title, String link,
            String readAt) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("id", id.toString());
        notification.put("category", category);
        notification.put("title", title);
        notification.put("summary", "Sammanfattning av " + title);
        notification.put("link", link);
        notification.put("createdAt", "2026-03-02T08:30:00Z");
        notification.put("readAt", readAt);
        return notification;
    }

    /** notification-service's preferences: INVITATION and ACCOUNT mandatory, ENGAGEMENT e-mailed or not. */
    public static Map<String, Object> preferences(boolean engagementEmail) {
        return Map.of("categories", List.of(
                Map.of("category", "INVITATION", "mandatory", true, "email", true),
                Map.of("category", "ACCOUNT", "mandatory", true, "email", true),
                Map.of("category", "ENGAGEMENT", "mandatory", false, "email", engagementEmail)));
    }

    /** notification-service's DeliveryView of an e-mail the mailer gave up on. */
    public static Map<String, Object> failedDelivery(UUID id, String recipientName, String recipientEmail) {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("id", id.toString());
        delivery.put("category", "INVITATION");
        delivery.put("recipientName", recipientName);
        delivery.put("recipientEmail", recipientEmail);
        delivery.put("subject", "Välkommen till Byråplattformen");
        delivery.put("status", "FAILED");
        delivery.put("attempts", 5);
        delivery.put("lastError", "550 mailbox unavailable");
        delivery.put("createdAt", "2026-03-02T08:00:00Z");
        delivery.put("lastAttemptAt", "2026-03-02T09:15:00Z");
        delivery.put("sentAt", null);
        return delivery;
    }

    /** A problem of {@code type} (a tag of the platform's) and {@code status}. */
    public static Map<String, Object> typedProblem(String type, int status) {
        return Map.of("type", "tag:byra.se,2026:problem:" + type, "title", type, "status", status, "detail", type);
    }
}
