package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/** Which of the validator's messages fail a test, for which answers. */
class OpenApiContractFilterTest {

    private static final String SPEC = """
            {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
             "paths": {"/clients": {"post": {
               "requestBody": {"required": true, "content": {"application/json": {"schema": {
                 "type": "object", "required": ["name"],
                 "properties": {"name": {"type": "string", "maxLength": 5}}}}}},
               "responses": {
                 "201": {"description": "created", "content": {"application/json": {"schema": {
                   "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}},
                 "400": {"description": "bad", "content": {"application/problem+json": {"schema": {
                   "type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}}}}}}
            """;

    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForInlineApiSpecification(SPEC).build();

    private List<String> failures(SimpleRequest request, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType).withBody(body);
        }
        return OpenApiContractFilter.failures(status, validator.validateRequest(request),
                validator.validateResponse(request.getPath(), request.getMethod(), response.build()));
    }

    private static SimpleRequest post(String path, String body) {
        return SimpleRequest.Builder.post(path).withContentType("application/json").withBody(body).build();
    }

    @Test
    void aValidExchangePasses() {
        assertThat(failures(post("/clients", "{\"name\":\"ab\"}"), 201, "application/json", "{\"id\":\"1\"}"))
                .isEmpty();
    }

    @Test
    void aRequestBreakingTheContractIsFineWhenTheServerRefusesIt() {
        assertThat(failures(post("/clients", "{\"name\":\"too long\"}"), 400, "application/problem+json",
                "{\"status\":400}")).isEmpty();
    }

    @Test
    void aRequestBreakingTheContractFailsWhenTheServerAcceptsIt() {
        assertThat(failures(post("/clients", "{\"name\":\"too long\"}"), 201, "application/json", "{\"id\":\"1\"}"))
                .singleElement().asString().startsWith("[request]").contains("maxLength");
    }

    @Test
    void aResponseOutsideTheContractAlwaysFails() {
        assertThat(failures(post("/clients", "{\"name\":\"too long\"}"), 400, "application/problem+json", "{}"))
                .singleElement().asString().startsWith("[response]").contains("status");
        assertThat(failures(post("/clients", "{\"name\":\"ab\"}"), 201, "application/json", "{}"))
                .singleElement().asString().startsWith("[response]");
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(failures(post("/clients", "{\"name\":\"ab\"}"), 409, "application/problem+json", "{}"))
                .anySatisfy(f -> assertThat(f).contains("validation.response.status.unknown"));
    }

    @Test
    void anErrorAnsweredWithTheWrongContentTypeFails() {
        assertThat(failures(post("/clients", "{}"), 400, "text/html", "<html/>"))
                .anySatisfy(f -> assertThat(f).contains("validation.response.contentType.notAllowed"));
    }

    @Test
    void anUnknownPathAnswered404IsAProbeNotAFailure() {
        assertThat(failures(SimpleRequest.Builder.get("/nothing-here").build(), 404, "application/problem+json",
                "{\"status\":404}")).isEmpty();
    }

    @Test
    void anUnknownPathAnsweredAnythingElseFails() {
        assertThat(failures(SimpleRequest.Builder.get("/nothing-here").build(), 200, "application/json", "{}"))
                .anySatisfy(f -> assertThat(f).contains("path.missing"));
    }

    @Test
    void anUndocumentedMethodOnAKnownPathIsFineWhenAnswered405() {
        assertThat(failures(SimpleRequest.Builder.delete("/clients").build(), 405, null, null)).isEmpty();
        assertThat(failures(SimpleRequest.Builder.delete("/clients").build(), 204, null, null))
                .anySatisfy(f -> assertThat(f).contains("operation.notAllowed"));
    }

    @Test
    void warningsNeverFail() {
        ValidationReport warning = ValidationReport.singleton(ValidationReport.Message
                .create("validation.response.body.schema.format", "odd").build()
                .withLevel(ValidationReport.Level.WARN));
        assertThat(OpenApiContractFilter.failures(200, warning, warning)).isEmpty();
    }

    @Test
    void theMessageNamesTheCallTheStatusAndEachFailure() {
        String message = OpenApiContractFilter.describe(Request.Method.POST + " http://localhost:1/clients", 201,
                "application/json", List.of("[response] a", "[request] b"));

        assertThat(message).isEqualTo("""
                OpenAPI contract broken by POST http://localhost:1/clients -> 201 (application/json):
                  - [response] a
                  - [request] b""");
    }

    @Test
    void whatJacksonWritesForInstantsDatesAndUuidsPassesTheirFormats() {
        OpenApiInteractionValidator formats = OpenApiInteractionValidator.createForInlineApiSpecification("""
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": {
                  "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"t": {"type": "string", "format": "date-time"},
                    "d": {"type": "string", "format": "date"}, "u": {"type": "string", "format": "uuid"}}}}}}}}}}}
                """).build();
        for (String body : List.of("{\"t\": \"2026-11-23T14:40:14.492079658Z\"}", "{\"t\": \"2026-11-23T14:40:14Z\"}",
                "{\"t\": \"2026-11-23T14:40:14.492+01:00\"}", "{\"d\": \"2027-01-01\"}",
                "{\"u\": \"8b880bde-5be5-313b-84c8-aab646e5095c\"}")) {
            ValidationReport report = formats.validateResponse("/x", Request.Method.GET, SimpleResponse.Builder.ok()
                    .withContentType("application/json").withBody(body).build());
            assertThat(OpenApiContractFilter.failures(200, ValidationReport.empty(), report)).as(body).isEmpty();
        }
    }
}
