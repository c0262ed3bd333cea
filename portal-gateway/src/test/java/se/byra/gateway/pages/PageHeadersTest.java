package se.byra.gateway.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class PageHeadersTest extends PageTest {

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        signInStaff();
        URI issuer = URI.create(provider().issuer());

        for (Page page : List.of(browser.get("/byra/kunder/ny"), browser.get("/byra/finns-inte"),
                browser.get("/utloggad"))) {
            assertThat(page.headers().allValues("Content-Security-Policy")).as(page.toString()).containsExactly(
                    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            + "form-action 'self' " + issuer.getScheme() + "://" + issuer.getAuthority()
                            + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
            assertThat(page.header("Content-Security-Policy")).doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        }
    }

    @Test
    void theApiKeepsThePlatformsPolicy() {
        given().auth().oauth2(TestTokens.clientUser().token()).get("/api/me").then().statusCode(200)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void theStylesheetAndHtmxAreServedByTheGateway() {
        Page page = browser.get("/utloggad");
        String script = page.html().selectFirst("script[src]").attr("src");
        String stylesheet = page.html().selectFirst("link[rel=stylesheet]").attr("href");

        Page js = browser.get(script);
        Page css = browser.get(stylesheet);

        assertThat(script).matches("/webjars/htmx\\.org/2\\.[0-9.]+/dist/htmx\\.min\\.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.body()).contains("htmx");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains(".error-summary");
        assertThat(page.html().select("script[src]").eachAttr("src")).contains("/static/session.js");
        assertThat(browser.get("/static/session.js").body()).contains("htmx:responseError").contains("499");
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        signInStaff();

        for (String path : List.of("/byra/kunder/ny", "/utloggad", "/byra/finns-inte")) {
            Page page = browser.get(path);
            assertThat(page.html().select("script:not([src])")).as(path).isEmpty();
            assertThat(page.html().select("style, [style]")).as(path).isEmpty();
            assertThat(page.html().getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on") || a.getKey().startsWith("hx-on"))).as(path).isEmpty();
        }
    }
}
