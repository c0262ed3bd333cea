package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.byra.platform.testkit.Browser;

/**
 * The agency's staff against the real stack: an administrator invites a new staff member, the
 * login is made (Keycloak), the invited person chooses a password from the mail the stack's
 * GreenMail received, signs in and sees the client register; then the administrator deactivates
 * them and they are shut out at once.
 */
class StaffBrowserTest extends BrowserTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The realm's policy: at least 12 characters, not the user name. */
    private static final String NEW_PASSWORD = "Nytt-lösenord-2026";
    /** Keycloak's set-password link in its mail (the plain-text part, as the mail page shows it). */
    private static final Pattern SETUP_LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anInvitedStaffMemberChoosesAPasswordFromTheMailSignsInAndIsShutOutWhenDeactivated() {
        String email = "nora." + UUID.randomUUID().toString().substring(0, 8) + "@demobyran.test";
        Page admin = signedIn("anna", "/byra/medarbetare");
        assertThat(admin.locator("h1").innerText()).isEqualTo("Medarbetare");
        assertThat(mainText(admin)).contains("Anna Lindqvist", "Erik Johansson", "Egna kunder");
        assertThat(row(admin, "anna@demobyran.test").innerText()).contains("(du)");
        checkPage(admin, "staff-list");

        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bjud in medarbetare")).first().click();
        admin.waitForURL(url -> url.endsWith("/byra/medarbetare/ny"));
        checkPage(admin, "staff-invite");

        admin.locator(".button-group button[type=submit]").click();
        admin.locator(".error-summary").waitFor();
        assertThat(admin.title()).startsWith("Fel:");
        checkPage(admin, "staff-invite-errors");
        admin.locator(".error-summary a[href='#permission']").click();
        assertThat(admin.evaluate("() => document.activeElement.id")).isEqualTo("permission");

        admin.locator("#name").fill("Nora Nyberg");
        admin.locator("#email").fill(email);
        admin.locator("label[for=permission]").click();
        admin.locator(".button-group button[type=submit]").click();
        admin.waitForURL(url -> url.endsWith("/byra/medarbetare"));
        assertThat(mainText(admin)).contains("Inbjudan är skickad", "Nora Nyberg");
        String stateAfterInvite = loginState(admin, email);
        checkPage(admin, "staff-list-invited");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .untilAsserted(() -> {
                    admin.reload();
                    assertThat(loginState(admin, email)).isEqualTo("Aktiv");
                });
        assertThat(stateAfterInvite).as("the login state right after the invitation").isIn("Inbjudan skickad", "Aktiv");
        checkPage(admin, "staff-list-login-active");

        String link = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> setupLink(email), Optional::isPresent).orElseThrow();
        Page nora = newPage(1280, 800);
        choosePassword(nora, link);
        // Keycloak's "back to the application" leads to the agency UI (the return the service gives)
        nora.locator("a", new Page.LocatorOptions().setHasText("Tillbaka till applikationen")).click();
        Locator signInForm = nora.locator("#username");
        signInForm.or(nora.locator("main#main")).first().waitFor();
        if (signInForm.isVisible()) {
            nora.locator("#username").fill(email);
            nora.locator("#password").fill(NEW_PASSWORD);
            nora.locator("#kc-login").click();
            nora.waitForURL(url -> url.startsWith(stack.gatewayUrl()));
        }
        assertThat(nora.locator("h1").innerText()).isEqualTo("Kunder");
        assertThat(nora.locator("header").innerText()).contains("Nora Nyberg");
        assertThat(mainText(nora)).contains("Bergs Bygg AB", "Sandbergs Design AB");
        checkPage(nora, "staff-invited-signed-in");

        admin.locator("main table a", new Page.LocatorOptions().setHasText("Nora Nyberg")).click();
        admin.waitForURL(url -> url.endsWith("/redigera"));
        assertThat(admin.locator("#email").inputValue()).isEqualTo(email);
        checkPage(admin, "staff-edit");
        admin.locator("a.button--warning").click();
        admin.waitForURL(url -> url.endsWith("/inaktivera"));
        assertThat(mainText(admin)).contains("Hen loggas ut direkt", "Hen kan inte logga in", "kundernas historik");
        checkPage(admin, "staff-deactivate");
        admin.locator("main form button[type=submit]").click();
        admin.waitForURL(url -> url.endsWith("/byra/medarbetare"));
        assertThat(mainText(admin)).contains("Medarbetaren är inaktiverad och utloggad");
        assertThat(row(admin, email).innerText()).contains("Inaktiverad", "Avstängd");

        nora.navigate(url("/byra/kunder"));
        assertThat(nora.locator("h1").innerText()).isEqualTo("Ditt konto har inte tillgång till det här");
        assertThat(nora.locator("body").innerText()).doesNotContain("Bergs Bygg AB");
        checkPage(nora, "staff-deactivated-shut-out");
    }

    @Test
    void anAdministratorCannotDeactivateThemselfAndStaffSeeNoActions() {
        Page admin = signedIn("anna", "/byra/medarbetare");
        row(admin, "anna@demobyran.test").locator("a").click();
        admin.waitForURL(url -> url.endsWith("/redigera"));
        assertThat(admin.locator("a.button--warning").count()).isZero();
        admin.navigate(admin.url().replace("/redigera", "/inaktivera"));
        assertThat(mainText(admin)).contains("Du kan inte inaktivera dig själv");
        assertThat(admin.locator("main form").count()).isZero();
        checkPage(admin, "staff-deactivate-self");

        Page erik = signedIn("erik", "/byra/medarbetare?status=aktiva");
        assertThat(mainText(erik)).contains("Anna Lindqvist").doesNotContain("Bjud in medarbetare");
        assertThat(erik.locator("main table a").count()).isZero();
        checkPage(erik, "staff-list-not-administrator");

        erik.navigate(url("/byra/medarbetare/ny"));
        assertThat(erik.locator("h1").innerText()).isEqualTo("Du har inte behörighet till sidan");
    }

    @Test
    void theStaffListFitsA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "anna", "/byra/medarbetare");
        checkPage(page, "narrow-staff-list");

        page.navigate(url("/byra/medarbetare/ny"));
        page.locator(".button-group button[type=submit]").click();
        page.locator(".error-summary").waitFor();
        checkPage(page, "narrow-staff-invite-errors");
    }

    /** The table row of the staff member with this e-mail address. */
    private static Locator row(Page page, String email) {
        return page.locator("main tbody tr", new Page.LocatorOptions().setHasText(email));
    }

    private static String loginState(Page page, String email) {
        return row(page, email).locator("td[data-label=Inloggning] .badge").innerText();
    }

    /** The link in the newest mail to {@code email}, once GreenMail has it. */
    private Optional<String> setupLink(String email) throws IOException, InterruptedException {
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

    /**
     * Keycloak's own pages from the mail's link: the list of what to do (with a link on), then the
     * new password twice.
     */
    private void choosePassword(Page page, String link) {
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
    }

    private String get(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response.body();
    }
}
