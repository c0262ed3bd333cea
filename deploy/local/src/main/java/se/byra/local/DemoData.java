package se.byra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo agency's clients, contacts and engagements, loaded through the services' own APIs with the realm's
 * demo-loader client. One exception writes into a database: an expired invitation needs its dates moved back two weeks,
 * which no API can do (see {@link Backdating}). Every item is looked up
 * before it is created, so a second start, or a start after one interrupted half-way, adds only
 * what is missing. Later features add their demo data here.
 */
final class DemoData {

    /** A client company with its contacts (the first is the main contact) and engagements. */
    record DemoClient(String name, String organisationNumber, String street, String postalCode, String city,
            List<DemoContact> contacts, List<DemoEngagement> engagements) {

        /** Erik, who has own-clients permission, manages these two; Anna the others. */
        String managerEmail() {
            return name.startsWith("Sandbergs") || name.startsWith("Lindholmens") ? ERIK : ANNA;
        }
    }

    record DemoContact(String name, String email, String phone) {
    }

    /**
     * {@code signed}: the agency has signed its letter, so it is in force. Anna owns every engagement; Erik takes
     * part in those marked, so he sees that client too.
     */
    record DemoEngagement(String title, LocalDate periodStart, LocalDate periodEnd, String terms, boolean signed,
            boolean erikTakesPart) {

        DemoEngagement(String title, LocalDate periodStart, LocalDate periodEnd, String terms, boolean signed) {
            this(title, periodStart, periodEnd, terms, signed, false);
        }
    }

    /** A client company's account on the platform: its main contact is the administrator, these are its users. */
    record DemoAccount(String organisationNumber, List<DemoUser> users) {
    }

    /** A person the demo invites to a company's account; the realm's demo user with that e-mail is reused. */
    record DemoUser(String name, String email, String role) {
    }

