package se.byra.engagement.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.events.EventCatalog;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.testkit.ManagementInterface;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.ProblemType;

/** Consumers in other stacks fetch the schema a record's ce_dataschema names from the management interface. */
@QuarkusTest
class EventSchemaEndpointTest {

    static Stream<EventType<?>> catalog() {
        return EventCatalog.all().stream();
    }

    private static String path(EventType<?> type) {
        return "/q/event-schemas/" + type.type() + "/v" + type.version() + ".json";
    }

    @ParameterizedTest
    @MethodSource("catalog")
    void everyCataloguedSchemaIsServedAsSchemaJson(EventType<?> type) throws IOException {
        String body = ManagementInterface.request().get(path(type))
                .then().statusCode(200)
                .contentType("application/schema+json")
                .body("$id", equalTo(type.dataschema().toString()))
                .extract().asString();

        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
            JsonNode resource = EventJson.mapper().readTree(in);
            assertThat(EventJson.mapper().readTree(body)).isEqualTo(resource);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "se.byra.engagement.EngagementSigned/v99.json",
            "se.byra.engagement.EngagementSigned/v1",
            "se.byra.engagement.NoSuchEvent/v1.json",
            "" })
    void anUnknownSchemaIsTheNotFoundProblem(String rest) {
        ManagementInterface.request().get("/q/event-schemas/" + rest)
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.NOT_FOUND.toString()))
                .body("status", equalTo(404));
    }

    @Test
    void thePublicPortDoesNotServeTheSchemas() {
        given().get(path(EventCatalog.all().get(0))).then().statusCode(404);
    }
}
