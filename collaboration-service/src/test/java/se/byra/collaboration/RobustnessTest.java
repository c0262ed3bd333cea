package se.byra.collaboration;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {

    private Company company;

    /**
     * The portal's operations are a client user's: the administrator of a company with an account, so that
     * a valid invitation is stored (and values of the longest length reach the database) rather than refused.
     */
    @Override
    protected String token(String method, String pathTemplate) {
        return portal(pathTemplate) ? company().administratorToken() : super.token(method, pathTemplate);
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameterName) {
        if (portal(pathTemplate) && parameterName.equals("clientId")) {
            return company().clientId.toString();
        }
        return super.pathValue(method, pathTemplate, parameterName);
    }

    private static boolean portal(String pathTemplate) {
        return pathTemplate.startsWith("/companies/") || pathTemplate.startsWith("/me/");
    }

    private Company company() {
        if (company == null) {
            company = new Agency().company();
        }
        return company;
    }
}
