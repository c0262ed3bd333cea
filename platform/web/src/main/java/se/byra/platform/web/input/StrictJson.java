package se.byra.platform.web.input;

import java.io.IOException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The input rules for every request body, in the one place all bodies pass: the JSON mapper.
 * A body is read strictly, so a value the OpenAPI document does not allow is refused, naming its
 * field, instead of being coerced ("12" for a number, 1.5 for a whole number, 1 for true), stored
 * as sent (control characters, year 99999), or failing later as a 500 (a null list element).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deeper than any body the services take; a deeper one is refused before it costs anything. */
    public static final int MAX_NESTING_DEPTH = 64;


    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
        // a list never holds null: [null, {...}] names the element instead of failing in the service
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));

        SimpleModule rules = new SimpleModule("platform-input-rules");
        rules.addDeserializer(String.class, new TextDeserializer(false));
        rules.addDeserializer(UUID.class, new UuidDeserializer());
        addPrimitive(rules, Primitive.ofBoolean());
        addPrimitive(rules, Primitive.ofInt());
        addPrimitive(rules, Primitive.ofLong());
        rules.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                        ? new BusinessDateDeserializer(deserializer)
                        : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer, description.getBeanClass());
            }
        });
        mapper.registerModule(rules);
    }

    @SuppressWarnings("unchecked")
    private static void addPrimitive(SimpleModule rules, Primitive primitive) {
        rules.addDeserializer((Class<Object>) primitive.handledType(), primitive);
    }

    /** Text as {@link TextRules} allows it; only a JSON string is a text. */
    static final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        TextDeserializer(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean annotated = property != null && MultiLine.marks(property.getAnnotation(Schema.class));
            return annotated == multiLine ? this : new TextDeserializer(annotated);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = parser.getText();
            Optional<String> broken = TextRules.violation(value, multiLine);
            if (broken.isPresent()) {
                throw new RejectedInputException(parser, broken.get());
            }
            return TextRules.normalise(value);
        }
    }

    /**
     * A primitive ({@code boolean}, {@code int}, {@code long}) left out takes its default, as its
     * schema says; an explicit {@code null} is refused, because the schema does not allow it
     * (Jackson's FAIL_ON_NULL_FOR_PRIMITIVES would refuse both).
     */
    static final class Primitive extends StdScalarDeserializer<Object> {

        private final Object absent;
        private final String messageKey;
        private final IoFunction<JsonParser, Object> read;
        private final Set<JsonToken> tokens;

        private Primitive(Class<?> type, Object absent, String messageKey, Set<JsonToken> tokens,
                IoFunction<JsonParser, Object> read) {
            super(type);
            this.absent = absent;
            this.messageKey = messageKey;
            this.tokens = tokens;
            this.read = read;
        }

        static Primitive ofBoolean() {
            return new Primitive(boolean.class, Boolean.FALSE, "value.boolean",
                    Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE), JsonParser::getBooleanValue);
        }

        static Primitive ofInt() {
            return new Primitive(int.class, 0, "value.integer", Set.of(JsonToken.VALUE_NUMBER_INT),
                    JsonParser::getIntValue);
        }

        static Primitive ofLong() {
            return new Primitive(long.class, 0L, "value.integer", Set.of(JsonToken.VALUE_NUMBER_INT),
                    JsonParser::getLongValue);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (tokens.contains(parser.currentToken())) {
                return read.apply(parser);
            }
            return context.handleUnexpectedToken(handledType(), parser);
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            throw new RejectedInputException(context.getParser(), messageKey);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return absent;
        }
    }

    @FunctionalInterface
    interface IoFunction<T, R> {
        R apply(T value) throws IOException;
    }

    /** The 36-character form only: Jackson would also take 24 characters of base64. */
    static final class UuidDeserializer extends StdScalarDeserializer<UUID> {

        UuidDeserializer() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String value = parser.getText();
            if (!TextRules.isUuid(value)) {
                throw new RejectedInputException(parser, "value.uuid");
            }
            return UUID.fromString(value);
        }
    }

    /**
     * An enum's value exactly as written: Jackson trims the text before it looks the constant up, so
     * {@code "\u0000sv"} or {@code "FULL\n"} would pass as {@code sv} and {@code FULL}.
     */
    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        private final Class<?> type;

        ExactEnumDeserializer(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String value = parser.getText();
                Optional<String> broken = TextRules.violation(value, false);
                if (broken.isPresent()) {
                    throw new RejectedInputException(parser, broken.get());
                }
                if (!value.equals(value.strip())) {
                    throw new RejectedInputException(parser, "value.enum",
                            Arrays.toString(type.getEnumConstants()));
                }
            }
            return super.deserialize(parser, context);
        }
    }

    /** Dates and times as ISO text within {@link BusinessDates}; no numbers or arrays for dates. */
    static final class BusinessDateDeserializer extends DelegatingDeserializer {

        BusinessDateDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BusinessDateDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            // Jackson trims a date's text of every character up to a space, control characters included
            Optional<String> broken = TextRules.violation(parser.getText(), false);
            if (broken.isPresent()) {
                throw new RejectedInputException(parser, broken.get());
            }
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !BusinessDates.inRange(temporal)) {
                throw new RejectedInputException(parser, "value.date.range", BusinessDates.EARLIEST,
                        BusinessDates.LATEST);
            }
            return value;
        }
    }
}
