package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.byra.platform.testkit.Browser;

/**
 * The client portal against the real stack: a company's administrator invites a person, who chooses a password
 * from the mail Keycloak sent (read from the stack's GreenMail), signs in and sees the company; the administrator
 * then removes them. A person of two companies sees both and switches between them, without JavaScript too.
 */
class PortalUsersBrowserTest extends BrowserTestSupport {

    private static final String COMPANY_PAGE = ".*/portal/foretag/[0-9a-f-]{36}$";

    @Test
    void anAdministratorInvitesAPersonWhoSignsInAndSeesTheCompanyThenRemovesThem() {
        String email = "nils." + UUID.randomUUID().toString().substring(0, 8) + "@bergsbygg.test";
        Page maria = signedIn("maria", "/");
        maria.waitForURL(url -> url.matches(COMPANY_PAGE));
        assertThat(maria.locator("h1").innerText()).isEqualTo("Bergs Bygg AB");
        assertThat(mainText(maria)).contains("559102-4830", "Administratör", "Att göra");
        assertThat(maria.locator("nav").innerText()).contains("Översikt", "Samarbeten", "Användare");
        checkPage(maria, "portal-company");

        maria.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Användare")).click();
        maria.waitForURL(url -> url.endsWith("/anvandare"));
        assertThat(row(maria, "maria@bergsbygg.test").innerText()).contains("(du)", "Administratör", "Aktiv");
        assertThat(row(maria, "olof@sandbergsdesign.test").innerText()).contains("Olof Sandberg", "Användare");
        assertThat(row(maria, "maria@bergsbygg.test").locator("a").count()).as("no removing oneself").isZero();
        checkPage(maria, "portal-users");

        maria.locator("section[aria-labelledby=invite] button[type=submit]").click();
        maria.locator(".error-summary").waitFor();
        assertThat(maria.title()).startsWith("Fel:");
        assertThat(maria.locator(".error-summary").innerText()).contains("Ange personens namn",
                "Ange personens e-postadress", "Välj vilken roll personen får");
        checkPage(maria, "portal-users-invite-errors");
        maria.locator(".error-summary a[href='#role']").click();
        assertThat(maria.evaluate("() => document.activeElement.id")).isEqualTo("role");

        maria.locator("#name").fill("Nils Nyberg");
        maria.locator("#email").fill(email);
        maria.locator("label[for=role]").click();
        maria.locator("section[aria-labelledby=invite] button[type=submit]").click();
        maria.waitForURL(url -> url.endsWith("/anvandare"));
        assertThat(mainText(maria)).contains("Inbjudan är klar");
        assertThat(row(maria, email).innerText()).contains("Nils Nyberg", "Användare");
        assertThat(row(maria, email).locator(".badge").innerText()).isIn("Inbjudan skickad", "Aktiv");
        checkPage(maria, "portal-users-invited");

        Page nils = newPage(1280, 800);
        choosePasswordAndSignIn(nils, setupLink(email), email);
        nils.waitForURL(url -> url.matches(COMPANY_PAGE));
        assertThat(nils.locator("h1").innerText()).isEqualTo("Bergs Bygg AB");
        assertThat(nils.locator("header").innerText()).contains("Nils Nyberg");
        assertThat(nils.locator("nav").innerText()).doesNotContain("Användare");
        checkPage(nils, "portal-invited-signed-in");
        String company = nils.url();

        maria.reload();
        assertThat(row(maria, email).locator(".badge").innerText()).isEqualTo("Aktiv");
        row(maria, email).getByRole(AriaRole.LINK).click();
        maria.waitForURL(url -> url.endsWith("/ta-bort"));
        assertThat(maria.locator("h1").innerText()).isEqualTo("Ta bort Nils Nyberg från Bergs Bygg AB");
        assertThat(mainText(maria)).contains("Hen förlorar tillgången till Bergs Bygg AB direkt.",
                "Hens tillgång till andra företag påverkas inte.");
        checkPage(maria, "portal-remove-user");
        maria.locator("main form button.button--warning").click();
        maria.waitForURL(url -> url.endsWith("/anvandare"));
        assertThat(mainText(maria)).contains("Personen är borttagen").doesNotContain(email);
        checkPage(maria, "portal-users-removed");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                .untilAsserted(() -> {
                    nils.navigate(company);
                    assertThat(nils.locator("body").innerText()).doesNotContain("Bergs Bygg AB", "559102-4830");
                });
        Browser.screenshot(nils, "portal-removed-user");
    }

