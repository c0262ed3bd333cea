package se.byra.local;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo's consents and cases, through case-service's API: consent in each state (given by Bergs Bygg, asked of
 * Norrlands Skog, declined by Lindholmens Café, withdrawn by Sandbergs Design, never asked of the others), and
 * Bergs Bygg's cases of every type in every status, and a draft for Norrlands Skog that waits for its consent. Anna sends the cases and the client's people answer as
 * themselves (the realm's local-demo-answers client; a realm from before that client gave Anna the agency's id has
 * the loader send them). A case is looked up by its title before it is made, so a second start adds nothing.
 */
final class DemoCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A small PDF: what the demo's clients upload and the approval's document. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** A consent the demo ends in, and who at the client answers. */
    record DemoConsent(String organisationNumber, String state, String username) {
    }

    static final List<DemoConsent> CONSENTS = List.of(
            new DemoConsent("559102-4830", "GRANTED", "maria"),
            new DemoConsent("556612-0936", "REQUESTED", null),
            new DemoConsent("969781-2346", "DECLINED", "lisa"),
            new DemoConsent("559034-7117", "REVOKED", "olof"));

    /**
     * A case of Bergs Bygg: its type, title, text, definition (JSON, or null), days to its due date, and the status
     * it ends in. {@code ASKED} is Maria's own question to Anna.
     */
    record DemoCase(String type, String title, String description, String definition, Integer dueInDays,
            String state) {
    }

    static final List<DemoCase> CASES = List.of(
            new DemoCase("DOCUMENT_REQUEST", "Underlag till bokslutet 2026",
                    "Ladda upp kontoutdragen för december och kvittona för årets större inköp.",
                    "{\"documents\":[{\"name\":\"Kontoutdrag december\",\"required\":true},"
                            + "{\"name\":\"Kvitton för inköp över 25 000 kr\",\"required\":false}]}",
                    10, "WAITING_FOR_CLIENT"),
            new DemoCase("APPROVAL", "Godkänn årsredovisningen 2025",
                    "Här är årsredovisningen. Läs igenom den och godkänn den, eller skriv vad som ska ändras.", null,
                    5, "WAITING_FOR_CLIENT"),
            new DemoCase("FORM", "Uppgifter till januarilönerna",
                    "Fyll i uppgifterna så att vi kan beräkna lönerna i tid.",
                    "{\"fields\":[{\"label\":\"Antal arbetade timmar, timanställda\",\"type\":\"NUMBER\",\"required\":true},"
                            + "{\"label\":\"Sista arbetsdag för den som slutar\",\"type\":\"DATE\",\"required\":false},"
                            + "{\"label\":\"Har någon haft förmånsbil?\",\"type\":\"YES_NO\",\"required\":true},"
                            + "{\"label\":\"Hur betalas övertiden?\",\"type\":\"CHOICE\",\"required\":true,"
                            + "\"options\":[\"Pengar\",\"Ledighet\"]},"
                            + "{\"label\":\"Tidrapporter\",\"type\":\"FILE\",\"required\":false}]}",
                    3, "WAITING_FOR_CLIENT"),
            new DemoCase("QUESTION", "Leasingavtal för grävmaskinen",
                    "Vilket datum började leasingavtalet för grävmaskinen gälla, och vad är den månatliga avgiften?",
                    null, 7, "WAITING_FOR_AGENCY"),
            new DemoCase("QUESTION", "Momsperiod från januari",
                    "Vill ni redovisa moms per kvartal i stället för per månad från januari?", null, null, "CLOSED"),
            new DemoCase("INFORMATION", "Nya regler för friskvårdsbidrag",
                    "Från januari får friskvårdsbidraget vara högst 5 000 kr per anställd och år.", null, null,
                    "CLOSED"),
            new DemoCase("QUESTION", "Representation vid kundträffen",
                    "Hur många deltog i kundträffen i november?", null, null, "CANCELLED"),
            new DemoCase("DOCUMENT_REQUEST", "Inventering av lagret",
                    "Inför bokslutet behöver vi lagerlistan per den 31 december.",
                    "{\"documents\":[{\"name\":\"Lagerlista 31 december\",\"required\":true}]}", 20, "DRAFT"),
            new DemoCase("QUESTION", "Kan vi dra av julbordet?",
                    "Vi bjöd personalen på julbord för 650 kr per person. Är det avdragsgillt?", null, null,
                    "ASKED"));

    /** Sandbergs Design's one case, closed when its consent was withdrawn. */
    private static final DemoCase REVOKED_CASE = new DemoCase("QUESTION", "Bilförmån 2026",
            "Har ni bytt bil under året?", null, 14, "WAITING_FOR_CLIENT");

    /** Norrlands Skog's draft, waiting for the consent the agency has asked for: its page says it cannot be sent. */
    static final DemoCase WAITING_FOR_CONSENT = new DemoCase("DOCUMENT_REQUEST", "Virkesavräkningar 2026",
            "Till deklarationen behöver vi årets virkesavräkningar från köparna.",
            "{\"documents\":[{\"name\":\"Virkesavräkningar\",\"required\":true}]}", 30, "DRAFT");

    private final DemoData demo;
    private final String cases;
    private final String annaId;
    private final Map<String, String> tokens = new HashMap<>();
    private String anna;

    DemoCases(DemoData demo, String caseService, String annaId) {
        this.demo = demo;
        this.cases = caseService;
        this.annaId = annaId;
    }

    int load(Map<String, String> clientIds) {
        String token = demo.passwordToken("anna");
        anna = carriesAgency(token) ? token : null;
        int created = 0;
        for (DemoConsent consent : CONSENTS) {
            created += consent(clientIds.get(consent.organisationNumber()), consent);
        }
        String norrlands = clientIds.get("556612-0936");
        if (!existing(norrlands).containsKey(WAITING_FOR_CONSENT.title())) {
            make(norrlands, WAITING_FOR_CONSENT, null);
            created++;
        }
        String bergs = clientIds.get("559102-4830");
        Map<String, JsonNode> existing = existing(bergs);
        for (DemoCase demoCase : CASES) {
            if (!existing.containsKey(demoCase.title())) {
                make(bergs, demoCase, "maria");
                created++;
            }
        }
        return created;
    }

    /** The consent as the demo has it; for the withdrawn one, its case first. */
    private int consent(String clientId, DemoConsent demoConsent) {
        String status = demo.get(cases, "/clients/" + clientId + "/consent").path("status").asText();
        if (status.equals(demoConsent.state()) || status.equals("REVOKED")) {
            return 0;
        }
        if (status.equals("NONE")) {
            staff("POST", "/clients/" + clientId + "/consent/request", null, 200);
            status = "REQUESTED";
        }
        if (demoConsent.username() == null) {
            return 1;
        }
        String path = "/companies/" + clientId + "/consent";
        if (status.equals("REQUESTED") && demoConsent.state().equals("DECLINED")) {
            as(demoConsent.username(), clientId, "POST", path + "/decline",
                    "{\"reason\":\"Vi sköter kontakten med byrån per telefon tills vidare.\"}", 200);
            return 1;
        }
        if (status.equals("REQUESTED")) {
            as(demoConsent.username(), clientId, "POST", path + "/grant", null, 200);
        }
        if (demoConsent.state().equals("REVOKED")) {
            if (!existing(clientId).containsKey(REVOKED_CASE.title())) {
                make(clientId, REVOKED_CASE, demoConsent.username());
            }
            as(demoConsent.username(), clientId, "POST", path + "/revocation",
                    "{\"reason\":\"Vi har bytt till en annan byrå.\"}", 200);
        }
        return 1;
    }

    /** The client's cases by title. */
    private Map<String, JsonNode> existing(String clientId) {
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode item : demo.get(cases, "/cases?clientId=" + clientId + "&size=100").path("items")) {
            byTitle.put(item.path("title").asText(), item);
        }
        return byTitle;
    }

    /** Makes the case and takes it to its status, the client answering as {@code username}. */
    private void make(String clientId, DemoCase demoCase, String username) {
        String companyCases = "/companies/" + clientId + "/cases";
        if (demoCase.state().equals("ASKED")) {
            as(username, clientId, "POST", companyCases, JSON.createObjectNode().put("title", demoCase.title())
                    .put("description", demoCase.description()).put("assigneeId", annaId).toString(), 201);
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("clientId", clientId).put("type", demoCase.type())
                .put("title", demoCase.title()).put("description", demoCase.description()).put("assigneeId", annaId);
        if (demoCase.dueInDays() != null) {
            body.put("dueOn", LocalDate.now().plusDays(demoCase.dueInDays()).toString());
        }
        if (demoCase.definition() != null) {
            try {
                body.set("definition", JSON.readTree(demoCase.definition()));
            } catch (java.io.IOException e) {
                throw new StackException("demo data: a case's definition is no JSON: " + demoCase.title(), e);
            }
        }
        String id = staff("POST", "/cases", body.toString(), 201).path("id").asText();
        if (demoCase.state().equals("DRAFT")) {
            return;
        }
        if (demoCase.type().equals("APPROVAL")) {
            upload(staffRequest("/cases/" + id + "/attachments?item=document&fileName=Arsredovisning-2025.pdf"));
        }
        staff("POST", "/cases/" + id + "/sending", null, 200);
        String own = companyCases + "/" + id;
        switch (demoCase.state()) {
            case "WAITING_FOR_CLIENT" -> {
                if (demoCase.type().equals("DOCUMENT_REQUEST")) {
                    // Maria has begun: one file is there, the answer not yet sent
                    upload(userRequest(username, clientId, own + "/attachments?item=d1&fileName=Kontoutdrag-dec.pdf"));
                }
            }
            case "WAITING_FOR_AGENCY" -> as(username, clientId, "POST", own + "/answer/submission",
                    "{\"answer\":{\"text\":\"Avtalet började gälla den 1 mars, avgiften är 8 400 kr i månaden.\"}}",
                    200);
            case "CLOSED" -> {
                String answer = demoCase.type().equals("INFORMATION") ? "{\"answer\":{\"acknowledged\":true}}"
                        : "{\"answer\":{\"text\":\"Ja, per kvartal passar oss bättre.\"}}";
                as(username, clientId, "POST", own + "/answer/submission", answer, 200);
                if (!demoCase.type().equals("INFORMATION")) {
                    staff("POST", "/cases/" + id + "/closing", JSON.createObjectNode()
                            .put("note", "Vi ändrar momsperioden från och med januari.").toString(), 200);
                }
            }
            case "CANCELLED" -> staff("POST", "/cases/" + id + "/cancellation", JSON.createObjectNode()
                    .put("note", "Frågan är redan besvarad i telefon.").toString(), 200);
            default -> throw new StackException("demo data: no such case state " + demoCase.state());
        }
    }

    /** A call on the agency's side: as Anna when the realm lets her be, else as the loader. */
    private JsonNode staff(String method, String path, String body, int expected) {
        return send(staffRequest(path), method, body, expected);
    }

    private JsonNode send(HttpRequest.Builder request, String method, String body, int expected) {
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return demo.call(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), expected);
    }

    private HttpRequest.Builder staffRequest(String path) {
        if (anna == null) {
            return demo.authorized(cases, path);
        }
        return bearer(anna, path);
    }

    private HttpRequest.Builder bearer(String token, String path) {
        return HttpRequest.newBuilder(URI.create(cases + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Whether an access token names an agency (its payload's agency_id). */
    private static boolean carriesAgency(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1])).hasNonNull("agency_id");
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void upload(HttpRequest.Builder request) {
        demo.call(request.header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(), 201);
    }

    private HttpRequest.Builder userRequest(String username, String clientId, String path) {
        return bearer(token(username, clientId), path);
    }

    private void as(String username, String clientId, String method, String path, String body, int expected) {
        send(userRequest(username, clientId, path), method, body, expected);
    }

    /** The person's token, once case-service knows them as a member of the company. */
    private String token(String username, String clientId) {
        String key = username + "@" + clientId;
        if (!tokens.containsKey(key)) {
            String token = demo.clientUserToken(username, clientId);
            DemoData.await(username + " known to case-service as a member of " + clientId, () -> {
                try {
                    demo.call(bearer(token, "/companies/" + clientId + "/consent").GET().build(), 200);
                    return "known";
                } catch (StackException e) {
                    return null;
                }
            });
            tokens.put(key, token);
        }
        return tokens.get(key);
    }
}
