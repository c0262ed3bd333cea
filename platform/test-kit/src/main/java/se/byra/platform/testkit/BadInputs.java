package se.byra.platform.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The bad values {@link RobustnessContract} sends, per schema: fixed edge cases plus a few
 * values jqwik generates from the seeded {@link Random} (call inside a {@code JqwikSession}).
 * A value is a JSON node; {@link #raw} writes text Jackson would not produce (numbers beyond
 * any range, an unpaired surrogate).
 */
final class BadInputs {

    /** How many generated values per category, on top of the fixed edge cases. */
    static final int GENERATED = 3;
    private static final int GEN_SIZE = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A bad value for one place, and what it is, for the report. */
    record Bad(String description, JsonNode value, String expectedField) {
    }

    /** A place in the body: its JSON path segments (names and indexes) and each prefix's schema. */
    record Place(List<Object> segments, List<JsonNode> schemas, boolean required, boolean multiline) {

        String path() {
            return path(segments);
        }

        JsonNode schema() {
            return schemas.get(schemas.size() - 1);
        }

        static String path(List<Object> segments) {
            StringBuilder path = new StringBuilder();
            for (Object segment : segments) {
                if (segment instanceof Integer index) {
                    path.append('[').append(index).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(segment);
                }
            }
            return path.toString();
        }
    }

    private final ApiDocument document;

    BadInputs(ApiDocument document) {
        this.document = document;
    }

