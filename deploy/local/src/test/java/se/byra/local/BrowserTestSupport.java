package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import se.byra.platform.testkit.Browser;

/**
 * What the browser tests share: the running stack, a fresh browser context per person (its own
 * cookies), and the checks every page gets: a screenshot, no serious accessibility violation, no
 * sideways scrolling, no Content-Security-Policy violation in the console. And what an invited person does:
 * read Keycloak's set-password mail from the stack's GreenMail, choose a password, sign in.
 */
abstract class BrowserTestSupport {

    /** A phone's width: every page must be usable at it. */
    static final int NARROW = 375;

    /** The realm's policy: at least 12 characters, not the user name. */
    static final String NEW_PASSWORD = "Nytt-lösenord-2026";
    /** Keycloak's set-password link in its mail (the plain-text part, as the mail page shows it). */
    private static final Pattern SETUP_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static Stack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void startStack() {
        // the stack first: it tells its own processes apart from those started before it
        stack = RunningStack.get();
        Browser.get();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A page in a context of its own, signed in as {@code username}, at {@code path}. */
    Page signedIn(String username, String path) {
        Page page = newPage(1280, 800);
        SignIn.as(page, stack, username, path);
        return page;
    }

    Page newPage(int width, int height) {
        BrowserContext context = Browser.get().newContext(width, height);
        contexts.add(context);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        return page;
    }

    String url(String path) {
        return stack.gatewayUrl() + path;
    }

    /** The checks every page gets, and its screenshot under target/screenshots/{@code name}.png. */
    void checkPage(Page page, String name) {
        Browser.screenshot(page, name);
        assertThat(Browser.seriousAccessibilityViolations(page)).as("serious accessibility violations on " + name)
                .isEmpty();
        assertThat(Browser.scrollsSideways(page)).as(name + " scrolls sideways").isFalse();
        assertThat(consoleErrors).as("console errors on " + name).noneMatch(e -> e.contains("Content Security Policy"));
    }

    String mainText(Page page) {
        return page.locator("main").innerText();
    }

    /** The set-password link Keycloak mailed to {@code email}, once GreenMail has the mail (within a minute). */
    String setupLink(String email) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> newestSetupLink(email), Optional::isPresent).orElseThrow();
    }

    /**
     * Keycloak's own pages from the mail's link (the list of what to do, with a link on, then the new password
     * twice), then its "back to the application", and its sign-in page if it asks: the page ends on the gateway,
     * signed in as {@code email}.
     */
    void choosePasswordAndSignIn(Page page, String link, String email) {
        page.navigate(link);
        Locator newPassword = page.locator("#password-new");
        Locator proceed = page.locator("#kc-info-message a, #kc-content a").first();
        newPassword.or(proceed).first().waitFor();
        if (!newPassword.isVisible()) {
            Browser.screenshot(page, "keycloak-setup-actions");
            proceed.click();
        }
        newPassword.waitFor();
        Browser.screenshot(page, "keycloak-choose-password");
        newPassword.fill(NEW_PASSWORD);
        page.locator("#password-confirm").fill(NEW_PASSWORD);
        page.locator("input[type=submit], button[type=submit]").first().click();
        page.waitForLoadState();
        Browser.screenshot(page, "keycloak-password-chosen");
        page.locator("a", new Page.LocatorOptions().setHasText("Tillbaka till applikationen")).click();
        Locator signInForm = page.locator("#username");
        signInForm.or(page.locator("main#main")).first().waitFor();
        if (signInForm.isVisible()) {
            page.locator("#username").fill(email);
            page.locator("#password").fill(NEW_PASSWORD);
            page.locator("#kc-login").click();
            page.waitForURL(url -> url.startsWith(stack.gatewayUrl()));
        }
    }

    /** The subjects of the mails GreenMail received for the address, one a line. */
    String mailSubjects(String email) throws IOException, InterruptedException {
        StringBuilder subjects = new StringBuilder();
        for (JsonNode mail : JSON.readTree(get(stack.mailPageUrl() + "mails.json"))) {
            if (mail.path("to").asText().contains(email)) {
                subjects.append(mail.path("subject").asText()).append('\n');
            }
        }
        return subjects.toString();
    }

    private Optional<String> newestSetupLink(String email) throws IOException, InterruptedException {
        for (JsonNode mail : JSON.readTree(get(stack.mailPageUrl() + "mails.json"))) {
            if (mail.path("to").asText().contains(email)) {
                String text = get(stack.mailPageUrl() + "mails/" + mail.path("number").asInt());
                Matcher link = SETUP_LINK.matcher(text);
                if (link.find()) {
                    return Optional.of(link.group().replace("&amp;", "&"));
                }
            }
        }
        return Optional.empty();
    }

    /** A valid Swedish organisation number no demo client has: 5599xx-xxxx with its check digit. */
    /**
     * A client registered in engagement-service (there is no page for what the test sets up first), through the API
     * as the demo agency's administrator, with a complete address and its main contact; its id.
     */
    String registerClient(String name, String contact, String email) {
        ObjectNode client = JSON.createObjectNode().put("name", name).put("organisationNumber", organisationNumber());
        client.putObject("address").put("street", "Torget 1").put("postalCode", "111 22").put("city", "Stockholm")
                .put("country", "SE");
        client.putArray("contacts").addObject().put("name", contact).put("email", email).put("main", true);
        return engagementApi("POST", "/clients", client).path("id").asText();
    }

    /** A call to engagement-service's API as the demo agency's administrator; its answer (200 or 201). */
    JsonNode engagementApi(String method, String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("engagement-service") + path))
                .header("Authorization", "Bearer " + stack.demoAgencyToken()).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                    body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String organisationNumber() {
        String nine = "5599" + String.format("%05d", RANDOM.nextInt(100_000));
        int sum = 0;
        for (int i = 0; i < nine.length(); i++) {
            int digit = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
    }

    private String get(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response.body();
    }
}
