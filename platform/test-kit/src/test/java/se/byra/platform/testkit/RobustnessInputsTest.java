package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.sessions.JqwikSession;
import se.byra.platform.testkit.ApiDocument.Operation;
import se.byra.platform.testkit.BadInputs.Bad;
import se.byra.platform.testkit.BadInputs.Place;

/** What RobustnessContract reads from a document and which bad values it makes of it. */
class RobustnessInputsTest {

    private static final String SPEC = """
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
             "components": {
               "schemas": {
                 "UUID": {"type": "string", "format": "uuid"},
                 "LocalDate": {"type": "string", "format": "date", "example": "2027-01-01"},
                 "Contact": {"type": "object", "required": ["name"], "properties": {
                   "name": {"type": "string", "maxLength": 200},
                   "email": {"type": "string", "maxLength": 254}}},
                 "Register": {"type": "object", "required": ["name", "contacts", "start"], "properties": {
                   "name": {"type": "string", "maxLength": 5},
                   "postalCode": {"type": "string", "pattern": "\\\\d{3} ?\\\\d{2}"},
                   "notes": {"type": "string", "x-multiline": true},
                   "owner": {"$ref": "#/components/schemas/UUID"},
                   "start": {"$ref": "#/components/schemas/LocalDate"},
                   "count": {"type": "integer", "minimum": 0, "maximum": 10},
                   "active": {"type": "boolean"},
                   "address": {"allOf": [{"$ref": "#/components/schemas/Contact"}], "nullable": true},
                   "contacts": {"type": "array", "minItems": 1, "maxItems": 2,
                                "items": {"$ref": "#/components/schemas/Contact"}},
                   "tags": {"type": "array", "items": {"type": "string"}}}}},
               "parameters": {"page": {"name": "page", "in": "query",
                  "schema": {"type": "integer", "format": "int32", "minimum": 0, "maximum": 100}}}},
             "paths": {
               "/clients": {
                 "post": {"security": [{"oidc": []}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Register"}}}},
                   "responses": {"201": {"description": "c"}, "400": {"description": "b"}}},
                 "get": {"parameters": [{"$ref": "#/components/parameters/page"}],
                   "responses": {"200": {"description": "ok"}, "4XX": {"description": "bad"}}}},
               "/clients/{id}": {"parameters": [{"name": "id", "in": "path", "required": true,
                   "schema": {"$ref": "#/components/schemas/UUID"}}],
                 "get": {"responses": {"200": {"description": "ok"}}}}}}
            """;

    private final ApiDocument document = new ApiDocument(SPEC);
    private final BadInputs inputs = new BadInputs(document);

    @BeforeEach
    void startJqwik() {
        JqwikSession.start();
    }

    @AfterEach
    void finishJqwik() {
        JqwikSession.finish();
    }

    private Operation operation(String method, String path) {
        return document.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst().orElseThrow();
    }

    private Place place(String path) {
        return inputs.places(operation("POST", "/clients").requestSchema()).stream()
                .filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    private List<Bad> bad(String path) {
        return inputs.forPlace(place(path), null, new Random(1));
    }

    private List<String> values(String path) {
        return bad(path).stream().map(b -> b.value() == null ? "<absent>" : b.value().toString()).toList();
    }

    @Test
    void operationsComeWithTheirParametersStatusesAndSecurity() {
        assertThat(document.operations()).extracting(Operation::name)
                .containsExactlyInAnyOrder("POST /clients", "GET /clients", "GET /clients/{id}");
        Operation list = operation("GET", "/clients");
        assertThat(list.in("query")).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("page"));
        assertThat(list.documents(404)).as("4XX covers 404").isTrue();
        assertThat(list.documents(500)).isFalse();
        assertThat(list.secured()).isFalse();
        assertThat(operation("POST", "/clients").secured()).isTrue();
        assertThat(operation("GET", "/clients/{id}").in("path")).hasSize(1);
    }

