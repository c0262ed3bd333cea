package se.byra.cases;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.OperationalEndpointsContract;

@QuarkusTest
class OperationalEndpointsTest extends OperationalEndpointsContract {
}
