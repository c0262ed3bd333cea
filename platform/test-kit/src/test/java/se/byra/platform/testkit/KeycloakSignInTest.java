package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;

/** A person signs in to the realm in Chromium, as the gateway will send them there. */
class KeycloakSignInTest {

    /** Stands in for the gateway: the page Keycloak sends the browser back to. */
    private static HttpServer gateway;

    @BeforeAll
    static void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/callback", exchange -> {
            byte[] body = "<!doctype html><html lang=\"sv\"><title>Inloggad</title><h1>Inloggad</h1></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void staffSignInOnTheSwedishLoginPageAndReturnToTheGatewayWithACode() {
        KeycloakServer keycloak = KeycloakServer.get();
        String callback = "http://localhost:" + gateway.getAddress().getPort() + "/callback";
        try (BrowserContext context = Browser.get().newContext()) {
            Page page = context.newPage();
            page.navigate(keycloak.issuer() + "/protocol/openid-connect/auth?" + query(Map.of(
                    "client_id", KeycloakServer.GATEWAY_CLIENT,
                    "response_type", "code",
                    "scope", "openid",
                    "redirect_uri", callback,
                    "state", "s1",
                    "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                    "code_challenge_method", "S256")));

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
            Browser.screenshot(page, "keycloak-login");
            page.getByLabel("Användarnamn eller e-post").fill("anna@demobyran.test");
            page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill("byra-demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();

            page.waitForURL(url -> url.startsWith(callback));
            assertThat(page.url()).contains("state=s1").contains("code=");
            assertThat(page.title()).isEqualTo("Inloggad");
        }
    }

    private static String query(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