    @Test
    void theValidBodyHasTheRequiredFieldsWithExamplesAndOneElementPerArray() {
        JsonNode body = document.sample(operation("POST", "/clients").requestSchema(), new Random(1));

        assertThat(body.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("name", "contacts", "start");
        assertThat(body.path("start").asText()).isEqualTo("2027-01-01");
        assertThat(body.path("contacts")).hasSize(1);
        assertThat(body.path("contacts").get(0).path("name").asText()).isNotEmpty();
    }

    @Test
    void simplePatternsGetAMatchingValue() {
        assertThat(ApiDocument.matching("\\d{3} ?\\d{2}", new Random(1))).matches("\\d{3} ?\\d{2}");
        assertThat(ApiDocument.matching("[A-Z]{2}", new Random(1))).matches("[A-Z]{2}");
        assertThat(ApiDocument.SimpleRegex.generate("^[0-9]{6}-[0-9]{4}$")).isEqualTo("000000-0000");
    }

    @Test
    void placesFollowRefsAllOfNestedObjectsAndArrayItemsAtIndexZero() {
        List<String> places = inputs.places(operation("POST", "/clients").requestSchema()).stream()
                .map(Place::path).toList();

        assertThat(places).contains("name", "owner", "start", "address", "address.name", "contacts", "contacts[0]",
                "contacts[0].name", "contacts[0].email", "tags", "tags[0]");
        assertThat(place("name").required()).isTrue();
        assertThat(place("owner").required()).isFalse();
        assertThat(place("contacts[0].name").required()).isTrue();
        assertThat(place("notes").multiline()).isTrue();
    }

    @Test
    void requiredFieldsAreSentAbsentAndNull() {
        assertThat(values("name")).startsWith("<absent>", "null");
        assertThat(values("owner")).doesNotContain("<absent>", "null");
    }

    @Test
    void stringsGetControlCharactersASurrogateTooLongValuesAndOtherTypes() {
        List<String> values = values("name");

        assertThat(values).anyMatch(v -> v.contains("\\u0000"));
        assertThat(values).anyMatch(v -> v.contains("\\n"));
        assertThat(values).contains("\"x\\uD800\"", "\"aaaaaa\"", "12", "{}", "[]", "true");
        assertThat(values).anyMatch(v -> v.length() == 100_002);
        assertThat(bad("name")).allSatisfy(b -> assertThat(b.expectedField()).isEqualTo("name"));
    }

    @Test
    void aMultiLineFieldMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(BadInputs.controlCharacters(true, new Random(seed))).contains('\0')
                    .doesNotContain('\t', '\n', '\r')
                    .allMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
        }
        assertThat(BadInputs.controlCharacters(false, new Random(1))).contains('\0', '\n');
    }

    @Test
    void aPatternIsBrokenAlsoByNonAsciiDigits() {
        List<String> values = values("postalCode");

        assertThat(values).contains("\"１２３４５\"", "\"١٢٣٤٥\"");
        assertThat(bad("postalCode")).filteredOn(b -> b.description().contains("pattern"))
                .extracting(b -> b.value().asText())
                .allSatisfy(v -> assertThat(java.util.regex.Pattern.compile("\\d{3} ?\\d{2}").matcher(v).find())
                        .isFalse());
    }

    @Test
    void uuidsAndDatesGetTheirOwnBadValues() {
        assertThat(values("owner")).contains("\"not-a-uuid\"").anyMatch(v -> v.matches("\".*[０-９].*\""));
        assertThat(values("start")).contains("\"99999999-01-01\"", "\"-5000-01-01\"", "\"+10000-01-01\"",
                "\"0000-01-01\"", "\"2027-02-30\"", "\"2027-13-01\"", "\"2027-01-01T25:00\"", "\"1899-12-31\"",
                "\"2200-01-01\"");
    }

    @Test
    void numbersGetOverflowsFractionsStringsAndValuesOutOfRange() {
        List<String> values = values("count");

        assertThat(values).contains("1e400", "99999999999999999999999", "-99999999999999999999999", "1.5", "\"12\"");
        assertThat(bad("count")).filteredOn(b -> b.description().contains("minimum"))
                .allSatisfy(b -> assertThat(b.value().asLong()).isNegative());
        assertThat(bad("count")).filteredOn(b -> b.description().contains("maximum"))
                .allSatisfy(b -> assertThat(b.value().asLong()).isGreaterThan(10));
        assertThat(values("active")).containsExactly("\"true\"", "1");
    }

    @Test
    void arraysGetNullElementsNamedByTheirIndexTooManyElementsAndAString() {
        List<Bad> bad = bad("contacts");

        assertThat(bad).extracting(Bad::description, Bad::expectedField).contains(
                org.assertj.core.groups.Tuple.tuple("[null]", "contacts[0]"),
                org.assertj.core.groups.Tuple.tuple("[null, <valid element>]", "contacts[0]"),
                org.assertj.core.groups.Tuple.tuple("[<valid element>, null]", "contacts[1]"),
                org.assertj.core.groups.Tuple.tuple("3 elements (maxItems 2)", "contacts"),
                org.assertj.core.groups.Tuple.tuple("a string instead of an array", "contacts"));
    }

    @Test
    void aMutationCreatesWhatLeadsToItsPlaceAndLeavesTheRestOfTheBase() throws Exception {
        ObjectNode base = (ObjectNode) document.sample(operation("POST", "/clients").requestSchema(), new Random(1));
        base.remove("contacts");

        ObjectNode email = inputs.apply(base, place("contacts[0].email"), BadInputs.raw("12"), new Random(1));
        ObjectNode absent = inputs.apply(base, place("name"), null, new Random(1));

        assertThat(ApiDocument.JSON.writeValueAsString(email.path("contacts"))).contains("\"email\":12");
        assertThat(email.path("contacts").get(0).has("name")).isTrue();
        assertThat(email.path("name")).isEqualTo(base.path("name"));
        assertThat(absent.has("name")).isFalse();
        assertThat(base.has("name")).as("the base is not changed").isTrue();
    }

    @Test
    void queryParametersGetTheValuesOfTheirType() {
        List<String> values = inputs.forQuery(operation("GET", "/clients").in("query").get(0).schema(),
                new Random(1));

        assertThat(values).contains("abc", "1e3", "\u0663", "\uFF11", "2147483648", "99999999999999999999", "-1",
                "\0");
        assertThat(values).anyMatch(v -> v.matches("\\d{3,4}") && Integer.parseInt(v) > 100);
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        assertThat(values("name")).isEqualTo(values("name"));
    }

    @Test
    void anErrorNamesTheMutatedPlaceOrAPathEnclosingItButNeverTheWholeBody() {
        assertThat(RobustnessContract.names("contacts[0].email", "contacts[0].email")).isTrue();
        assertThat(RobustnessContract.names("contacts[0]", "contacts[0].email")).isTrue();
        assertThat(RobustnessContract.names("contacts", "contacts[1]")).isTrue();
        assertThat(RobustnessContract.names("contact", "contacts[0]")).isFalse();
        assertThat(RobustnessContract.names("contacts[0].name", "contacts[0].email")).isFalse();
        assertThat(RobustnessContract.names("body", "name")).isFalse();
        assertThat(RobustnessContract.names("", "name")).isFalse();
    }

    @Test
    void theBodyLimitIsReadAsAQuarkusMemorySize() {
        assertThat(RobustnessContract.memorySize("10M")).isEqualTo(10L * 1024 * 1024);
        assertThat(RobustnessContract.memorySize("512k")).isEqualTo(512L * 1024);
        assertThat(RobustnessContract.memorySize("1G")).isEqualTo(1L << 30);
        assertThat(RobustnessContract.memorySize("2048")).isEqualTo(2048);
    }

    @Test
    void reportsShowControlCharactersAndCutLongValues() {
        assertThat(RobustnessContract.abbreviate("a\u0000b\uD800")).isEqualTo("a\\u0000b\\uD800");
        assertThat(RobustnessContract.abbreviate("a".repeat(10_000))).hasSizeLessThan(200).contains("10000 chars");
    }
}
