package se.byra.platform.testkit;

import static io.restassured.RestAssured.given;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/** Where the application under test serves health, metrics and its OpenAPI document. */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** {@code http://localhost:<management port>}, without Quarkus' {@code /q} root path. */
    public static String baseUri() {
        return URI.create(TestHTTPResourceManager.getManagementUri()).resolve("/").toString().replaceAll("/$", "");
    }

    /** A request to the management interface: {@code request().get("/q/health/ready")}. */
    public static RequestSpecification request() {
        return given().baseUri(baseUri()).port(-1);
    }
}
