package se.byra.engagement.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.ManagementInterface;

/** What the platform answers for every resource, before and around the resource's own code. */
@QuarkusTest
class HttpRulesTest {

    private final Agency agency = new Agency();

    @ParameterizedTest
    @CsvSource({ "page, abc", "size, 1e3", "page, ٣", "page, １", "page, 2147483648", "page, 99999999999999999999",
            "page, -1", "size, 0", "page, 2147483647" })
    void pagingParametersThatDoNotConvertOrFitAnswer400NamingThem(String parameter, String value) {
        agency.asStaff().queryParam(parameter, value).get("/clients")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aFilterThatIsNotAUuidAnswers400NamingIt() {
        agency.asStaff().queryParam("clientId", "klient-1").get("/engagements")
                .then().statusCode(400).body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void aClientAskingForXmlIsToldNotAcceptable() {
        agency.asStaff().accept("application/xml").get("/clients")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void aBodyOverTheLimitAnswers413WithAProblem() {
        String name = "a".repeat(1_100_000);

        overTheLimit(agency.asStaff()).body(Map.of("name", name)).post("/clients")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void securityHeadersAreOnEveryAnswer() {
        securityHeaders(agency.asStaff().get("/clients").then().statusCode(200));
        securityHeaders(agency.asStaff().queryParam("page", "x").get("/clients").then().statusCode(400));
        securityHeaders(given().get("/clients").then().statusCode(401));
        securityHeaders(agency.asStaff().get("/clients/" + UUID.randomUUID()).then().statusCode(404));
        securityHeaders(overTheLimit(agency.asStaff()).body(Map.of("name", "a".repeat(1_100_000))).post("/clients")
                .then().statusCode(413));
    }

    @Test
    void optionsListsExactlyTheMethodsAPathServes() {
        agency.asStaff().options("/clients")
                .then().statusCode(204).header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        agency.asStaff().options("/engagements/" + UUID.randomUUID() + "/letter/signature")
                .then().statusCode(204).header("Allow", equalTo("OPTIONS, POST"));
        agency.asStaff().options("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMethodAPathDoesNotServeAnswers405WithAllow() {
        agency.asStaff().delete("/clients/" + UUID.randomUUID())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT"));
    }

    @Test
    void metricsLabelRequestsWithRouteTemplatesNeverWithIds() {
        String id = UUID.randomUUID().toString();
        agency.asStaff().get("/clients/" + id).then().statusCode(404);
        given().get("/clients/" + id).then().statusCode(401);
        overTheLimit(agency.asStaff()).body(Map.of("name", "a".repeat(1_100_000)))
                .post("/engagements/" + id + "/letter/signature").then().statusCode(413);

        ManagementInterface.request().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/clients/{id}\""))
                .body(not(containsString(id)));
    }

    /** The server refuses by the Content-Length and closes: the client waits for that before writing. */
    private static RequestSpecification overTheLimit(RequestSpecification request) {
        return request.config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.protocol.expect-continue", true)));
    }

    private static void securityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store");
    }
}
