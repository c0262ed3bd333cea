package se.byra.engagement.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.Images;
import se.byra.platform.testkit.TestTokens;

/** PUT, GET and DELETE /agency/logo: PNG or JPEG as the bytes say, within the size limit. */
@QuarkusTest
class AgencyLogoTest {

    private final Agency agency = new Agency();

    private static RequestSpecification upload(String token, String contentType, byte[] image) {
        return given().auth().oauth2(token).contentType(contentType).accept("application/json").body(image);
    }

    private static RequestSpecification download(String token) {
        return given().auth().oauth2(token).accept("image/png, image/jpeg, application/problem+json");
    }

    @Test
    void aPngIsKeptAndServedAsPngWithNosniff() {
        byte[] png = Images.png();

        upload(agency.adminToken, "image/png", png).put("/agency/logo")
                .then().statusCode(200)
                .body("contentType", equalTo("image/png"))
                .body("size", equalTo(png.length));

        byte[] served = download(agency.staffToken).get("/agency/logo")
                .then().statusCode(200)
                .contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(served).isEqualTo(png);
    }

    @Test
    void theTypeComesFromTheBytesNotFromContentType() {
        byte[] jpeg = Images.jpeg();

        upload(agency.adminToken, "image/png", jpeg).put("/agency/logo")
                .then().statusCode(200).body("contentType", equalTo("image/jpeg"));

        download(agency.staffToken).get("/agency/logo").then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void theProfileDescribesTheLogo() {
        upload(agency.adminToken, "image/png", Images.png()).put("/agency/logo").then().statusCode(200);

        agency.asStaff().get("/agency").then().statusCode(200)
                .body("logo.contentType", equalTo("image/png"))
                .body("logo.size", equalTo(Images.png().length))
                .body("version", equalTo(0));
    }

    @Test
    void aNewLogoReplacesTheOld() {
        upload(agency.adminToken, "image/png", Images.png()).put("/agency/logo").then().statusCode(200);
        upload(agency.adminToken, "image/jpeg", Images.jpeg()).put("/agency/logo").then().statusCode(200);

        download(agency.staffToken).get("/agency/logo").then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void aGifRenamedPngIsRefusedWith415SayingWhatItIs() {
        upload(agency.adminToken, "image/png", Images.gif()).put("/agency/logo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("detail", containsString("PNG or JPEG"))
                .body("detail", containsString("a GIF image"))
                .body("errors[0].field", equalTo("body"));
        download(agency.staffToken).get("/agency/logo").then().statusCode(404);
    }

    @Test
    void anHtmlFileSentAsPngIsRefusedWith415() {
        upload(agency.adminToken, "image/png", Images.html()).put("/agency/logo")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("an HTML document"));
    }

    @Test
    void aTruncatedPngIsRefusedWith415() {
        upload(agency.adminToken, "image/png", Images.truncatedPng()).put("/agency/logo")
                .then().statusCode(415).body("detail", containsString("cut short or damaged"));
    }

    @Test
    void anEmptyBodyIsRefusedWith415() {
        upload(agency.adminToken, "image/png", new byte[0]).put("/agency/logo")
                .then().statusCode(415).body("detail", containsString("an empty body"));
    }

    @Test
    void aLogoOverTheLimitIsRefusedWith413NamingTheLimit() {
        byte[] large = Images.pngOfSize(600 * 1024);

        upload(agency.adminToken, "image/png", large).put("/agency/logo")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString(large.length + " bytes"))
                .body("detail", containsString("at most 524288 bytes"));
    }

    @Test
    void aLogoOfExactlyTheLimitIsKept() {
        byte[] largest = Images.pngOfSize(512 * 1024);
        assertThat(largest).hasSize(512 * 1024);

        upload(agency.adminToken, "image/png", largest).put("/agency/logo")
                .then().statusCode(200).body("size", equalTo(512 * 1024));
    }

    @Test
    void aTenMegabyteBodyIsRefusedBeforeItIsRead() {
        // the client waits for the server's verdict before writing, as a browser's upload would be cut off
        upload(agency.adminToken, "image/png", Images.pngOfSize(10 * 1024 * 1024))
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.protocol.expect-continue", true)))
                .put("/agency/logo")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void withoutALogoTheAnswerIs404Problem() {
        download(agency.staffToken).get("/agency/logo")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("The agency has no logo"));
    }

    @Test
    void anotherAgencysLogoIsNeverServed() {
        Agency other = new Agency();
        upload(other.adminToken, "image/png", Images.png()).put("/agency/logo").then().statusCode(200);

        download(agency.staffToken).get("/agency/logo").then().statusCode(404);
        agency.asStaff().get("/agency").then().body("logo", nullValue());
    }

    @Test
    void deletingTheLogoRemovesItAndDeletingNoneIsDoneAlready() {
        upload(agency.adminToken, "image/png", Images.png()).put("/agency/logo").then().statusCode(200);

        agency.asAdmin().delete("/agency/logo").then().statusCode(200).body("logo", nullValue());
        download(agency.staffToken).get("/agency/logo").then().statusCode(404);
        agency.asAdmin().delete("/agency/logo").then().statusCode(200).body("logo", nullValue());
    }

    @Test
    void staffWithoutTheAdministratorRoleMayLookButNotChangeIt() {
        upload(agency.adminToken, "image/png", Images.png()).put("/agency/logo").then().statusCode(200);

        upload(agency.staffToken, "image/jpeg", Images.jpeg()).put("/agency/logo")
                .then().statusCode(403).contentType("application/problem+json");
        agency.asStaff().delete("/agency/logo").then().statusCode(403).contentType("application/problem+json");
        download(agency.staffToken).get("/agency/logo").then().statusCode(200).contentType("image/png");
    }

    @Test
    void aClientUserCannotReachTheLogo() {
        String clientUser = TestTokens.clientUser().token();

        download(clientUser).get("/agency/logo").then().statusCode(403).contentType("application/problem+json");
        upload(clientUser, "image/png", Images.png()).put("/agency/logo").then().statusCode(403);
        Agency.as(clientUser).delete("/agency/logo").then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().accept("image/png, application/problem+json").get("/agency/logo").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType("image/png").body(Images.png()).put("/agency/logo").then().statusCode(401);
        Agency.anonymous().delete("/agency/logo").then().statusCode(401);
    }
}