    @Test
    void aPersonOfTwoCompaniesSeesBothAndSwitchesBetweenThemWithoutJavaScript() {
        Page olof = newPage(1280, 800);
        // the portal's only script is htmx, from the webjar: without it the page is as without JavaScript
        olof.route("**/webjars/**", route -> route.abort());
        SignIn.as(olof, stack, "olof", "/");
        assertThat(olof.url()).isEqualTo(url("/portal"));
        assertThat(olof.locator("h1").innerText()).isEqualTo("Välkommen, Olof Sandberg");
        Locator companies = olof.locator("section[aria-labelledby=companies] tbody tr");
        assertThat(companies.allInnerTexts()).hasSize(2);
        assertThat(companies.nth(0).innerText()).contains("Bergs Bygg AB", "559102-4830", "Användare");
        assertThat(companies.nth(1).innerText()).contains("Sandbergs Design AB", "559034-7117", "Administratör");
        checkPage(olof, "portal-home-two-companies");

        companies.nth(0).getByRole(AriaRole.LINK).click();
        olof.waitForURL(url -> url.matches(COMPANY_PAGE));
        assertThat(olof.locator("h1").innerText()).isEqualTo("Bergs Bygg AB");
        assertThat(olof.locator("nav").innerText()).doesNotContain("Användare");
        assertThat(olof.locator("#foretag option:checked").innerText()).isEqualTo("Bergs Bygg AB");
        checkPage(olof, "portal-company-switcher");

        olof.locator("#foretag").selectOption(new SelectOption()
                .setLabel("Sandbergs Design AB"));
        olof.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt företag")).click();
        olof.waitForURL(url -> url.matches(COMPANY_PAGE));
        assertThat(olof.locator("h1").innerText()).isEqualTo("Sandbergs Design AB");
        assertThat(mainText(olof)).contains("559034-7117", "Administratör");
        assertThat(olof.locator("nav").innerText()).contains("Användare");
        checkPage(olof, "portal-company-switched");

        olof.locator("nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Användare")).click();
        olof.waitForURL(url -> url.endsWith("/anvandare"));
        assertThat(row(olof, "lisa@sandbergsdesign.test").innerText()).contains("Lisa Sandberg", "Användare");
        assertThat(row(olof, "lisa@sandbergsdesign.test").getByRole(AriaRole.LINK).innerText()).contains("Ta bort");

        olof.locator("#foretag").selectOption(new SelectOption()
                .setLabel("Bergs Bygg AB"));
        olof.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Byt företag")).click();
        olof.waitForURL(url -> url.matches(COMPANY_PAGE));
        olof.navigate(olof.url() + "/anvandare");
        assertThat(mainText(olof)).contains("Maria Berg", "Företagets administratörer bjuder in och tar bort användare.");
        assertThat(olof.locator("main a[href$='/ta-bort']").count()).isZero();
        assertThat(olof.locator("main form[method=post]").count()).isZero();
        checkPage(olof, "portal-users-as-user");
    }

    @Test
    void thePortalsUsersFitA375PixelScreen() {
        Page page = newPage(NARROW, 800);
        SignIn.as(page, stack, "maria", "/");
        page.waitForURL(url -> url.matches(COMPANY_PAGE));
        checkPage(page, "narrow-portal-company");

        page.navigate(page.url() + "/anvandare");
        page.locator("section[aria-labelledby=invite] button[type=submit]").click();
        page.locator(".error-summary").waitFor();
        checkPage(page, "narrow-portal-users-invite-errors");
    }

    /** The users table's row of the person with this e-mail address. */
    private static Locator row(Page page, String email) {
        return page.locator("main tbody tr", new Page.LocatorOptions().setHasText(email));
    }
}
