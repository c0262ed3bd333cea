package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;

/** Chromium against a few pages the test serves itself. */
class BrowserTest {

    private static final String HEAD = """
            <!doctype html><html lang="sv"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
            <body><main><h1>%s</h1>%s</main></body></html>""";
    private static final Map<String, String> PAGES = Map.of(
            "/button", page("Knapp", """
                    <button id="save" type="button">Spara</button><p id="result" role="status"></p>
                    <script>document.getElementById('save').addEventListener('click',
                        () => document.getElementById('result').textContent = 'Sparat');</script>"""),
            "/unlabeled", page("Formulär", "<form><input id=\"email\" type=\"email\"></form>"),
            "/clean", page("Formulär", """
                    <form><label for="email">E-post</label><input id="email" type="email" autocomplete="email">
                    <button type="submit">Skicka</button></form>"""),
            "/wide", page("Tabell", "<div style=\"width: 1200px\">En rad som inte får plats på en telefon</div>"));

    private static HttpServer server;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void servePages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = PAGES.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServing() {
        server.stop(0);
    }

    @BeforeEach
    void openPage() {
        context = Browser.get().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void clickingAButtonRunsThePagesScript() {
        page.navigate(url("/button"));

        page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Spara")).click();

        assertThat(page.locator("#result").textContent()).isEqualTo("Sparat");
    }

    @Test
    void aScreenshotIsAPngInTheModulesTargetFolder() throws IOException {
        page.navigate(url("/button"));

        Path file = Browser.screenshot(page, "browser-test-button");

        assertThat(file).exists().hasFileName("browser-test-button.png");
        assertThat(file.getParent()).endsWith(Path.of("target", "screenshots"));
        byte[] signature = new byte[8];
        System.arraycopy(Files.readAllBytes(file), 0, signature, 0, 8);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void anUnlabeledInputIsASeriousAccessibilityViolation() {
        page.navigate(url("/unlabeled"));

        assertThat(Browser.seriousAccessibilityViolations(page))
                .singleElement().asString().startsWith("label (critical): ").endsWith(": #email");
    }

    @Test
    void aLabeledFormHasNoSeriousAccessibilityViolation() {
        page.navigate(url("/clean"));

        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void aPageWiderThanAPhoneScrollsSidewaysAtThatWidth() {
        try (BrowserContext phone = Browser.get().newContext(375, 812)) {
            Page narrow = phone.newPage();
            narrow.navigate(url("/wide"));
            assertThat(Browser.scrollsSideways(narrow)).isTrue();

            narrow.navigate(url("/clean"));
            assertThat(Browser.scrollsSideways(narrow)).isFalse();
        }
        page.navigate(url("/wide"));
        assertThat(Browser.scrollsSideways(page)).isFalse();
    }

    @Test
    void contextsSpeakSwedish() {
        page.navigate(url("/button"));

        assertThat(page.evaluate("() => navigator.language")).isEqualTo("sv-SE");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String page(String title, String content) {
        return HEAD.formatted(title, title, content);
    }
}