    private static final String ANNA = "anna@demobyran.test";
    private static final String ERIK = "erik@demobyran.test";

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("Bergs Bygg AB", "559102-4830", "Verkstadsgatan 12", "721 30", "Västerås",
                    List.of(new DemoContact("Maria Berg", "maria@bergsbygg.test", "070-123 45 67"),
                            new DemoContact("Johan Berg", "johan@bergsbygg.test", "070-765 43 21")),
                    List.of(new DemoEngagement("Löpande bokföring och bokslut", LocalDate.of(2026, 1, 1), null,
                            "Byrån sköter den löpande bokföringen månadsvis, moms och arbetsgivardeklarationer, "
                                    + "samt upprättar årsbokslut och årsredovisning.", true),
                            new DemoEngagement("Lönehantering", LocalDate.of(2026, 7, 1), null,
                                    "Byrån beräknar löner för tre anställda och lämnar arbetsgivardeklaration.",
                                    false, true))),
            new DemoClient("Sandbergs Design AB", "559034-7117", "Storgatan 4", "411 38", "Göteborg",
                    List.of(new DemoContact("Olof Sandberg", "olof@sandbergsdesign.test", "073-222 33 44")),
                    List.of(new DemoEngagement("Bokslut och deklaration", LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31), "Årsbokslut, årsredovisning och inkomstdeklaration 2.", true))),
            new DemoClient("Lindholmens Café HB", "969781-2346", "Lindholmsallén 10", "417 55", "Göteborg",
                    List.of(new DemoContact("Sara Lind", "sara@lindholmenscafe.test", "076-555 12 12")),
                    List.of(new DemoEngagement("Löpande bokföring", LocalDate.of(2026, 3, 1), null,
                            "Kvartalsvis bokföring och momsredovisning.", false))),
            new DemoClient("Norrlands Skog & Mark AB", "556612-0936", "Skogsvägen 3", "903 25", "Umeå",
                    List.of(new DemoContact("Per Holm", "per@norrlandsskog.test", "090-12 34 56"),
                            new DemoContact("Lena Holm", null, "090-12 34 57")),
                    List.of(new DemoEngagement("Bokföring, bokslut och rådgivning", LocalDate.of(2025, 5, 1), null,
                            "Löpande bokföring, bokslut med skogskonto och rådgivning vid investeringar.", true))),
            new DemoClient("Ekblom Tandvård AB", "559287-3458", "Kungsgatan 22", "753 21", "Uppsala",
                    List.of(new DemoContact("Karin Ekblom", "karin@ekblomtandvard.test", "018-44 55 66")),
                    List.of()),
            new DemoClient("Föreningen Solrosen", "802451-8766", "Parkvägen 1", "582 22", "Linköping",
                    List.of(new DemoContact("Ahmed Karimi", "kassor@solrosen.test", null)),
                    List.of()));

    /**
     * Two companies with an administrator (their main contact) and a user each; Olof belongs to both, so the
     * portal shows him the company switcher.
     */
    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("559102-4830", List.of(new DemoUser("Olof Sandberg", "olof@sandbergsdesign.test", "USER"))),
            new DemoAccount("559034-7117", List.of(new DemoUser("Lisa Sandberg", "lisa@sandbergsdesign.test", "USER"))),
            // Lisa is a partner in the café too, and answers its invitations
            new DemoAccount("969781-2346", List.of(new DemoUser("Lisa Sandberg", "lisa@sandbergsdesign.test",
                    "ADMINISTRATOR"))));

    /** How long a new client may take to reach collaboration-service (by ClientRegistered) before giving up. */
    private static final Duration CLIENT_KNOWN_WITHIN = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String clientSecret;
    private final String engagementService;
    private final String collaborationService;
    private final String caseService;
    private final Backdating backdating;
    private final Map<String, String> staffIds = new HashMap<>();
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    DemoData(String issuer, String clientSecret, String engagementService, String collaborationService,
            String caseService, Backdating backdating, PrintStream out) {
        this.issuer = issuer;
        this.clientSecret = clientSecret;
        this.engagementService = engagementService;
        this.collaborationService = collaborationService;
        this.caseService = caseService;
        this.backdating = backdating;
        this.out = out;
    }

    /** The agency's staff: the realm's demo users anna and erik, whose logins provisioning finds and reuses. */
    static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("Anna Lindqvist", "anna@demobyran.test", "FULL", true),
            new DemoStaff("Erik Johansson", "erik@demobyran.test", "OWN_CLIENTS", false));

    void load() {
        token = token();
        int created = profile();
        for (DemoStaff member : STAFF) {
            created += load(member);
        }
        Map<String, String> clientIds = new HashMap<>();
        for (DemoClient client : CLIENTS) {
            created += load(client, clientIds);
        }
        for (DemoAccount account : ACCOUNTS) {
            created += load(account, clientIds.get(account.organisationNumber()));
        }
        created += collaborations(clientIds);
        created += new DemoCases(this, caseService, staffIds.get(ANNA)).load(clientIds);
        out.println(created == 0 ? "  demo data: all there already" : "  demo data: " + created + " items added");
    }

    /** The agency's own profile, first: its name is the sender of the platform's e-mails. */
    private int profile() {
        if (!get(engagementService, "/agency").path("name").isNull()) {
            return 0;
        }
        ObjectNode body = JSON.createObjectNode().put("name", "Demobyrån Redovisning AB")
                .put("organisationNumber", "556703-7485").put("email", "info@demobyran.test").put("phone", "08-123 45 67")
                .put("version", 0);
        body.putObject("address").put("street", "Drottninggatan 5").put("postalCode", "111 51").put("city", "Stockholm")
                .put("country", "SE");
        send(engagementService, "PUT", "/agency", body);
        return 1;
    }

    private int load(DemoStaff member) {
        for (JsonNode item : get(engagementService, "/staff?q=" + encode(member.email())).path("items")) {
            if (item.path("email").asText().equals(member.email())) {
                staffIds.put(member.email(), item.path("id").asText());
                return 0;
            }
        }
        ObjectNode body = JSON.createObjectNode().put("name", member.name()).put("email", member.email())
                .put("language", "sv").put("permission", member.permission()).put("administrator", member.administrator());
        staffIds.put(member.email(), send(engagementService, "POST", "/staff", body).path("id").asText());
        return 1;
    }

    private int load(DemoClient client, Map<String, String> clientIds) {
        int created = 0;
        String digits = client.organisationNumber().replace("-", "");
        String clientId = null;
        for (JsonNode item : get(engagementService, "/clients?q=" + encode(digits)).path("items")) {
            if (item.path("organisationNumber").asText().equals(client.organisationNumber())) {
                clientId = item.path("id").asText();
            }
        }
        if (clientId == null) {
            clientId = send(engagementService, "POST", "/clients", register(client)).path("id").asText();
            created++;
        }
        clientIds.put(client.organisationNumber(), clientId);
        JsonNode existing = get(engagementService, "/engagements?clientId=" + clientId + "&size=100").path("items");
        for (DemoEngagement engagement : client.engagements()) {
            JsonNode match = null;
            for (JsonNode item : existing) {
                if (item.path("title").asText().equals(engagement.title())) {
                    match = item;
                }
            }
            if (match == null) {
                match = send(engagementService, "POST", "/engagements", create(clientId, engagement));
                created++;
            }
            if (engagement.signed() && "DRAFT".equals(match.path("status").asText())) {
                send(engagementService, "POST", "/engagements/" + match.path("id").asText() + "/letter/signature", null);
                created++;
            }
        }
        return created;
    }

    /**
     * The company's client account (its main contact the administrator) and its other users. collaboration-service
     * learns of a new client from engagement-service's event, so a fresh client may be unknown there for a moment:
     * creating its account answers 404 until then.
     */
    private int load(DemoAccount account, String clientId) {
        int created = 0;
        String path = "/clients/" + clientId + "/account";
        if (status(collaborationService, "GET", path) == 404) {
            await("collaboration-service to learn of client " + clientId + " (is engagement.events flowing?)",
                    () -> status(collaborationService, "POST", path) == 404 ? null : "created");
            created++;
        }
        JsonNode users = get(collaborationService, path + "/users?size=100").path("items");
        for (DemoUser user : account.users()) {
            boolean there = false;
            for (JsonNode item : users) {
                there |= item.path("email").asText().equals(user.email());
            }
            if (!there) {
                send(collaborationService, "POST", path + "/users", JSON.createObjectNode().put("name", user.name())
                        .put("email", user.email()).put("language", "sv").put("role", user.role()));
                created++;
            }
        }
        return created;
    }

    private ObjectNode register(DemoClient client) {
        ObjectNode body = JSON.createObjectNode().put("name", client.name())
                .put("organisationNumber", client.organisationNumber()).put("clientManagerId",
                        staffIds.get(client.managerEmail()));
        body.putObject("address").put("street", client.street()).put("postalCode", client.postalCode())
                .put("city", client.city()).put("country", "SE");
        var contacts = body.putArray("contacts");
        for (int i = 0; i < client.contacts().size(); i++) {
            DemoContact contact = client.contacts().get(i);
            contacts.addObject().put("name", contact.name()).put("email", contact.email())
                    .put("phone", contact.phone()).put("main", i == 0);
        }
        return body;
    }

    private ObjectNode create(String clientId, DemoEngagement engagement) {
        ObjectNode body = JSON.createObjectNode().put("clientId", clientId).put("title", engagement.title())
                .put("periodStart", engagement.periodStart().toString()).put("terms", engagement.terms())
                .put("ownerId", staffIds.get(ANNA));
        if (engagement.erikTakesPart()) {
            body.putArray("participantIds").add(staffIds.get(ERIK));
        }
        if (engagement.periodEnd() != null) {
            body.put("periodEnd", engagement.periodEnd().toString());
        }
        return body;
    }

    /**
     * A collaboration of the demo in one state: what the agency activates (the service, on the client's first
     * signed engagement) and what becomes of it: {@code INVITED} waits for Maria, {@code ACTIVE} she approved,
     * {@code DECLINED} she declined, {@code ENDED} the agency ended after she approved (so she is asked whether
     * Bergs Bygg keeps the service).
     */
    record DemoCollaboration(String organisationNumber, String service, String variant, String state) {
    }

    static final List<DemoCollaboration> COLLABORATIONS = List.of(
            new DemoCollaboration("559102-4830", "digital-invoices", null, "ACTIVE"),
            new DemoCollaboration("559102-4830", "payroll", "STANDARD", "INVITED"),
            new DemoCollaboration("559102-4830", "scanner", null, "DECLINED"),
            new DemoCollaboration("559102-4830", "expenses", null, "ENDED"),
            new DemoCollaboration("559102-4830", "tax-closing", null, "EXPIRED"));

    /** Collaborations an older system made, imported unlinked: the agency links them to a service and engagement. */
    static final List<String[]> IMPORTED = List.<String[]>of(
            new String[] {"559102-4830", "BS-2019-014", "Visma Lön Smart", "2019-04-01"},
            new String[] {"556612-0936", "BS-2018-007", "eEkonomi", "2018-09-15"});

    /**
     * The collaborations in every state, and two unlinked imports. Maria answers as herself: her login must be linked to her client user
     * first, which provisioning does a moment after her membership is granted.
     */
    private int collaborations(Map<String, String> clientIds) {
        int created = 0;
        String maria = null;
        for (DemoCollaboration demo : COLLABORATIONS) {
            String clientId = clientIds.get(demo.organisationNumber());
            JsonNode existing = get(collaborationService, "/collaborations?clientId=" + clientId + "&service="
                    + demo.service()).path("items");
            String id;
            if (existing.size() > 0) {
                // a start interrupted before the answer answers now; anything else is there already
                if (!existing.get(0).path("status").asText().equals("INVITED") || demo.state().equals("INVITED")) {
                    continue;
                }
                id = existing.get(0).path("id").asText();
            } else {
                id = activate(clientId, demo);
                created++;
            }
            if (demo.state().equals("INVITED")) {
                continue;
            }
            if (demo.state().equals("EXPIRED")) {
                expire(id);
                continue;
            }
            if (maria == null) {
                maria = clientUserToken("maria", clientId);
            }
            String answer = "/companies/" + clientId + "/collaborations/" + id;
            if (demo.state().equals("DECLINED")) {
                call(withToken(maria, collaborationService, answer + "/decline", JSON.createObjectNode()
                        .put("reason", "Vi skannar inte kvitton ännu, vi hör av oss till våren.")), 200);
                continue;
            }
            call(withToken(maria, collaborationService, answer + "/acceptance",
                    JSON.createObjectNode().put("termsVersion", get(collaborationService, "/catalogue/"
                            + demo.service()).path("terms").path("version").asText())), 200);
            if (demo.state().equals("ENDED")) {
                send(collaborationService, "POST", "/collaborations/" + id + "/ending", JSON.createObjectNode(), 200);
            }
        }
        ArrayNode rows = JSON.createArrayNode();
        for (String[] row : IMPORTED) {
            rows.addObject().put("organisationNumber", row[0]).put("reference", row[1]).put("serviceName", row[2])
                    .put("startedOn", row[3]);
        }
        ObjectNode imported = send(collaborationService, "POST", "/collaborations/import",
                JSON.createObjectNode().set("rows", rows), 200).deepCopy();
        return created + imported.path("imported").asInt();
    }

    /**
     * Moves an invitation's dates back {@link Backdating#INVITATION_AGE} and waits for collaboration-service's deadline
     * sweep to expire it as it would any other: the event, the notifications and the history entry are its own.
     */
    private void expire(String id) {
        backdating.invitationSent(id, Backdating.INVITATION_AGE);
        await("collaboration-service's sweep to expire invitation " + id, () -> get(collaborationService,
                "/collaborations/" + id).path("status").asText().equals("EXPIRED") ? "expired" : null);
    }

    /** Activates the demo's collaboration on the engagement in force the activation offers; its id. */
    private String activate(String clientId, DemoCollaboration demo) {
        // the engagement in force the activation offers; collaboration-service learns of it from its signing
        String engagementId = await("an engagement in force on client " + clientId + " in collaboration-service",
                () -> {
                    JsonNode offered = get(collaborationService, "/clients/" + clientId + "/activation?service="
                            + demo.service()).path("engagements");
                    return offered.size() > 0 ? offered.get(0).path("id").asText() : null;
                });
        ObjectNode body = JSON.createObjectNode().put("service", demo.service()).put("engagementId", engagementId)
                .put("invoiceRecipient", "AGENCY");
        if (demo.variant() != null) {
            body.put("variant", demo.variant());
        }
        return send(collaborationService, "POST", "/clients/" + clientId + "/collaborations", body)
                .path("id").asText();
    }

    /**
     * A token of a demo client user (the realm's local-demo-answers client, the demo password), once their login is
     * linked: until then the company is not theirs in collaboration-service.
     */
    String clientUserToken(String username, String clientId) {
        String userToken = passwordToken(username);
        await(username + "'s login linked to their client user", () -> {
            HttpRequest companies = HttpRequest.newBuilder(URI.create(collaborationService + "/me/companies"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + userToken)
                    .header("Accept", "application/json").GET().build();
            return call(companies, 200).path("items").toString().contains(clientId) ? "linked" : null;
        });
        return userToken;
    }

    /** A demo user's token from the realm's local-demo-answers client and the demo password. */
    String passwordToken(String username) {
        String form = "grant_type=password&client_id=local-demo-answers&username=" + encode(username) + "&password="
                + encode(DEMO_PASSWORD) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return call(request, 200).path("access_token").asText();
    }

    HttpRequest withToken(String bearer, String service, String path, ObjectNode body) {
        return HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    /** What {@code probe} returns once it is not null, asked every poll interval for a minute at most. */
    static String await(String what, java.util.function.Supplier<String> probe) {
        Instant until = Instant.now().plus(CLIENT_KNOWN_WITHIN);
        String value;
        while ((value = probe.get()) == null) {
            if (Instant.now().isAfter(until)) {
                throw new StackException("demo data: waited " + CLIENT_KNOWN_WITHIN.toSeconds() + " s for " + what);
            }
            Stack.pause(POLL_INTERVAL);
        }
        return value;
    }

    /** A token of the realm's demo-loader client: an agency administrator of the demo agency. */
    String token() {
        String form = "grant_type=client_credentials&client_id=local-demo-loader&client_secret=" + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return call(request, 200).path("access_token").asText();
    }

    JsonNode get(String service, String path) {
        return call(authorized(service, path).GET().build(), 200);
    }

    /** The status of a call without a body, whatever it is (a 404 the caller expects is no failure). */
    private int status(String service, String method, String path) {
        try {
            return http.send(authorized(service, path).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new StackException("demo data: " + method + " " + service + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while loading demo data", e);
        }
    }

    JsonNode send(String service, String method, String path, ObjectNode body) {
        return send(service, method, path, body, method.equals("POST") && body != null ? 201 : 200);
    }

    JsonNode send(String service, String method, String path, ObjectNode body, int expected) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest.Builder request = authorized(service, path).method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return call(request.build(), expected);
    }

    HttpRequest.Builder authorized(String service, String path) {
        return HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    JsonNode call(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new StackException("demo data: " + request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new StackException("demo data: " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while loading demo data", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A staff member of the demo agency. */
    record DemoStaff(String name, String email, String permission, boolean administrator) {
    }

    /** A demo login, as the realm file defines it. */
    record Login(String username, String who) {
    }

    static final List<Login> LOGINS = List.of(
            new Login("anna", "byråns administratör, Anna Lindqvist"),
            new Login("erik", "medarbetare på byrån, ser bara sina egna kunder, Erik Johansson"),
            new Login("maria", "kundanvändare, administratör för Bergs Bygg AB, Maria Berg"),
            new Login("olof", "kundanvändare i två företag (administratör för Sandbergs Design AB), Olof Sandberg"),
            new Login("lisa", "kundanvändare i Sandbergs Design AB, administratör för Lindholmens Café HB, Lisa Sandberg"));

    /** The demo users' password (realm file): a demo's, never a deployment's. */
    static final String DEMO_PASSWORD = "byra-demo-2026";
}
