package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

class PortalBrowserTest extends BrowserTestSupport {

    @Test
    void aClientUserOfOneCompanyLandsOnItsPage() {
        Page page = signedIn("maria", "/");

        assertThat(page.url()).matches(url("/portal/foretag/") + "[0-9a-f-]{36}");
        assertThat(page.locator("h1").innerText()).isEqualTo("Bergs Bygg AB");
        // the demo's collaborations leave Maria an invitation to answer and a service to decide on
        assertThat(mainText(page)).contains("559102-4830", "Att göra", "Svara på inbjudan till samarbete i Lön",
                "Välj om ni vill fortsätta med Resor & utlägg på egen hand");
        checkPage(page, "portal-home");
    }

    @Test
    void aClientUserWhoOpensAnAgencyPageGetsA403PageAndNoData() {
        Page page = signedIn("maria", "/portal");

        Response response = page.navigate(url("/byra/kunder"));

        assertThat(response.status()).isEqualTo(403);
        String text = page.locator("body").innerText();
        assertThat(text).contains("Du har inte behörighet till sidan");
        assertThat(text).doesNotContain("Sandbergs Design AB", "559034-7117", "Lindholmens");
        checkPage(page, "forbidden-agency-page-for-client-user");

        Response overview = page.navigate(url("/byra/kunder/00000000-0000-0000-0000-000000000000"));
        assertThat(overview.status()).isEqualTo(403);
    }
}
