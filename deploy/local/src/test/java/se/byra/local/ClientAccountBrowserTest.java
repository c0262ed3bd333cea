package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import se.byra.platform.testkit.Browser;

/**
 * The agency's side of client accounts against the real stack: Anna creates the account of a client that has
 * none (its main contact invited as the administrator) and invites a user to it; a client whose main contact has
 * no e-mail address says so in words, collaboration-service's own 422 included.
 */
class ClientAccountBrowserTest extends BrowserTestSupport {


    @Test
    void anAccountIsCreatedForAClientWithoutOneAndItsAdministratorIsInvited() {
        Page anna = openClient("Ekblom Tandvård AB");
        Locator users = anna.locator("section[aria-labelledby=users]");
        assertThat(users.innerText()).contains("Kunden har inget kundkonto ännu", "Karin Ekblom",
                "karin@ekblomtandvard.test");
        checkPage(anna, "client-overview-no-account");

        users.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Skapa kundkonto och bjud in administratören")).click();
        anna.locator(".notification-banner").waitFor();
        assertThat(anna.locator(".notification-banner").innerText()).contains("Kundkontot är skapat");
        Locator karin = row(anna, "karin@ekblomtandvard.test");
        assertThat(karin.innerText()).contains("Karin Ekblom", "Administratör");
        String stateAfterCreating = karin.locator(".badge").innerText();
        assertThat(stateAfterCreating).as("the login right after the account was made")
                .isIn("Inbjudan skickad", "Aktiv");
        checkPage(anna, "client-overview-account-created");

        users.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skicka inbjudan")).click();
        anna.waitForURL(url -> url.endsWith("/anvandare/ny"));
        assertThat(anna.locator(".error-summary").innerText()).contains("Ange personens namn",
                "Ange personens e-postadress", "Välj vilken roll personen får");
        checkPage(anna, "client-invite-errors");

        String email = "per." + UUID.randomUUID().toString().substring(0, 8) + "@ekblomtandvard.test";
        anna.locator("#name").fill("Per Ekblom");
        anna.locator("#email").fill(email);
        anna.locator("label[for=role]").click();
        anna.locator("main form button[type=submit]").click();
        anna.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        assertThat(anna.locator(".notification-banner").innerText()).contains("Inbjudan är klar");
        assertThat(row(anna, email).innerText()).contains("Per Ekblom", "Användare");
        checkPage(anna, "client-overview-user-invited");
    }

    @Test
    void aMainContactWithoutAnEmailAddressIsSaidInWordsAndTheServicesRefusalToo() {
        String name = "Utan E-post " + UUID.randomUUID().toString().substring(0, 6) + " AB";
        Page anna = signedIn("anna", "/byra/kunder/ny");
        anna.locator("#name").fill(name);
        anna.locator("#organisationNumber").fill(organisationNumber());
        anna.locator("input[name=contactName]").first().fill("Ulla Utan");
        anna.locator("input[name=mainContact]").first().check();
        anna.locator(".button-group button[type=submit]").click();
        anna.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        String overview = anna.url();

        Locator users = anna.locator("section[aria-labelledby=users]");
        assertThat(users.innerText()).contains("Ulla Utan", "Saknas",
                "Huvudkontakten saknar e-postadress. Lägg till den under Redigera kund först.");
        assertThat(users.locator("button").count()).as("no button that cannot work").isZero();
        assertThat(users.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Redigera kund"))
                .getAttribute("href")).isEqualTo(overview.substring(stack.gatewayUrl().length()) + "/redigera");
        checkPage(anna, "client-overview-main-contact-without-email");

        // a page opened before the e-mail address was removed still has the button: what the service says then
        String token = anna.locator("input[name=_csrf]").first().inputValue();
        AtomicReference<APIResponse> refused = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .untilAsserted(() -> {
                    refused.set(anna.request().post(overview + "/konto", RequestOptions.create()
                            .setForm(FormData.create().set("_csrf", token)).setMaxRedirects(0)));
                    assertThat(refused.get().status()).as("collaboration-service has heard of the client")
                            .isNotEqualTo(503);
                });
        assertThat(refused.get().status()).isEqualTo(422);
        assertThat(refused.get().text()).contains(
                "Huvudkontakten saknar e-postadress. Lägg till den under Redigera kund först.", "/redigera");

        users.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Redigera kund")).click();
        anna.waitForURL(url -> url.endsWith("/redigera"));
        anna.locator("input[name=contactEmail]").first().fill("ulla." + UUID.randomUUID().toString().substring(0, 8)
                + "@utanepost.test");
        anna.locator(".button-group button[type=submit]").click();
        anna.waitForURL(url -> url.equals(overview));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .untilAsserted(() -> {
                    anna.navigate(overview);
                    users.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                            .setName("Skapa kundkonto och bjud in administratören")).click();
                    anna.locator("main > .notice, .notification-banner").first().waitFor();
                    if (anna.locator("main > .notice").count() > 0) {
                        Browser.screenshot(anna, "client-overview-account-refused-while-the-change-travels");
                    }
                    assertThat(anna.locator(".notification-banner").innerText()).contains("Kundkontot är skapat");
                });
        assertThat(row(anna, "Ulla Utan").innerText()).contains("Administratör");
    }

    private Page openClient(String name) {
        Page page = signedIn("anna", "/byra/kunder?q=" + name.split(" ")[0]);
        page.locator("main table a", new Page.LocatorOptions().setHasText(name)).click();
        page.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        return page;
    }

    /** The users table's row of the person with this text (name or e-mail address). */
    private static Locator row(Page page, String text) {
        return page.locator("section[aria-labelledby=users] tbody tr", new Page.LocatorOptions().setHasText(text));
    }
}
