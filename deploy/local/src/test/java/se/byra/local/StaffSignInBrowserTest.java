package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.byra.platform.testkit.Browser;

class StaffSignInBrowserTest extends BrowserTestSupport {

    @Test
    void staffSignInOnKeycloaksOwnPageAndReachTheClientList() {
        Page page = newPage(1280, 800);
        page.navigate(url("/"));
        page.locator("#username").waitFor();
        assertThat(page.url()).startsWith(stack.keycloakIssuer());
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
        Browser.screenshot(page, "keycloak-login");

        SignIn.as(page, stack, "erik", "/");

        assertThat(page.url()).isEqualTo(url("/byra/kunder"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Kunder");
        assertThat(page.locator("header").innerText()).contains("Erik Johansson");
        assertThat(mainText(page)).contains("Bergs Bygg AB", "559102-4830", "Sandbergs Design AB");
        checkPage(page, "client-list");
    }

    @Test
    void searchingTheClientListFindsByNameAndOrganisationNumber() {
        Page page = signedIn("erik", "/byra/kunder");
        page.locator("#q").fill("sandberg");
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(url -> url.contains("q=sandberg"));
        assertThat(mainText(page)).contains("Sandbergs Design AB").doesNotContain("Bergs Bygg AB");

        page.navigate(url("/byra/kunder?q=969781"));
        assertThat(mainText(page)).contains("Lindholmens Café HB").doesNotContain("Sandbergs Design AB");
        checkPage(page, "client-list-search");

        page.navigate(url("/byra/kunder?q=finnsinte"));
        assertThat(mainText(page)).contains("finnsinte");
        checkPage(page, "client-list-no-match");
    }

    @Test
    void aSearchAfterTheSessionHasEndedLeadsToTheSignInAndBack() {
        Page page = signedIn("erik", "/byra/kunder");
        page.context().clearCookies();

        page.locator("#q").fill("sandberg");

        page.locator("#username").waitFor();
        assertThat(page.url()).startsWith(stack.keycloakIssuer());
        page.locator("#username").fill("erik");
        page.locator("#password").fill(DemoData.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(url("/byra/kunder")));
        assertThat(page.locator("h1").innerText()).isEqualTo("Kunder");
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = signedIn("anna", "/byra/kunder");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        page.waitForURL(url -> url.startsWith(url("/utloggad")));
        assertThat(mainText(page)).contains("Du är utloggad");
        checkPage(page, "signed-out");

        page.navigate(url("/byra/kunder"));
        page.locator("#username").waitFor();
        assertThat(page.url()).startsWith(stack.keycloakIssuer());
    }
}
