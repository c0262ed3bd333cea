package se.byra.local;

import com.microsoft.playwright.Page;

import se.byra.platform.testkit.Browser;

/** Signing in as a person does: open a page of the gateway, fill in Keycloak's own login page. */
final class SignIn {

    private SignIn() {
    }

    /**
     * Opens {@code path} on the gateway, signs in on Keycloak's page as {@code username} (the demo
     * password) and waits until the browser is back on the gateway.
     */
    static void as(Page page, Stack stack, String username, String path) {
        page.navigate(stack.gatewayUrl() + path);
        page.locator("#username").fill(username);
        page.locator("#password").fill(DemoData.DEMO_PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(stack.gatewayUrl()));
    }

    /** The login page Keycloak shows, for a screenshot. */
    static void screenshotLoginPage(Page page, Stack stack, String name) {
        page.navigate(stack.gatewayUrl() + "/byra/kunder");
        page.locator("#username").waitFor();
        Browser.screenshot(page, name);
    }
}
