package se.byra.gateway;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.testkit.RobustnessContract;

/**
 * Generated bad input against every operation in the gateway's OpenAPI document, as an agency
 * administrator (the default token), who may call every operation the gateway has today.
 */
@QuarkusTest
class RobustnessTest extends RobustnessContract {
}
