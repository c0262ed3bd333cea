package se.byra.notification.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Calls to the service's API as the gateway makes them. Each call builds a new request: REST Assured's
 * specifications are mutable, so one is never shared between requests.
 */
public final class Api {

    public static final String BASE = "http://localhost:8080";
    public static final String PROBLEM = "application/problem+json";
    /** What the gateway takes: the answer, or the problem. */
    private static final String ACCEPT = "application/json, " + PROBLEM;

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ACCEPT);
    }

    /** No Authorization header at all. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ACCEPT);
    }

    /** A problem+json answer of this status. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
    }

    /** A 400 problem naming {@code field} among its errors. */
    public static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return problem(response, 400).body("type", equalTo("tag:byra.se,2026:problem:validation"))
                .body("errors.field", hasItem(field));
    }
}
