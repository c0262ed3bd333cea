package se.byra.platform.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * What operators rely on in every service: readiness that covers the database, the broker as a
 * health group and a gauge of its own,
 * liveness, the OpenAPI document and Prometheus metrics with the outbox's lag. A service's test
 * extends this and is annotated {@code @QuarkusTest}.
 */
public abstract class OperationalEndpointsContract {

    /** The readiness checks this service must report: its database, not the broker (the outbox waits for it). */
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check" };
    }

    /** Whether the service talks to the broker, and so reports it in the {@code broker} health group. */
    protected boolean usesTheBroker() {
        return true;
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
    void theBrokerIsAHealthGroupAndAGaugeOfItsOwn() {
        if (!usesTheBroker()) {
            ManagementInterface.request().get("/q/metrics").then().body(not(containsString("kafka_broker_up")));
            return;
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.request()
                .get("/q/health/group/broker").then().statusCode(200)
                .body("checks.name", hasItems("Kafka broker")));
        ManagementInterface.request().get("/q/health/ready").then()
                .body("checks.name", not(hasItems("Kafka broker")));
        ManagementInterface.request().get("/q/metrics").then().body(containsString("kafka_broker_up 1.0"));
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
        for (String path : new String[] { "/q/metrics", "/q/openapi", "/q/health", "/q/swagger-ui", "/q/dev-ui", "/q/event-schemas/" }) {
            given().get(path).then().statusCode(404);
        }
    }
}
