package se.byra.engagement;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.Images;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {

    private UUID clientId;
    private UUID staffId;

    /**
     * The schema cannot say what a valid organisation number or a single main contact is; and an
     * engagement needs a client of the caller's agency, so that values valid by the schema reach
     * the database (a title of exactly the longest length is stored, not refused by a column). An
     * update goes to that client, from its first version (once one has been saved, the rest are 409s); the
     * same for the agency's profile and a staff member.
     */
    @Override
    protected Map<String, Object> validBody(String method, String pathTemplate) {
        if (method.equals("POST") && pathTemplate.equals("/clients")) {
            return Agency.clientBody("Bageriet i Vårby AB", "556703-7485");
        }
        if (method.equals("PUT") && pathTemplate.equals("/clients/{id}")) {
            return Agency.updateBody("Robust Redovisning AB", "202100-5448", 0,
                    List.of(Agency.contact(null, "Anna Andersson", true)));
        }
        if (method.equals("POST") && pathTemplate.equals("/engagements")) {
            return Agency.engagementBody(client());
        }
        if (method.equals("PUT") && pathTemplate.equals("/agency")) {
            return Agency.profileBody("Robust Redovisning AB", "556703-7485", 0);
        }
        if (method.equals("POST") && pathTemplate.equals("/staff")) {
            return Agency.staffBody("Karin Revisor", "karin@byran.se", false);
        }
        if (method.equals("PUT") && pathTemplate.equals("/staff/{id}")) {
            return Agency.staffUpdate("Bo Berg", "bo@byran.se", true, 0);
        }
        return super.validBody(method, pathTemplate);
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameterName) {
        if (method.equals("PUT") && pathTemplate.equals("/clients/{id}")) {
            return client().toString();
        }
        if (method.equals("PUT") && pathTemplate.equals("/staff/{id}")) {
            return staffMember().toString();
        }
        return super.pathValue(method, pathTemplate, parameterName);
    }

    /** The logo's body is the image itself. */
    @Override
    protected RawBody validRawBody(String method, String pathTemplate) {
        if (method.equals("PUT") && pathTemplate.equals("/agency/logo")) {
            return new RawBody("image/png", Images.png());
        }
        return super.validRawBody(method, pathTemplate);
    }

    private UUID staffMember() {
        if (staffId == null) {
            staffId = UUID.fromString(given().auth().oauth2(token("POST", "/staff")).contentType(ContentType.JSON)
                    .body(Agency.staffBody("Bo Berg", "bo@byran.se", false)).post("/staff")
                    .then().statusCode(201).extract().path("id"));
        }
        return staffId;
    }

    private UUID client() {
        if (clientId == null) {
            clientId = UUID.fromString(given().auth().oauth2(token("POST", "/clients")).contentType(ContentType.JSON)
                    .body(Agency.clientBody("Robust Redovisning AB", "202100-5448")).post("/clients")
                    .then().statusCode(201).extract().path("id"));
        }
        return clientId;
    }
}