    static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }

    /** Every place in a body of this schema: properties, nested objects, array items at index 0. */
    List<Place> places(JsonNode rootSchema) {
        List<Place> places = new ArrayList<>();
        walk(document.resolve(rootSchema), List.of(), List.of(), places, 0);
        return places;
    }

    private void walk(JsonNode object, List<Object> segments, List<JsonNode> schemas, List<Place> places,
            int depth) {
        if (depth > 6) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode schema = document.resolve(property.getValue());
            boolean multiline = property.getValue().path("x-multiline").asBoolean(false)
                    || schema.path("x-multiline").asBoolean(false);
            List<Object> at = append(segments, property.getKey());
            List<JsonNode> chain = append(schemas, schema);
            places.add(new Place(at, chain, ApiDocument.required(object, property.getKey()), multiline));
            descend(schema, at, chain, places, depth);
        }
    }

    private void descend(JsonNode schema, List<Object> at, List<JsonNode> chain, List<Place> places, int depth) {
        switch (ApiDocument.type(schema)) {
            case "object" -> walk(schema, at, chain, places, depth + 1);
            case "array" -> {
                JsonNode items = document.resolve(schema.path("items"));
                List<Object> first = append(at, 0);
                List<JsonNode> itemChain = append(chain, items);
                places.add(new Place(first, itemChain, false, items.path("x-multiline").asBoolean(false)));
                descend(items, first, itemChain, places, depth + 1);
            }
            default -> {
            }
        }
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> longer = new ArrayList<>(list);
        longer.add(element);
        return List.copyOf(longer);
    }

    /** The bad values for one place; {@code current} is the valid value the base body holds there. */
    List<Bad> forPlace(Place place, JsonNode current, Random random) {
        JsonNode schema = place.schema();
        String field = place.path();
        List<Bad> bad = new ArrayList<>();
        if (place.required()) {
            bad.add(new Bad("required field absent", null, field));
            bad.add(new Bad("required field null", NODES.nullNode(), field));
        }
        switch (ApiDocument.type(schema)) {
            case "object" -> {
                bad.add(new Bad("a string instead of an object", NODES.textNode("x"), field));
                bad.add(new Bad("an array instead of an object", NODES.arrayNode(), field));
            }
            case "array" -> bad.addAll(forArray(schema, field, random));
            case "integer", "number" -> bad.addAll(forNumber(schema, field, random));
            case "boolean" -> {
                bad.add(new Bad("the string \"true\"", NODES.textNode("true"), field));
                bad.add(new Bad("the number 1", NODES.numberNode(1), field));
            }
            default -> {
                String valid = current != null && current.isTextual() ? current.asText()
                        : ApiDocument.string(schema, random);
                bad.addAll(forString(schema, place.multiline(), valid, field, random));
            }
        }
        return bad;
    }

    private List<Bad> forArray(JsonNode schema, String field, Random random) {
        List<Bad> bad = new ArrayList<>();
        JsonNode element = document.sample(schema.path("items"), random);
        bad.add(new Bad("[null]", NODES.arrayNode().addNull(), field + "[0]"));
        bad.add(new Bad("[null, <valid element>]", NODES.arrayNode().addNull().add(element), field + "[0]"));
        bad.add(new Bad("[<valid element>, null]", NODES.arrayNode().add(element).addNull(), field + "[1]"));
        if (schema.has("maxItems")) {
            int size = schema.path("maxItems").asInt() + 1;
            ArrayNode tooMany = NODES.arrayNode();
            IntStream.range(0, size).forEach(i -> tooMany.add(document.sample(schema.path("items"), random)));
            bad.add(new Bad(size + " elements (maxItems " + (size - 1) + ")", tooMany, field));
        }
        bad.add(new Bad("a string instead of an array", NODES.textNode("x"), field));
        return bad;
    }

    private List<Bad> forNumber(JsonNode schema, String field, Random random) {
        boolean integer = "integer".equals(ApiDocument.type(schema));
        List<Bad> bad = new ArrayList<>();
        for (String number : List.of("1e400", "99999999999999999999999", "-99999999999999999999999")) {
            bad.add(new Bad(number, raw(number), field));
        }
        if (integer) {
            bad.add(new Bad("1.5 for an integer", raw("1.5"), field));
        }
        bad.add(new Bad("the string \"12\"", NODES.textNode("12"), field));
        if (schema.has("minimum")) {
            long min = schema.path("minimum").asLong();
            for (long below : generate(Arbitraries.longs().between(1, 1000), random)) {
                bad.add(new Bad((min - below) + " (minimum " + min + ")", NODES.numberNode(min - below), field));
            }
        }
        if (schema.has("maximum")) {
            long max = schema.path("maximum").asLong();
            for (long above : generate(Arbitraries.longs().between(1, 1000), random)) {
                bad.add(new Bad((max + above) + " (maximum " + max + ")", NODES.numberNode(max + above), field));
            }
        }
        return bad;
    }

    private List<Bad> forString(JsonNode schema, boolean multiline, String valid, String field, Random random) {
        List<Bad> bad = new ArrayList<>();
        for (char control : controlCharacters(multiline, random)) {
            int at = generate(Arbitraries.integers().between(0, valid.length()), random).get(0);
            String value = valid.substring(0, at) + control + valid.substring(at);
            bad.add(new Bad("control character U+%04X at %d%s".formatted((int) control, at,
                    multiline ? " (multi-line field)" : ""), NODES.textNode(value), field));
        }
        bad.add(new Bad("an unpaired surrogate \\uD800", raw(json(valid).replaceFirst("\"$", "\\\\uD800\"")), field));
        if (schema.has("maxLength")) {
            int max = schema.path("maxLength").asInt();
            bad.add(new Bad((max + 1) + " characters (maxLength " + max + ")", NODES.textNode("a".repeat(max + 1)),
                    field));
            if (max < 100_000) {
                bad.add(new Bad("100000 characters", NODES.textNode("a".repeat(100_000)), field));
            }
        }
        if (schema.has("pattern") && ApiDocument.format(schema).isEmpty()) {
            bad.addAll(breakingPattern(schema.path("pattern").asText(), valid, field, random));
        }
        if (schema.path("enum").size() > 0) {
            bad.add(new Bad("a value not in the enum", NODES.textNode("NOT_A_LISTED_VALUE"), field));
        }
        switch (ApiDocument.format(schema)) {
            case "uuid" -> {
                bad.add(new Bad("not-a-uuid", NODES.textNode("not-a-uuid"), field));
                String uuid = withDigit(ApiDocument.uuid(random).toString());
                bad.add(new Bad("a UUID with a full-width digit", NODES.textNode(fullWidthFirstDigit(uuid)), field));
            }
            case "date" -> badDates(false, random).forEach(d -> bad.add(new Bad(d, NODES.textNode(d), field)));
            case "date-time" -> badDates(true, random).forEach(d -> bad.add(new Bad(d, NODES.textNode(d), field)));
            default -> {
            }
        }
        bad.add(new Bad("a number instead of a string", NODES.numberNode(12), field));
        bad.add(new Bad("an object instead of a string", NODES.objectNode(), field));
        bad.add(new Bad("an array instead of a string", NODES.arrayNode(), field));
        bad.add(new Bad("a boolean instead of a string", NODES.booleanNode(true), field));
        return bad;
    }

    /**
     * NUL always; LF too on a single-line field; then generated ones from C0 and C1 (on a
     * multi-line field TAB, LF and CR are allowed, so never chosen).
     */
    static List<Character> controlCharacters(boolean multiline, Random random) {
        List<Character> pool = new ArrayList<>();
        IntStream.rangeClosed(0x00, 0x1F).filter(c -> !multiline || (c != '\t' && c != '\n' && c != '\r'))
                .forEach(c -> pool.add((char) c));
        IntStream.rangeClosed(0x7F, 0x9F).forEach(c -> pool.add((char) c));
        Set<Character> chosen = new LinkedHashSet<>();
        chosen.add('\0');
        if (!multiline) {
            chosen.add('\n');
        }
        chosen.addAll(generate(Arbitraries.of(pool), random));
        return List.copyOf(chosen);
    }

    /** Values the pattern does not match anywhere, and the valid value with non-ASCII digits. */
    private List<Bad> breakingPattern(String pattern, String valid, String field, Random random) {
        Pattern compiled = Pattern.compile(pattern);
        List<Bad> bad = new ArrayList<>();
        Set<String> candidates = new LinkedHashSet<>(List.of(" ", "!", "x", "AB", "ab", "12", "1"));
        candidates.addAll(generate(Arbitraries.strings().alpha().numeric().withChars(" -+").ofMinLength(1)
                .ofMaxLength(12), random));
        candidates.stream().filter(c -> !compiled.matcher(c).find()).limit(GENERATED)
                .forEach(c -> bad.add(new Bad("\"" + c + "\" (pattern " + pattern + ")", NODES.textNode(c), field)));
        boolean aboutDigits = pattern.contains("\\d") || pattern.contains("0-9");
        if (aboutDigits && valid.chars().anyMatch(Character::isDigit)) {
            for (char zero : new char[] { '\uFF10', '\u0660' }) {
                String translated = translateDigits(valid, zero);
                bad.add(new Bad("\"" + translated + "\" (non-ASCII digits, pattern " + pattern + ")",
                        NODES.textNode(translated), field));
            }
        }
        return bad;
    }

    /** Dates the server must refuse: impossible ones, and years outside 1900..2199. */
    static List<String> badDates(boolean dateTime, Random random) {
        List<String> dates = new ArrayList<>(List.of("99999999-01-01", "-5000-01-01", "+10000-01-01",
                "0000-01-01", "2027-02-30", "2027-13-01", "1899-12-31", "2200-01-01"));
        dates.add(LocalDate.of(generate(Arbitraries.integers().between(-999_999, 1899), random).get(0), 6, 1)
                .toString());
        dates.add(LocalDate.of(generate(Arbitraries.integers().between(2200, 999_999), random).get(0), 6, 1)
                .toString());
        List<String> values = new ArrayList<>(dates.stream().map(d -> dateTime ? d + "T00:00:00Z" : d).toList());
        values.add(dateTime ? "2027-01-01T25:00:00Z" : "2027-01-01T25:00");
        if (dateTime) {
            values.add("2027-01-01T25:00");
            values.add("2027-01-01");
        }
        return values;
    }

    /** Query parameter values, per the parameter's schema. */
    List<String> forQuery(JsonNode rawSchema, Random random) {
        JsonNode schema = document.resolve(rawSchema);
        List<String> values = new ArrayList<>();
        switch (ApiDocument.type(schema)) {
            case "integer", "number" -> {
                values.addAll(List.of("abc", "\u0663", "\uFF11", "99999999999999999999"));
                if ("integer".equals(ApiDocument.type(schema))) {
                    values.add("1e3");
                    values.add("1.5");
                }
                if (!"int64".equals(ApiDocument.format(schema))) {
                    values.add("2147483648");
                }
                if (schema.has("minimum") && schema.path("minimum").asLong() >= 0) {
                    values.add("-1");
                }
                if (schema.has("maximum")) {
                    long max = schema.path("maximum").asLong();
                    generate(Arbitraries.longs().between(1, 1000), random).forEach(a -> values.add(String.valueOf(max + a)));
                }
            }
            case "boolean" -> values.add("abc");
            default -> {
                switch (ApiDocument.format(schema)) {
                    case "uuid" -> {
                        values.addAll(List.of("abc", "not-a-uuid", "\uFF11"));
                        values.add(fullWidthFirstDigit(withDigit(ApiDocument.uuid(random).toString())));
                    }
                    case "date", "date-time" -> values.addAll(badDates("date-time".equals(ApiDocument.format(schema)),
                            random));
                    default -> {
                        if (schema.path("enum").size() > 0) {
                            values.add("NOT_A_LISTED_VALUE");
                        }
                        if (schema.has("maxLength")) {
                            values.add("a".repeat(schema.path("maxLength").asInt() + 1));
                        }
                        controlCharacters(false, random).stream().filter(c -> c != '\0')
                                .forEach(c -> values.add("a" + c + "b"));
                    }
                }
            }
        }
        values.add("\0");
        return values;
    }

    static String json(String text) {
        try {
            return ApiDocument.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> generate(Arbitrary<T> arbitrary, Random random) {
        var generator = arbitrary.generator(GEN_SIZE);
        return IntStream.range(0, GENERATED).mapToObj(i -> generator.next(random).value()).toList();
    }

    private static String withDigit(String uuid) {
        return uuid.chars().anyMatch(Character::isDigit) ? uuid : "1" + uuid.substring(1);
    }

    private static String fullWidthFirstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return text.substring(0, i) + (char) ('\uFF10' + text.charAt(i) - '0') + text.substring(i + 1);
            }
        }
        return text;
    }

    static String translateDigits(String text, char zero) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : (char) c));
        return out.toString();
    }

    /** Sets {@code value} at the place in a copy of {@code base}, creating what leads there; null removes. */
    ObjectNode apply(ObjectNode base, Place place, JsonNode value, Random random) {
        ObjectNode body = base.deepCopy();
        JsonNode node = body;
        List<Object> segments = place.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            JsonNode child = get(node, segments.get(i));
            boolean wantArray = segments.get(i + 1) instanceof Integer;
            if (child == null || child.isNull() || (wantArray ? !child.isArray() : !child.isObject())) {
                child = document.sample(place.schemas().get(i), random);
                put(node, segments.get(i), child);
            }
            if (wantArray && child.size() == 0) {
                ((ArrayNode) child).add(document.sample(place.schemas().get(i + 1), random));
            }
            node = child;
        }
        Object last = segments.get(segments.size() - 1);
        if (value == null) {
            if (node instanceof ObjectNode object) {
                object.remove((String) last);
            }
        } else {
            put(node, last, value);
        }
        return body;
    }

    /** The valid value the base body holds at the place, or null. */
    static JsonNode current(ObjectNode base, Place place) {
        JsonNode node = base;
        for (Object segment : place.segments()) {
            node = node == null ? null : get(node, segment);
        }
        return node;
    }

    private static JsonNode get(JsonNode node, Object segment) {
        return segment instanceof Integer index ? node.get(index) : node.get((String) segment);
    }

    private static void put(JsonNode node, Object segment, JsonNode value) {
        if (segment instanceof Integer index) {
            ArrayNode array = (ArrayNode) node;
            while (array.size() <= index) {
                array.add(value);
            }
            array.set(index, value);
        } else {
            ((ObjectNode) node).set((String) segment, value);
        }
    }
}
