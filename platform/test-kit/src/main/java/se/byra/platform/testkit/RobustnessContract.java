package se.byra.platform.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.sessions.JqwikSession;
import se.byra.platform.testkit.ApiDocument.Operation;
import se.byra.platform.testkit.ApiDocument.Parameter;
import se.byra.platform.testkit.BadInputs.Bad;
import se.byra.platform.testkit.BadInputs.Place;

/**
 * Sends generated bad input to every operation the service's OpenAPI document lists, one place
 * at a time on top of a valid request, and checks each answer: never 5xx, a documented status,
 * problem+json for 4xx with the right {@code status}, no Java internals, and the expected
 * status (400 naming the field or parameter, 401, 404, 406, 413, 415). A service's test extends
 * this and is annotated {@code @QuarkusTest}; a new endpoint is covered without a new test.
 * Values are generated from a fixed seed, printed, and overridable with
 * {@code -Drobustness.seed=...}.
 */
public abstract class RobustnessContract {

    static final long DEFAULT_SEED = 20_270_101L;
    private static final String JSON_TYPE = "application/json; charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";
    private static final int LARGE_BODY = 1 << 20;
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat (se|java|jakarta|javax|io|org|com|sun|jdk)\\.|\\bjava\\.|\\bjakarta\\.|\\bjavax\\."
                    + "|com\\.fasterxml|io\\.quarkus|io\\.vertx|org\\.jboss|org\\.hibernate|\\bse\\.byra\\.");

    private final UUID agencyId = UUID.randomUUID();
    private String adminToken;
    private ApiDocument document;

    /** A token authorised for the operation; by default an agency administrator's. */
    protected String token(String method, String pathTemplate) {
        if (adminToken == null) {
            adminToken = TestTokens.agencyAdmin(agencyId).token();
        }
        return adminToken;
    }

    /** A body the operation accepts; by default built from its schema (required fields only). */
    protected Map<String, Object> validBody(String method, String pathTemplate) {
        Operation operation = document.operations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(pathTemplate)).findFirst().orElseThrow();
        JsonNode sample = document.sample(operation.requestSchema(), new Random(seed()));
        return ApiDocument.JSON.convertValue(sample, ApiDocument.JSON.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    /**
     * What the probes accept: JSON by default; an operation that answers a file names its type (problems are
     * accepted beside it either way).
     */
    protected String accept(String method, String pathTemplate) {
        return "application/json";
    }

    /**
     * A body the operation accepts when it takes no JSON (an image, say): its content type and bytes.
     * null by default, and the operation is then sent without a body.
     */
    protected RawBody validRawBody(String method, String pathTemplate) {
        return null;
    }

    /** A request body that is not JSON. */
    public record RawBody(String contentType, byte[] bytes) {
    }

    /** A valid value for a path parameter: a random UUID for {@code format: uuid}, else "x". */
    protected String pathValue(String method, String pathTemplate, String parameterName) {
        Parameter parameter = document.operations().stream()
                .filter(o -> o.method().equals(method) && o.path().equals(pathTemplate))
                .flatMap(o -> o.in("path").stream()).filter(p -> p.name().equals(parameterName)).findFirst()
                .orElseThrow();
        return "uuid".equals(ApiDocument.format(document.resolve(parameter.schema()))) ? UUID.randomUUID().toString()
                : "x";
    }

    static long seed() {
        return Long.getLong("robustness.seed", DEFAULT_SEED);
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAnswersBadInputWithAProblem() {
        long seed = seed();
        System.out.printf("RobustnessContract %s: seed %d (repeat with -Drobustness.seed=%d)%n",
                getClass().getSimpleName(), seed, seed);
        document = new ApiDocument(OpenApiContractFilter.openApiDocument(ManagementInterface.baseUri()));
        List<Operation> operations = document.operations();
        if (operations.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("the OpenAPI document lists no operations yet",
                    () -> assertTrue(operations.isEmpty())));
        }
        List<DynamicNode> containers = new ArrayList<>();
        JqwikSession.start();
        try {
            for (Operation operation : operations) {
                containers.add(DynamicContainer.dynamicContainer(operation.name(),
                        groups(operation, seed).stream().map(g -> DynamicTest.dynamicTest(g.name(),
                                () -> run(operation, g, seed)))));
            }
        } finally {
            JqwikSession.finish();
        }
        return containers.stream();
    }

    /** A request to send: raw path and query, headers, body; and what must come back. */
    record Probe(String input, String path, Map<String, String> query, boolean withToken, Map<String, String> headers,
            String contentType, byte[] body, Expected expected) {

        Probe(String input, String path, Map<String, String> query, boolean withToken, Map<String, String> headers,
                String contentType, String body, Expected expected) {
            this(input, path, query, withToken, headers, contentType,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8), expected);
        }
    }

    /** The expected status; for a 400, the field or parameter the problem must name. */
    record Expected(int status, String field, boolean exactField) {

        static final Expected ANY = new Expected(0, null, false);
    }

    record Group(String name, List<Probe> probes) {
    }

    private List<Group> groups(Operation operation, long seed) {
        String method = operation.method();
        String template = operation.path();
        Map<String, String> pathValues = new LinkedHashMap<>();
        operation.in("path").forEach(p -> pathValues.put(p.name(), pathValue(method, template, p.name())));
        String path = expand(template, pathValues);
        ObjectNode base = operation.requestSchema() == null ? null
                : ApiDocument.JSON.valueToTree(validBody(method, template));
        String baseBody = base == null ? null : write(base);
        Map<String, String> query = new LinkedHashMap<>();
        operation.in("query").stream().filter(Parameter::required)
                .forEach(p -> query.put(p.name(), document.sample(p.schema(), random(seed, operation, p.name()))
                        .asText()));
        BadInputs inputs = new BadInputs(document);
        RawBody raw = base == null ? validRawBody(method, template) : null;
        String bodyType = base != null ? JSON_TYPE : raw != null ? raw.contentType() : null;
        byte[] baseBytes = baseBody != null ? baseBody.getBytes(StandardCharsets.UTF_8) : raw != null ? raw.bytes()
                : null;

        List<Group> groups = new ArrayList<>();
        if (operation.node().path("responses").path("200").path("content").has("text/event-stream")) {
            // an event stream stays open while the caller listens: its own tests read it; here only its refusal
            groups.add(new Group("no Authorization header", List.of(new Probe("no Authorization header", path, query,
                    false, Map.of("Accept", "text/event-stream"), null, (byte[]) null, new Expected(401, null, false)))));
            return groups;
        }
        groups.add(new Group("a valid request", List.of(
                new Probe("the valid request", path, query, true, Map.of(), bodyType, baseBytes, Expected.ANY))));

        if (base != null) {
            for (Place place : inputs.places(operation.requestSchema())) {
                Random random = random(seed, operation, place.path());
                List<Probe> probes = new ArrayList<>();
                for (Bad bad : inputs.forPlace(place, BadInputs.current(base, place), random)) {
                    String body = write(inputs.apply(base, place, bad.value(), random));
                    probes.add(new Probe(bad.description() + (bad.value() == null ? "" : ": " + abbreviate(
                            write(bad.value()))), path, query, true, Map.of(), JSON_TYPE, body,
                            new Expected(400, bad.expectedField(), false)));
                }
                groups.add(new Group("body field " + place.path(), probes));
            }
            groups.add(new Group("whole body", wholeBody(path, query, base, operation.requestSchema())));
        }
        for (Parameter parameter : operation.in("query")) {
            Random random = random(seed, operation, "query " + parameter.name());
            List<Probe> probes = new ArrayList<>();
            for (String value : inputs.forQuery(parameter.schema(), random)) {
                Map<String, String> bad = new LinkedHashMap<>(query);
                bad.put(parameter.name(), value);
                probes.add(new Probe(parameter.name() + "=" + abbreviate(BadInputs.json(value)), path, bad, true,
                        Map.of(), bodyType, baseBytes, new Expected(400, parameter.name(), true)));
            }
            groups.add(new Group("query parameter " + parameter.name(), probes));
        }
        for (Parameter parameter : operation.in("path")) {
            if (!"uuid".equals(ApiDocument.format(document.resolve(parameter.schema())))) {
                continue;
            }
            List<Probe> probes = new ArrayList<>();
            // a long segment, but within the request line the HTTP codec reads (4096): beyond that the
            // codec answers a bare 414 before any application code, as a proxy in front would
            for (String value : List.of("not-a-uuid", "%00", "a".repeat(3_000))) {
                Map<String, String> bad = new LinkedHashMap<>(pathValues);
                bad.put(parameter.name(), value);
                probes.add(new Probe("{" + parameter.name() + "} = " + abbreviate(value), expand(template, bad), query,
                        true, Map.of(), bodyType, baseBytes, new Expected(404, null, false)));
            }
            groups.add(new Group("path parameter " + parameter.name(), probes));
        }
        if (operation.secured()) {
            groups.add(new Group("no Authorization header", List.of(new Probe("no Authorization header", path, query,
                    false, Map.of(), bodyType, baseBytes, new Expected(401, null, false)))));
        }
        groups.add(new Group("Accept: application/xml", List.of(new Probe("Accept: application/xml", path, query,
                true, Map.of("Accept", "application/xml"), bodyType, baseBytes, new Expected(406, null, false)))));
        return groups;
    }

    private List<Probe> wholeBody(String path, Map<String, String> query, ObjectNode base, JsonNode requestSchema) {
        Expected malformed = new Expected(400, null, false);
        List<Probe> probes = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an empty body", "");
        bodies.put("null", "null");
        bodies.put("[]", "[]");
        bodies.put("\"x\"", "\"x\"");
        bodies.put("not JSON: {\"a\":", "{\"a\":");
        // inside the base object, so the parser descends instead of refusing an array at the root
        String nested = "[".repeat(10_000) + "]".repeat(10_000);
        bodies.put("JSON nested 10000 levels deep: {\"nested\":[[[...]]], <valid fields>}",
                "{\"nested\":" + nested + (base.isEmpty() ? "}" : "," + write(base).substring(1)));
        // a required string field written twice (in schema order, so the same key on every run)
        JsonNode schema = document.resolve(requestSchema);
        String key = java.util.stream.StreamSupport.stream(schema.path("required").spliterator(), false)
                .map(JsonNode::asText).filter(base::has)
                .filter(k -> "string".equals(ApiDocument.type(document.resolve(schema.path("properties").path(k)))))
                .findFirst().orElse(base.fieldNames().hasNext() ? base.fieldNames().next() : "name");
        // written first with its own valid value, so the duplicate is the only thing wrong
        String first = base.has(key) ? write(base.get(key)) : "\"a\"";
        String rest = base.isEmpty() ? "\"name\":\"b\"}" : write(base).substring(1);
        bodies.put("a duplicate key \"" + key + "\"", "{\"" + key + "\":" + first + "," + rest);
        bodies.forEach((input, body) -> probes.add(new Probe(input, path, query, true, Map.of(), JSON_TYPE, body,
                malformed)));
        probes.add(new Probe("Content-Type: text/plain", path, query, true, Map.of(), "text/plain; charset=UTF-8",
                write(base), new Expected(415, null, false)));
        long limit = maxBodySize();
        probes.add(new Probe("a body of " + (limit + 1) + " bytes (limit " + limit + ")", path, query, true, Map.of(),
                JSON_TYPE, "{\"x\":\"" + "a".repeat((int) limit - 7) + "\"}", new Expected(413, null, false)));
        return probes;
    }

    /** {@code quarkus.http.limits.max-body-size} in bytes (a MemorySize such as 10M; 10M when unset). */
    static long maxBodySize() {
        String size = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .orElse("10M");
        return memorySize(size);
    }

    static long memorySize(String size) {
        String value = size.trim().toUpperCase(Locale.ROOT);
        char unit = value.charAt(value.length() - 1);
        int shift = switch (unit) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> 0;
        };
        String number = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(number) << shift;
    }

    private void run(Operation operation, Group group, long seed) {
        List<String> failures = new ArrayList<>();
        for (Probe probe : group.probes()) {
            List<String> wrong = check(operation, probe);
            if (!wrong.isEmpty()) {
                failures.add(probe.input() + "\n      " + String.join("\n      ", wrong));
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("%s, %s: %d of %d inputs answered wrongly (seed %d):%n  - %s".formatted(
                    operation.name(), group.name(), failures.size(), group.probes().size(), seed,
                    String.join("\n  - ", failures)));
        }
    }

    /** What is wrong with the answer to one probe; empty when it is right. */
    private List<String> check(Operation operation, Probe probe) {
        List<String> wrong = new ArrayList<>();
        Response response;
        try {
            response = send(operation, probe);
        } catch (OpenApiContractFilter.Violation violation) {
            response = violation.response();
            violation.failures().forEach(f -> wrong.add("OpenAPI: " + f));
        } catch (Exception e) { // REST Assured rethrows IOExceptions unchecked-style
            return List.of("no answer: " + e);
        }
        int status = response.statusCode();
        String contentType = response.contentType() == null ? "" : response.contentType();
        String body = response.asString();
        String answer = "answered " + status + (contentType.isEmpty() ? "" : " " + contentType);
        if (status >= 500) {
            wrong.add("a server error");
        }
        if (!operation.documents(status) && wrong.stream().noneMatch(w -> w.contains("status.unknown"))) {
            wrong.add("status " + status + " is not documented (documented: " + operation.statuses() + ")");
        }
        Expected expected = probe.expected();
        if (expected.status() != 0 && status != expected.status()) {
            wrong.add("expected " + expected.status() + (expected.field() == null ? "" : " naming `" + expected.field()
                    + "`"));
        }
        if (expected.status() == 0 && List.of(400, 401, 403, 406, 413, 415).contains(status)) {
            wrong.add("the valid request is refused: override validBody, pathValue or token for this operation");
        }
        JsonNode problem = null;
        if (status >= 400 && status < 500) {
            if (!contentType.startsWith(PROBLEM)) {
                wrong.add("a " + status + " must be " + PROBLEM);
            }
            problem = parse(body);
            if (problem == null || problem.path("status").asInt(-1) != status) {
                wrong.add("the problem's status must be " + status);
            }
        }
        if (expected.status() == 401 && status == 401 && response.header("WWW-Authenticate") == null) {
            wrong.add("a 401 must carry WWW-Authenticate");
        }
        if (expected.field() != null && status == 400) {
            List<String> fields = new ArrayList<>();
            if (problem != null) {
                problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            }
            boolean named = fields.stream().anyMatch(f -> expected.exactField() ? f.equals(expected.field())
                    : names(f, expected.field()));
            if (!named) {
                wrong.add("errors[].field " + fields + " must name `" + expected.field() + "`"
                        + (expected.exactField() ? "" : " or a path enclosing it"));
            }
        }
        if (INTERNALS.matcher(body).find()) {
            wrong.add("the body shows Java internals");
        }
        if (!wrong.isEmpty()) {
            wrong.add(0, answer + (body.isEmpty() ? "" : ": " + abbreviate(body)));
        }
        return wrong;
    }

    /** Whether an error's field names the mutated place or encloses it; never the whole body. */
    static boolean names(String field, String place) {
        if (field == null || field.isEmpty() || field.equals("body")) {
            return false;
        }
        return field.equals(place) || place.startsWith(field + ".") || place.startsWith(field + "[");
    }

    private Response send(Operation operation, Probe probe) {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                .header("Accept", accept(operation.method(), operation.path()) + ", " + PROBLEM);
        if (probe.withToken()) {
            request.header("Authorization", "Bearer " + token(operation.method(), operation.path()));
        }
        probe.headers().forEach(request::header);
        if (probe.body() != null) {
            request.contentType(probe.contentType()).body(probe.body());
            if (probe.body().length > LARGE_BODY) {
                // wait for the server's verdict before writing: it refuses by the Content-Length and closes
                request.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)));
            }
        }
        String query = probe.query().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return request.request(operation.method(), probe.path() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static Random random(long seed, Operation operation, String place) {
        return new Random(seed * 31 + (operation.name() + " " + place).hashCode());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return ApiDocument.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? null : ApiDocument.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        String escaped = text.chars().mapToObj(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(
                (char) c) ? "\\u%04X".formatted(c) : String.valueOf((char) c)).collect(Collectors.joining());
        return escaped.length() <= 160 ? escaped
                : escaped.substring(0, 120) + "...(" + text.length() + " chars)..." + escaped.substring(
                        escaped.length() - 20);
    }
}
