package se.byra.collaboration;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {
}
