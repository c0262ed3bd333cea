package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

class ClientOverviewBrowserTest extends BrowserTestSupport {

    @Test
    void theOverviewShowsTheClientItsContactsEngagementsAndCollaborations() {
        Page page = openBergsBygg();

        assertThat(page.locator("h1").innerText()).isEqualTo("Bergs Bygg AB");
        String text = mainText(page);
        assertThat(text).contains("Kunduppgifter", "Verkstadsgatan 12", "Maria Berg", "Johan Berg",
                "Uppdrag", "Löpande bokföring och bokslut", "Lönehantering", "Samarbeten");
        assertThat(text).doesNotContain("kan inte visas just nu");
        checkPage(page, "client-overview");
    }

    @Test
    void withCollaborationServiceStoppedTheOverviewStillRendersAndSaysWhichPartIsMissing() {
        Page page = openBergsBygg();
        stack.stopService("collaboration-service");
        try {
            long began = System.nanoTime();
            page.reload();
            long millis = (System.nanoTime() - began) / 1_000_000;

            String text = mainText(page);
            assertThat(text).contains("Samarbeten kan inte visas just nu");
            assertThat(text).contains("Bergs Bygg AB", "Maria Berg", "Löpande bokföring och bokslut");
            assertThat(millis).as("the page waits at most the section's timeout").isLessThan(10_000);
            checkPage(page, "client-overview-collaborations-down");
        } finally {
            stack.startService("collaboration-service");
            // the gateway's circuit for the service opens while it is down: the next test must find it closed again
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).pollInSameThread()
                    .untilAsserted(() -> {
                        page.reload();
                        assertThat(mainText(page)).doesNotContain("kan inte visas just nu");
                    });
        }
    }

    private Page openBergsBygg() {
        Page page = signedIn("erik", "/byra/kunder?q=Bergs");
        page.locator("main table a", new Page.LocatorOptions().setHasText("Bergs Bygg AB")).click();
        page.waitForURL(url -> url.matches(".*/byra/kunder/[0-9a-f-]{36}$"));
        return page;
    }
}
