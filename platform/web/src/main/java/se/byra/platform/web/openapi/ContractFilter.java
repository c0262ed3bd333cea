package se.byra.platform.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import se.byra.platform.web.input.BusinessDates;
import se.byra.platform.web.problem.Problem;

/**
 * Makes each service's OpenAPI document tell the truth about what the platform answers, so that
 * every endpoint inherits it: every status an operation can answer because of the platform
 * (400, 401, 403, 404, 406, 413, 415, 500) is listed with its problem+json body; a status a
 * resource declares itself (409) gets the problem body too; response objects list every property
 * as required (the services always write them, null or not); and the input rules that no schema
 * keyword can say are in the 400 answer's description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String REF = "#/components/schemas/";

    private static final Map<String, String> PLATFORM_ANSWERS = new LinkedHashMap<>();

    static {
        PLATFORM_ANSWERS.put("400", ("Invalid request: `errors` names each field (a JSON path from the body's root, "
                + "such as `contacts[0].email`) or query parameter that is wrong, with a message in the caller's "
                + "language (Accept-Language, Swedish by default). Besides each schema's own rules, every request "
                + "follows these: text is well-formed Unicode without control characters (line breaks and tabs "
                + "only in fields marked `x-multiline: true`) and is stored in NFC; numbers and identifiers take "
                + "ASCII digits only; dates lie between %s and %s; a list never holds null; a number is never "
                + "given as text, nor text as a number, nor a name twice in one object.")
                .formatted(BusinessDates.EARLIEST, BusinessDates.LATEST));
        PLATFORM_ANSWERS.put("401", "No access token, or one that is not valid here.");
        PLATFORM_ANSWERS.put("403", "The token's roles do not allow this.");
        PLATFORM_ANSWERS.put("404", "Nothing at this address, or something that belongs to another agency.");
        PLATFORM_ANSWERS.put("406", "The Accept header allows no media type this operation answers with.");
        PLATFORM_ANSWERS.put("409", "The request conflicts with the current state, or lost a race with a "
                + "concurrent request; reload and try again.");
        PLATFORM_ANSWERS.put("413", "The request body is larger than the service accepts.");
        PLATFORM_ANSWERS.put("415", "The body is not application/json.");
        PLATFORM_ANSWERS.put("500", "An unexpected failure; `correlationId` finds it in the service's log.");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(FIELD_ERROR, fieldErrorSchema());
        api.getComponents().addSchema(PROBLEM, problemSchema());

        Set<String> requestSchemas = new HashSet<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                    (method, operation) -> document(api, path, item, operation, requestSchemas)));
        }
        requireResponseProperties(api, requestSchemas);
        inlineNullableReferences(api);
    }

    /**
     * A nullable property of a named type (a UUID, a date, an address) is {@code anyOf [ref, null]}
     * in the model, written as {@code allOf [ref] + nullable} for 3.0, which validators and client
     * generators read as "never null". Such a property gets the referenced schema inline instead,
     * with {@code nullable: true}.
     */
    private static void inlineNullableReferences(OpenAPI api) {
        Map<String, Schema> named = api.getComponents().getSchemas();
        for (Schema schema : named.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
                Schema target = nullableReference(property.getValue(), named);
                if (target != null) {
                    Schema inline = OASFactory.createSchema();
                    inline.setAll(target.getAll());
                    inline.addType(SchemaType.NULL);
                    if (property.getValue().getDescription() != null) {
                        inline.setDescription(property.getValue().getDescription());
                    }
                    schema.addProperty(property.getKey(), inline);
                }
            }
        }
    }

    private static Schema nullableReference(Schema property, Map<String, Schema> named) {
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return null;
        }
        Schema ref = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        boolean nullable = anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(SchemaType.NULL)));
        return ref == null || !nullable ? null : named.get(ref.getRef().substring(REF.length()));
    }

    private void document(OpenAPI api, String path, PathItem item, Operation operation, Set<String> requestSchemas) {
        boolean body = operation.getRequestBody() != null;
        if (body) {
            operation.getRequestBody().getContent().getMediaTypes().values()
                    .forEach(media -> collectRefs(api, media.getSchema(), requestSchemas));
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean queryParameters = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY
                || p.getIn() == Parameter.In.HEADER);
        boolean secured = (operation.getSecurity() != null && !operation.getSecurity().isEmpty())
                || (api.getSecurity() != null && !api.getSecurity().isEmpty());

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (body || queryParameters) {
            add(responses, "400");
        }
        if (secured) {
            add(responses, "401");
            add(responses, "403");
        }
        if (path.contains("{")) {
            add(responses, "404");
        }
        add(responses, "406");
        // any request can carry a body over the limit, whether the operation reads one or not
        add(responses, "413");
        if (body) {
            add(responses, "415");
        }
        add(responses, "500");
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                APIResponse answer = response.getValue();
                if (answer.getDescription() == null || answer.getDescription().isBlank()
                        || answer.getDescription().startsWith("Not ") || answer.getDescription().equals("Bad Request")) {
                    answer.setDescription(PLATFORM_ANSWERS.getOrDefault(response.getKey(), "A problem."));
                }
                answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(ref(PROBLEM))));
            }
        }
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(PLATFORM_ANSWERS.get(status)));
        }
    }

    /** Every component schema a request body reaches: those keep "required" as validation says. */
    private static void collectRefs(OpenAPI api, Schema schema, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                collectRefs(api, api.getComponents().getSchemas().get(name), names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collectRefs(api, p, names));
        }
        collectRefs(api, schema.getItems(), names);
        // a nullable reference is anyOf [ref, null] in the model (allOf + nullable once written as 3.0)
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(s -> collectRefs(api, s, names));
            }
        }
    }

    /**
     * A response object always carries all its properties (Jackson writes nulls); a property that
     * can be null says so ({@code nullable}), so a client generated from the document types it.
     */
    private static void requireResponseProperties(OpenAPI api, Set<String> requestSchemas) {
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (requestSchemas.contains(name) || PROBLEM.equals(name) || FIELD_ERROR.equals(name)
                    || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        });
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One field or parameter that is wrong.")
                .addProperty("field", string("A JSON path from the body's root (`contacts[0].email`), "
                        + "`body` for the body as a whole, or a parameter's name."))
                .addProperty("message", string("What is wrong, in the caller's language."))
                .required(List.of("field", "message"));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details.")
                .addProperty("type", string("A URI naming the kind of problem; `about:blank` when the status "
                        + "says it all.").format("uri"))
                .addProperty("title", string("A short summary of the kind of problem."))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong in this request."))
                .addProperty("instance", string("The resource concerned, when there is one.").format("uri"))
                .addProperty("correlationId", string("For a 500: the id under which the failure is logged."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }
}
