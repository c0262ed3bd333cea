package se.byra.cases;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Company;
import se.byra.cases.support.Files;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {

    private Company company;
    private Agency.Staff contact;

    /** The portal's operations are a client user's: the administrator of a company that has consented. */
    @Override
    protected String token(String method, String pathTemplate) {
        return portal(pathTemplate) ? company().administrator.token() : super.token(method, pathTemplate);
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameterName) {
        if (portal(pathTemplate) && parameterName.equals("clientId")) {
            return company().clientId.toString();
        }
        return super.pathValue(method, pathTemplate, parameterName);
    }

    /** A question goes to a staff member the company has received a case from. */
    @Override
    protected java.util.Map<String, Object> validBody(String method, String pathTemplate) {
        if (method.equals("POST") && pathTemplate.equals("/companies/{clientId}/cases")) {
            company();
            return java.util.Map.of("title", "Moms på hyra?", "description", "Ska vi ta ut moms?", "assigneeId",
                    contact.id());
        }
        return super.validBody(method, pathTemplate);
    }

    /** A file is downloaded as bytes. */
    @Override
    protected String accept(String method, String pathTemplate) {
        return method.equals("GET") && pathTemplate.endsWith("/attachments/{attachmentId}")
                ? "application/octet-stream" : super.accept(method, pathTemplate);
    }

    /** A file's body is the file itself. */
    @Override
    protected RawBody validRawBody(String method, String pathTemplate) {
        if (pathTemplate.endsWith("/attachments")) {
            return new RawBody("application/octet-stream", Files.PDF);
        }
        return super.validRawBody(method, pathTemplate);
    }

    private static boolean portal(String pathTemplate) {
        return pathTemplate.startsWith("/companies/") || pathTemplate.startsWith("/me/");
    }

    private Company company() {
        if (company == null) {
            Agency agency = new Agency();
            contact = agency.staff("Anna Lindqvist", "FULL");
            company = agency.consentingCompany();
            String id = contact.as().body(Agency.newCase(company.clientId, "INFORMATION", null)).post("/cases")
                    .then().statusCode(201).extract().path("id");
            contact.as().post("/cases/" + id + "/sending").then().statusCode(200);
        }
        return company;
    }
}
