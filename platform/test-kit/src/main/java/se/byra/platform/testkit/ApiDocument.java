package se.byra.platform.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An OpenAPI 3.0 document read as JSON, with what {@link RobustnessContract} needs: the
 * operations, schemas with {@code $ref} and {@code allOf} resolved, and valid sample values.
 */
final class ApiDocument {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;

    ApiDocument(String json) {
        try {
            this.root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI document is not JSON", e);
        }
    }

    /** One operation: {@code POST /clients}. */
    record Operation(String method, String path, JsonNode node, JsonNode requestSchema, List<Parameter> parameters,
            Set<String> statuses, boolean secured) {

        String name() {
            return method + " " + path;
        }

        /** Whether the document lists this status (or a {@code default} answer) for the operation. */
        boolean documents(int status) {
            return statuses.contains(String.valueOf(status)) || statuses.contains(status / 100 + "XX")
                    || statuses.contains("default");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        boolean globallySecured = root.path("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode p = resolve(parameter);
                        parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                                p.path("required").asBoolean(false), p.path("schema")));
                    }
                }
                JsonNode content = resolve(operation.path("requestBody")).path("content");
                JsonNode requestSchema = content.has("application/json")
                        ? content.path("application/json").path("schema") : null;
                Set<String> statuses = new LinkedHashSet<>();
                operation.path("responses").fieldNames().forEachRemaining(statuses::add);
                boolean secured = operation.has("security") ? operation.path("security").size() > 0 : globallySecured;
                operations.add(new Operation(method.toUpperCase(), path.getKey(), operation, requestSchema,
                        List.copyOf(parameters), statuses, secured));
            }
        }
        return operations;
    }

    /** Follows {@code $ref}s and merges {@code allOf}, keeping the referring node's own keywords. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return NODES.objectNode();
        }
        JsonNode resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 20; hops++) {
            String ref = resolved.path("$ref").asText();
            JsonNode target = root.at(ref.startsWith("#") ? ref.substring(1) : ref);
            if (target.isMissingNode()) {
                throw new IllegalStateException("Unresolvable $ref " + ref);
            }
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            resolved.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                }
            });
            resolved = merged;
        }
        if (resolved.has("allOf")) {
            ObjectNode merged = ((ObjectNode) resolved).deepCopy();
            merged.remove("allOf");
            for (JsonNode part : resolved.path("allOf")) {
                resolve(part).fields().forEachRemaining(f -> {
                    if (f.getValue().isObject() && merged.get(f.getKey()) instanceof ObjectNode into) {
                        into.setAll((ObjectNode) f.getValue());
                    } else if (f.getKey().equals("required") && merged.get("required") instanceof ArrayNode into) {
                        into.addAll((ArrayNode) f.getValue());
                    } else {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
            }
            resolved = merged;
        }
        return resolved;
    }

    static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    static String format(JsonNode schema) {
        return schema.path("format").asText("");
    }

    static boolean required(JsonNode objectSchema, String property) {
        for (JsonNode name : objectSchema.path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value the schema allows: its {@code example}, else the first enum value, a UUID, the date
     * 2027-01-01, a number within its bounds, a string honouring simple patterns and lengths, an
     * array of {@code max(1, minItems)} elements, an object of its required properties.
     */
    JsonNode sample(JsonNode schema, Random random) {
        return sample(schema, random, 0);
    }

    private JsonNode sample(JsonNode raw, Random random, int depth) {
        JsonNode schema = resolve(raw);
        String type = type(schema);
        if (schema.has("example") && !schema.path("example").isNull() && matchesType(schema.path("example"), type)) {
            return schema.path("example");
        }
        if (schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 8) {
                    for (JsonNode name : schema.path("required")) {
                        object.set(name.asText(), sample(schema.path("properties").path(name.asText()), random,
                                depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = Math.max(1, schema.path("minItems").asInt(0));
                for (int i = 0; i < size && depth < 8; i++) {
                    array.add(sample(schema.path("items"), random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(number(schema).longValue());
            }
            case "number" -> {
                return NODES.numberNode(number(schema));
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(string(schema, random));
            }
        }
    }

    private static boolean matchesType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
    }

    private static java.math.BigDecimal number(JsonNode schema) {
        java.math.BigDecimal value = java.math.BigDecimal.ONE;
        if (schema.has("minimum") && schema.path("minimum").decimalValue().compareTo(value) > 0) {
            value = schema.path("minimum").decimalValue();
        }
        if (schema.has("maximum") && schema.path("maximum").decimalValue().compareTo(value) < 0) {
            value = schema.path("maximum").decimalValue();
        }
        return value;
    }

    static String string(JsonNode schema, Random random) {
        String value = switch (format(schema)) {
            case "uuid" -> uuid(random).toString();
            case "date" -> "2027-01-01";
            case "date-time" -> "2027-01-01T00:00:00Z";
            case "email" -> "anna@example.se";
            default -> schema.has("pattern") ? matching(schema.path("pattern").asText(), random) : "x";
        };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    static UUID uuid(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return UUID.nameUUIDFromBytes(bytes);
    }

    private static final List<String> CANDIDATES = List.of("x", "Abc", "AB", "SE", "abc", "12345", "123 45", "1",
            "a1", "x@example.se", "+46 8 123 456 78", "2027-01-01");

    /** A string the (anchored, as Bean Validation reads it) pattern matches; simple patterns only. */
    static String matching(String pattern, Random random) {
        Pattern compiled = Pattern.compile(pattern);
        for (String candidate : CANDIDATES) {
            if (compiled.matcher(candidate).matches()) {
                return candidate;
            }
        }
        String generated = SimpleRegex.generate(pattern);
        return generated != null && compiled.matcher(generated).matches() ? generated : "x";
    }

    /** Builds a string for patterns of literals, classes and counted repeats: {@code \d{3} ?\d{2}}. */
    static final class SimpleRegex {

        private SimpleRegex() {
        }

        static String generate(String pattern) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            String p = pattern.replaceAll("^\\^|\\$$", "");
            while (i < p.length()) {
                char c = p.charAt(i);
                String atom;
                if (c == '\\' && i + 1 < p.length()) {
                    char e = p.charAt(i + 1);
                    atom = switch (e) {
                        case 'd' -> "1";
                        case 'w', 'S' -> "a";
                        case 's' -> " ";
                        default -> String.valueOf(e);
                    };
                    i += 2;
                } else if (c == '[') {
                    int end = p.indexOf(']', i);
                    if (end < 0 || p.charAt(i + 1) == '^') {
                        return null;
                    }
                    atom = String.valueOf(p.charAt(i + 1));
                    i = end + 1;
                } else if ("()|*+.".indexOf(c) >= 0) {
                    return null;
                } else {
                    atom = String.valueOf(c);
                    i++;
                }
                int times = 1;
                if (i < p.length() && p.charAt(i) == '?') {
                    times = 0;
                    i++;
                } else if (i < p.length() && p.charAt(i) == '{') {
                    int end = p.indexOf('}', i);
                    times = Integer.parseInt(p.substring(i + 1, end).split(",")[0].trim());
                    i = end + 1;
                } else if (i < p.length() && p.charAt(i) == '+') {
                    i++;
                }
                out.append(atom.repeat(times));
            }
            return out.toString();
        }
    }
}
