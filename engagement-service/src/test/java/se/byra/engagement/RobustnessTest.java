package se.byra.engagement;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {

    /** The schema cannot say what a valid organisation number or a single main contact is. */
    @Override
    protected Map<String, Object> validBody(String method, String pathTemplate) {
        if (method.equals("POST") && pathTemplate.equals("/clients")) {
            return Agency.clientBody("Bageriet i Vårby AB", "556703-7485");
        }
        return super.validBody(method, pathTemplate);
    }
}
