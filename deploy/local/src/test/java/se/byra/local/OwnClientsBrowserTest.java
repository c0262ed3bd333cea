package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * A staff member with own-clients permission against the real stack: Erik sees the clients he manages or works on
 * and nothing else, another client's overview is the 404 page, and he sees the users of his clients' accounts.
 */
class OwnClientsBrowserTest extends BrowserTestSupport {

    @Test
    void erikSeesOnlyHisOwnClientsAndAnotherClientsOverviewIsNotFound() {
        Page anna = signedIn("anna", "/byra/kunder?q=Norrlands");
        String norrlands = anna.locator("main table a", new Page.LocatorOptions().setHasText("Norrlands Skog"))
                .getAttribute("href");

        Page erik = signedIn("erik", "/byra/kunder");
        assertThat(erik.locator("main tbody tr td:first-child a").allInnerTexts())
                .containsExactlyInAnyOrder("Bergs Bygg AB", "Lindholmens Café HB", "Sandbergs Design AB");
        checkPage(erik, "own-clients-list");

        Response notHis = erik.navigate(url(norrlands));
        assertThat(notHis.status()).isEqualTo(404);
        assertThat(erik.locator("h1").innerText()).isEqualTo("Sidan finns inte");
        assertThat(erik.locator("body").innerText()).doesNotContain("Norrlands", "556612-0936", "Per Holm");
        checkPage(erik, "own-clients-other-client-not-found");

        erik.navigate(url("/byra/kunder?q=Sandbergs"));
        erik.locator("main table a", new Page.LocatorOptions().setHasText("Sandbergs Design AB")).click();
        erik.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        assertThat(erik.locator("section[aria-labelledby=users]").innerText()).contains("Olof Sandberg",
                "Administratör", "Lisa Sandberg", "Användare");
        checkPage(erik, "own-clients-overview-users");
    }
}
