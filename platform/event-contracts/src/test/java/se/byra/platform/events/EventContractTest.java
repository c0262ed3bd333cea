package se.byra.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;

class EventContractTest {

    private static final Path ASYNCAPI = Path.of("../../docs/asyncapi.yaml");

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static Stream<EventType<?>> catalog() {
        return EventCatalog.all().stream();
    }

    @Test
    void everyCataloguedTypeHasASample() {
        assertThat(Samples.BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.all());
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theEventCatalogForOtherTeamsListsTheType(EventType<?> type) throws IOException {
        String asyncApi = Files.readString(ASYNCAPI);

        assertThat(asyncApi).contains("name: " + type.type())
                .contains("x-dataschema: " + type.dataschema())
                .contains("address: " + type.topic());
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void theEventCatalogShipsTheSchemaByARelativeReference(EventType<?> type) throws IOException {
        String reference = "../platform/event-contracts/src/main/resources/" + type.schemaResource();

        assertThat(Files.readString(ASYNCAPI)).contains("$ref: '" + reference + "'");
        Path referenced = ASYNCAPI.resolveSibling(reference).normalize();
        assertThat(referenced).exists();
        assertThat(EventJson.mapper().readTree(referenced.toFile())).isEqualTo(readSchemaNode(type));
    }

    @Test
    void typesAreUniqueByNameAndVersion() {
        Set<String> seen = new HashSet<>();
        EventCatalog.all().forEach(t -> assertThat(seen.add(t.type() + ":" + t.version())).as(t.toString()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void serialisedSampleValidatesAgainstItsSchema(EventType<?> type) {
        JsonNode json = EventJson.mapper().valueToTree(Samples.BY_TYPE.get(type));

        Set<ValidationMessage> errors = schemaOf(type).validate(json);

        assertThat(errors).as("%s against %s", type, type.schemaResource()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void schemaIdIsTheDataschemaOfTheType(EventType<?> type) {
        assertThat(readSchemaNode(type).path("$id").asText()).isEqualTo(type.dataschema().toString());
        assertThat(EventType.versionOf(type.dataschema(), type.type())).isEqualTo(type.version());
    }

    /** ajv, among others, refuses to compile a schema whose {@code $id} is not a valid URI. */
    @ParameterizedTest
    @MethodSource("catalog")
    void schemaIdAndDataschemaAreAbsoluteUrisOtherToolsAccept(EventType<?> type) {
        assertThat(AbsoluteUri.violation(readSchemaNode(type).path("$id").asText())).isEmpty();
        assertThat(AbsoluteUri.violation(type.dataschema().toString())).isEmpty();
        assertThat(type.dataschema()).hasScheme("tag");
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void schemaDescribesExactlyTheFieldsOfTheRecord(EventType<?> type) {
        Set<String> recordFields = Arrays.stream(type.payloadType().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> schemaFields = new HashSet<>();
        readSchemaNode(type).path("properties").fieldNames().forEachRemaining(schemaFields::add);

        assertThat(schemaFields).isEqualTo(recordFields);
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void sampleSurvivesARoundTrip(EventType<?> type) throws IOException {
        Object sample = Samples.BY_TYPE.get(type);
        byte[] bytes = EventJson.mapper().writeValueAsBytes(sample);

        assertThat(EventJson.mapper().readValue(bytes, type.payloadType())).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void payloadWithoutARequiredFieldIsRejectedBySchemaAndRecord(EventType<?> type) {
        ObjectNode json = EventJson.mapper().valueToTree(Samples.BY_TYPE.get(type));
        Iterator<JsonNode> required = readSchemaNode(type).path("required").elements();
        String firstRequired = required.next().asText();
        json.remove(firstRequired);

        assertThat(schemaOf(type).validate(json)).isNotEmpty();
        assertThatThrownBy(() -> EventJson.mapper().treeToValue(json, type.payloadType()))
                .hasMessageContaining(firstRequired);
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void formatsAreAssertedNotOnlyAnnotated(EventType<?> type) {
        ObjectNode json = EventJson.mapper().valueToTree(Samples.BY_TYPE.get(type));
        String uuidField = firstFieldWithFormat(type, "uuid");
        json.put(uuidField, "not-a-uuid");

        assertThat(schemaOf(type).validate(json)).extracting(ValidationMessage::getInstanceLocation)
                .map(Object::toString).contains("/" + uuidField);
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() throws IOException {
        EventType<?> type = EventCatalog.all().get(0);
        ObjectNode json = EventJson.mapper().valueToTree(Samples.BY_TYPE.get(type));
        json.put("addedInALaterRelease", "value");

        assertThat(EventJson.mapper().treeToValue(json, type.payloadType())).isEqualTo(Samples.BY_TYPE.get(type));
    }

    private static String firstFieldWithFormat(EventType<?> type, String format) {
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = readSchemaNode(type).path("properties").fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (format.equals(field.getValue().path("format").asText())) {
                return field.getKey();
            }
        }
        throw new AssertionError(type + " has no field with format " + format);
    }

    private static JsonSchema schemaOf(EventType<?> type) {
        try (InputStream in = open(type)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readSchemaNode(EventType<?> type) {
        try (InputStream in = open(type)) {
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(EventType<?> type) {
        InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(type.schemaResource());
        assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
        return in;
    }
}
