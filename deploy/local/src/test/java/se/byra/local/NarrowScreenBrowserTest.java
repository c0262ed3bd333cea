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
        page.locator(".task-list__link", new Page.LocatorOptions().setHasText("samarbete i Lön")).click();
        page.waitForURL(url -> url.matches(".*/samarbeten/[0-9a-f-]{36}$"));
        assertThat(mainText(page)).contains("Villkor");
        checkPage(page, "narrow-portal-collaboration-invitation");
        page.navigate(page.url().replaceAll("/[0-9a-f-]{36}$", ""));
        checkPage(page, "narrow-portal-collaborations");
    }

    @Test
    void casesFitA375PixelScreenOnBothSides() {
        Page anna = newPage(NARROW, 800);
        SignIn.as(anna, stack, "anna", "/byra/arenden");
        assertThat(mainText(anna)).contains("Underlag till bokslutet 2026");
        checkPage(anna, "narrow-cases-board");
        anna.locator("main table a", new Page.LocatorOptions().setHasText("Underlag till bokslutet 2026")).click();
        anna.waitForURL(url -> url.matches(".*/byra/arenden/[0-9a-f-]{36}$"));
        checkPage(anna, "narrow-case");

        Page maria = newPage(NARROW, 800);
        SignIn.as(maria, stack, "maria", "/portal");
        maria.locator(".task-list__link", new Page.LocatorOptions().setHasText("Uppgifter till januarilönerna"))
                .click();
        maria.waitForURL(url -> url.matches(".*/arenden/[0-9a-f-]{36}$"));
        assertThat(mainText(maria)).contains("Ditt svar");
        checkPage(maria, "narrow-portal-case-form");
        maria.navigate(maria.url().replaceAll("/[0-9a-f-]{36}$", ""));
        checkPage(maria, "narrow-portal-cases");
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
