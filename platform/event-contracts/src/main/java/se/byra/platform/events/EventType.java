package se.byra.platform.events;

import java.net.URI;
import java.util.Objects;

/**
 * One version of one event type: its CloudEvents {@code type}, the payload record that carries
 * its data, the topic it is published on, and the JSON Schema that describes the payload.
 *
 * <p>Changes within a version are additive only (new optional fields). A breaking change is a
 * new version with its own record and schema, published alongside the old one until every
 * consumer has moved.
 *
 * @param <T> the payload record
 */
public record EventType<T>(String type, int version, Class<T> payloadType, String topic) {

    /**
     * A tag URI (RFC 4151) names each schema: a valid absolute URI that needs no registry and no
     * server behind it, which {@code $id} and {@code dataschema} require of an identifier.
     */
    static final String SCHEMA_PREFIX = "tag:byra.se,2026:event-schema:";

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(topic, "topic");
        if (!type.matches("se\\.byra\\.[a-z]+\\.[A-Z][A-Za-z]+")) {
            throw new IllegalArgumentException("event type must look like se.byra.<context>.<PastTenseName>: " + type);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    /** The CloudEvents {@code dataschema} and the schema's {@code $id}: names the schema and carries the version. */
    public URI dataschema() {
        return URI.create(SCHEMA_PREFIX + type + ":v" + version);
    }

    /** Where the JSON Schema of this version lies on the classpath. */
    public String schemaResource() {
        return "schemas/" + type + "/v" + version + ".json";
    }

    /** Reads the version back from a {@code dataschema}, or -1 when it is not one of ours. */
    public static int versionOf(URI dataschema, String type) {
        if (dataschema == null || type == null) {
            return -1;
        }
        String prefix = SCHEMA_PREFIX + type + ":v";
        String value = dataschema.toString();
        if (!value.startsWith(prefix) || !value.substring(prefix.length()).matches("[1-9][0-9]{0,8}")) {
            return -1;
        }
        return Integer.parseInt(value.substring(prefix.length()));
    }

    @Override
    public String toString() {
        return type + " v" + version;
    }
}
