package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The agency's staff against the real stack: an administrator invites a new staff member, the
 * login is made (Keycloak), the invited person chooses a password from the mail the stack's
 * GreenMail received, signs in and sees the client register; then the administrator deactivates
 * them and they are shut out at once.
 */
class StaffBrowserTest extends BrowserTestSupport {

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

        Page nora = newPage(1280, 800);
        // Keycloak's "back to the application" leads to the agency UI (the return the service gives)
        choosePasswordAndSignIn(nora, setupLink(email), email);
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
}
