package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/** Every page at a phone's width: nothing scrolls sideways, nothing is inaccessible. */
class NarrowScreenBrowserTest extends BrowserTestSupport {

    @Test
    void theAgencysPagesFitA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "anna", "/byra/kunder");
        checkPage(page, "narrow-client-list");

        page.locator("main table a", new Page.LocatorOptions().setHasText("Norrlands Skog & Mark AB")).click();
        page.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        assertThat(mainText(page)).contains("Bokföring, bokslut och rådgivning");
        checkPage(page, "narrow-client-overview");

        page.navigate(url("/byra/kunder/ny"));
        page.locator(".button-group button[type=submit]").click();
        page.locator(".error-summary").waitFor();
        checkPage(page, "narrow-client-form-errors");

        page.navigate(url("/byra/samarbeten"));
        assertThat(mainText(page)).contains("Bergs Bygg AB");
        checkPage(page, "narrow-collaborations");
        page.locator("main table a", new Page.LocatorOptions().setHasText("Digitala fakturor & dokument")).first()
                .click();
        page.waitForURL(url -> url.matches(".*/byra/samarbeten/[0-9a-f-]{36}$"));
        checkPage(page, "narrow-collaboration");
    }

    @Test
    void aCompanysCollaborationsFitA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "maria", "/portal");
        page.locator(".task-list__link", new Page.LocatorOptions().setHasText("Lön")).click();
        page.waitForURL(url -> url.matches(".*/samarbeten/[0-9a-f-]{36}$"));
        assertThat(mainText(page)).contains("Villkor");
        checkPage(page, "narrow-portal-collaboration-invitation");
        page.navigate(page.url().replaceAll("/[0-9a-f-]{36}$", ""));
        checkPage(page, "narrow-portal-collaborations");
    }

    @Test
    void thePortalFitsA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "olof", "/portal");
        assertThat(mainText(page)).contains("Olof Sandberg");
        checkPage(page, "narrow-portal-home");

        page.navigate(url("/byra/kunder"));
        checkPage(page, "narrow-forbidden");
    }
}
