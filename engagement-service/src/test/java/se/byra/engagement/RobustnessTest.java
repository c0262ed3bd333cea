package se.byra.engagement;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.byra.engagement.support.Agency;
import se.byra.platform.testkit.RobustnessContract;

/** Generated bad input against every operation in this service's OpenAPI document. */
@QuarkusTest
class RobustnessTest extends RobustnessContract {

    private UUID clientId;

    /**
     * The schema cannot say what a valid organisation number or a single main contact is; and an
     * engagement needs a client of the caller's agency, so that values valid by the schema reach
     * the database (a title of exactly the longest length is stored, not refused by a column). An
     * update goes to that client, from its first version (once one has been saved, the rest are 409s).
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
        return super.validBody(method, pathTemplate);
    }

    @Override
    protected String pathValue(String method, String pathTemplate, String parameterName) {
        if (method.equals("PUT") && pathTemplate.equals("/clients/{id}")) {
            return client().toString();
        }
        return super.pathValue(method, pathTemplate, parameterName);
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
