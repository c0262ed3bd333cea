package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

class ClientRegisterBrowserTest extends BrowserTestSupport {

    @Test
    void aWrongOrganisationNumberShowsTheErrorAtTheFieldAndARightOneSaves() {
        Page page = signedIn("anna", "/byra/kunder");
        page.locator("a.button", new Page.LocatorOptions().setHasText("Registrera kund")).first().click();
        page.waitForURL(url -> url.endsWith("/byra/kunder/ny"));
        checkPage(page, "client-form-new");

        page.locator("#name").fill("Hjo Trädgård AB");
        page.locator("#organisationNumber").fill("556703-7486");
        page.locator("#street").fill("Strandvägen 5");
        page.locator("#postalCode").fill("544 30");
        page.locator("#city").fill("Hjo");
        page.locator("input[name=contactName]").first().fill("Greta Ek");
        page.locator("input[name=contactEmail]").first().fill("greta@hjotradgard.test");
        page.locator("input[name=mainContact]").first().check();
        page.locator(".button-group button[type=submit]").click();

        page.locator(".error-summary").waitFor();
        assertThat(page.locator(".error-summary a[href='#organisationNumber']").count()).isEqualTo(1);
        assertThat(page.locator("#organisationNumber-error").innerText()).isNotBlank();
        assertThat(page.locator("#name").inputValue()).isEqualTo("Hjo Trädgård AB");
        assertThat(page.title()).startsWith("Fel:");
        checkPage(page, "client-form-wrong-organisation-number");

        page.locator("#organisationNumber").fill("556703-7485");
        page.locator(".button-group button[type=submit]").click();

        page.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        assertThat(mainText(page)).contains("Kunden är registrerad", "Hjo Trädgård AB", "556703-7485", "Greta Ek");
        checkPage(page, "client-overview-after-register");

        page.navigate(url("/byra/kunder?q=hjo"));
        assertThat(mainText(page)).contains("Hjo Trädgård AB");
    }

    @Test
    void editingAClientSavesTheChangesAndSaysSo() {
        Page page = signedIn("anna", "/byra/kunder?q=Ekblom");
        page.locator("main table a", new Page.LocatorOptions().setHasText("Ekblom Tandvård AB")).click();
        page.locator("a[href$='/redigera']").click();
        page.waitForURL(url -> url.endsWith("/redigera"));
        checkPage(page, "client-form-edit");

        page.locator("#street").fill("Kungsgatan 24");
        page.locator(".button-group button[type=submit]").click();

        page.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        assertThat(mainText(page)).contains("Ändringarna är sparade", "Kungsgatan 24");
    }
}
