package se.byra.engagement.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.byra.platform.testkit.ManagementInterface;

/** The document other teams generate clients from says what the service really answers. */
@QuarkusTest
class OpenApiDocumentTest {

    private static ValidatableResponse document() {
        return ManagementInterface.request().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.0.3"));
    }

    @Test
    void creationIsDocumentedAs201WithWhatWasCreated() {
        document()
                .body("paths.'/clients'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ClientView"))
                .body("paths.'/engagements'.post.responses.'201'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/EngagementView"));
    }

    @Test
    void everyProblemAnAnswerCanBeIsDocumentedWithItsProblemBody() {
        document()
                .body("paths.'/clients'.post.responses.keySet()",
                        hasItems("201", "400", "401", "403", "406", "409", "413", "415", "500"))
                .body("paths.'/clients/{id}'.get.responses.keySet()", hasItems("200", "401", "403", "404", "406", "500"))
                .body("paths.'/clients/{id}'.put.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "406", "409", "413", "415", "500"))
                .body("paths.'/clients/{id}'.put.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ClientView"))
                .body("paths.'/engagements/{id}/letter/signature'.post.responses.keySet()", hasItems("200", "404", "409"))
                .body("paths.'/clients'.post.responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.errors.items.'$ref'",
                        equalTo("#/components/schemas/FieldError"));
    }

    @Test
    void theLogoIsDocumentedAsAnImageInAndOut() {
        document()
                .body("paths.'/agency/logo'.put.requestBody.content.keySet()", hasItems("image/png", "image/jpeg"))
                .body("paths.'/agency/logo'.put.requestBody.content.'image/png'.schema.format", equalTo("binary"))
                .body("paths.'/agency/logo'.put.responses.keySet()", hasItems("200", "403", "413", "415"))
                .body("paths.'/agency/logo'.put.responses.'415'.description", containsString("PNG or JPEG"))
                .body("paths.'/agency/logo'.get.responses.'200'.content.keySet()", hasItems("image/png", "image/jpeg"))
                .body("paths.'/agency/logo'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void theStaffDirectoryDocumentsItsRules() {
        document()
                .body("paths.'/staff'.post.responses.keySet()", hasItems("201", "400", "401", "403", "409"))
                .body("paths.'/staff/{id}/deactivation'.post.responses.'409'.description",
                        containsString("last active administrator"))
                .body("paths.'/staff'.get.parameters.find { it.name == 'q' }.schema.maxLength", equalTo(100))
                .body("components.schemas.Language.enum", hasItems("sv", "en"))
                .body("components.schemas.Permission.enum", hasItems("FULL", "OWN_CLIENTS"))
                .body("components.schemas.InviteStaff.required", hasItems("name", "email", "language", "permission"))
                .body("components.schemas.AgencyView.properties.name.nullable", equalTo(true))
                .body("components.schemas.UpdateAgency.properties.organisationNumber.pattern", notNullValue());
    }

    @Test
    void fieldsThatCanBeNullSaySo() {
        document()
                .body("components.schemas.ClientView.properties.clientManagerId.nullable", equalTo(true))
                .body("components.schemas.ClientView.properties.clientManagerId.format", equalTo("uuid"))
                .body("components.schemas.ClientView.properties.clientManagerName.nullable", equalTo(true))
                .body("components.schemas.ClientSummary.properties.clientManagerName.nullable", equalTo(true))
                .body("components.schemas.RegisterClient.properties.clientManagerId.format", equalTo("uuid"))
                .body("components.schemas.EngagementView.properties.ownerName.nullable", equalTo(true))
                .body("components.schemas.LetterView.properties.signedAt.nullable", equalTo(true))
                .body("components.schemas.EngagementView.properties.periodEnd.nullable", equalTo(true))
                .body("components.schemas.ClientView.required",
                        hasItems("id", "name", "clientManagerId", "clientManagerName", "version"))
                .body("components.schemas.ClientSummary.required", hasItems("version"))
                .body("components.schemas.ContactUpdate.properties.id.nullable", equalTo(true));
    }

    @Test
    void rulesTheServerEnforcesAreInTheSchema() {
        document()
                .body("components.schemas.RegisterClient.properties.organisationNumber.pattern", notNullValue())
                .body("components.schemas.RegisterClient.properties.organisationNumber.description",
                        containsString("Luhn"))
                .body("components.schemas.RegisterClient.properties.contacts.description",
                        containsString("exactly one"))
                .body("components.schemas.RegisterClient.properties.name.maxLength", equalTo(200))
                .body("components.schemas.CreateEngagement.properties.terms.x-multiline", equalTo("true"))
                .body("paths.'/clients'.get.parameters.find { it.name == 'page' }.schema.maximum", equalTo(10000))
                .body("paths.'/clients'.get.parameters.find { it.name == 'q' }.schema.maxLength", equalTo(100))
                .body("components.schemas.UpdateClient.required",
                        hasItems("name", "organisationNumber", "contacts", "version"))
                .body("components.schemas.UpdateClient.properties.contacts.description", containsString("exactly one"))
                .body("paths.'/clients'.post.responses.'400'.description", containsString("control characters"));
    }
}
