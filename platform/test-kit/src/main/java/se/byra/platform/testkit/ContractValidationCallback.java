package se.byra.platform.testkit;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContractFilter} on REST Assured before each {@code @QuarkusTest} method,
 * so every service's tests are checked against its OpenAPI document without a line of their
 * own. Registered in {@code META-INF/services}; runs in the application's class loader, whose
 * REST Assured is the one the test uses. Adding is idempotent: once per class loader.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    /** Adds the filter to REST Assured's global filters unless it is there already. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(OpenApiContractFilter.class::isInstance)) {
            RestAssured.filters(new OpenApiContractFilter());
        }
    }
}
