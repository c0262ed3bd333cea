package se.byra.gateway;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.OperationalEndpointsContract;

@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {

    /** No database and no broker: the gateway only composes the services. */
    @Override
    protected String[] readinessChecks() {
        return new String[0];
    }

    @Override
    protected boolean usesTheBroker() {
        return false;
    }

    @Override
    protected String expectedMetric() {
        return "jvm_memory_used_bytes";
    }
}
