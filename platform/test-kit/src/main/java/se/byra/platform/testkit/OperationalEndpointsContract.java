package se.byra.platform.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What operators rely on in every service: readiness that covers the database and the broker,
 * liveness, the OpenAPI document and Prometheus metrics with the outbox's lag. A service's test
 * extends this and is annotated {@code @QuarkusTest}.
 */
public abstract class OperationalEndpointsContract {

    /** The readiness checks this service must report; a service with an outbox has both. */
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check", "Kafka broker" };
    }

    /** A metric the service must expose. */
    protected String expectedMetric() {
        return "outbox_events_pending";
    }

    @Test
    void readinessIsUpAndCoversItsDependencies() {
        ManagementInterface.request().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks()));
    }

    @Test
    void livenessIsUp() {
        ManagementInterface.request().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theOpenApiDocumentIsServed() {
        ManagementInterface.request().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", notNullValue())
                .body("info.title", notNullValue());
    }

    @Test
    void metricsAreExposedForPrometheus() {
        ManagementInterface.request().get("/q/metrics").then().statusCode(200).body(containsString(expectedMetric()));
    }

    @Test
    void thePublicPortServesNoOperationalEndpoints() {
        for (String path : new String[] { "/q/metrics", "/q/openapi", "/q/health", "/q/swagger-ui", "/q/dev-ui" }) {
            given().get(path).then().statusCode(404);
        }
    }
}
