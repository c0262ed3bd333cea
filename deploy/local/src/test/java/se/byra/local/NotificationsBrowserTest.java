package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Notifications against the real stack: an open page hears of a signed engagement letter without a reload, the
 * bell counts it, opening it leads to the client; preferences; the administrator's failed e-mails; the portal's
 * notifications of a client user.
 */
class NotificationsBrowserTest extends BrowserTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BERGS_BYGG = "559102-4830";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOpenNotificationsPageShowsANewNotificationAndCountWithoutAReload() throws Exception {
        Page page = signedIn("anna", "/byra/notiser");
        assertThat(page.locator("h1").innerText()).isEqualTo("Notiser");
        assertThat(mainText(page)).contains("Välkommen till Demobyrån Redovisning AB");
        Locator count = page.locator("header [data-unread-count]");
        // the stream's first event is the count; the demo data's signed letters are Anna's as owner
        page.waitForFunction("() => document.querySelector('header [data-unread-count]').textContent !== ''");
        int before = Integer.parseInt(count.textContent().isBlank() ? "0" : count.textContent());
        checkPage(page, "notifications-agency");

        String title = "Bokslut " + UUID.randomUUID().toString().substring(0, 8);
        String clientId = signEngagementOwnedByAnna(title);

        Locator newest = page.locator("[data-notice-list] li").first();
        newest.locator("text=" + title).waitFor();
        assertThat(newest.innerText()).contains("Bergs Bygg AB: uppdragsbrevet är signerat", title,
                "Uppdragsbrev som signerats", " kl. ");
        page.waitForFunction("n => document.querySelector('header [data-unread-count]').textContent === String(n)",
                before + 1);
        assertThat(page.locator("[role=status]").innerText()).contains("Ny notis");
        checkPage(page, "notifications-agency-live");

        newest.locator("a").first().click();
        page.waitForURL(url -> url.endsWith("/byra/kunder/" + clientId));
        page.waitForFunction("n => document.querySelector('header [data-unread-count]').textContent === String(n)"
                + " || (n === 0 && document.querySelector('header [data-unread-count]').hidden)", before);
    }

    @Test
    void aStaffMemberTurnsOffOptionalEmailButNotTheMandatoryOnes() {
        Page page = signedIn("erik", "/byra/notiser/installningar");
        assertThat(mainText(page)).contains("Inbjudningar och inloggning");
        Locator mandatory = page.locator("input[type=checkbox][disabled]");
        assertThat(mandatory.count()).isEqualTo(2);
        checkPage(page, "notification-preferences");

        Locator engagement = page.locator("input[type=checkbox]:not([disabled])").first();
        engagement.uncheck();
        page.locator("main button[type=submit]").click();
        page.waitForLoadState();
        assertThat(mainText(page)).containsIgnoringCase("sparad");
        assertThat(page.locator("input[type=checkbox]:not([disabled])").first().isChecked()).isFalse();
        page.locator("input[type=checkbox]:not([disabled])").first().check();
        page.locator("main button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("input[type=checkbox]:not([disabled])").first().isChecked()).isTrue();
    }

    @Test
    void theAdministratorFindsTheFailedEmailsFromTheAgencyPage() {
        Page page = signedIn("anna", "/byra/installningar/byra");
        page.locator("main a[href='/byra/installningar/utskick']").click();
        page.waitForURL(url -> url.endsWith("/byra/installningar/utskick"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Misslyckade utskick");
        checkPage(page, "failed-deliveries");
    }

    @Test
    void aClientUserReadsTheirInvitationAmongTheirNotifications() {
        Page page = signedIn("maria", "/portal/notiser");
        assertThat(page.locator("h1").innerText()).isEqualTo("Notiser");
        assertThat(mainText(page)).contains("Du har tillgång till Bergs Bygg AB");
        page.waitForFunction("() => document.querySelector('header [data-unread-count]') !== null");
        checkPage(page, "notifications-portal");

        Page narrow = newPage(NARROW, 800);
        SignIn.as(narrow, stack, "maria", "/portal/notiser/installningar");
        checkPage(narrow, "narrow-notification-preferences-portal");
    }

    /** A new engagement of Bergs Bygg owned by Anna, its letter signed (through engagement-service's API): its id. */
    private String signEngagementOwnedByAnna(String title) throws IOException, InterruptedException {
        String token = stack.demoAgencyToken();
        String anna = call(token, "GET", "/staff?q=anna%40demobyran.test", null).path("items").get(0).path("id").asText();
        JsonNode client = call(token, "GET", "/clients?q=" + BERGS_BYGG.replace("-", ""), null).path("items").get(0);
        ObjectNode engagement = JSON.createObjectNode().put("clientId", client.path("id").asText()).put("title", title)
                .put("periodStart", LocalDate.now().withDayOfYear(1).toString())
                .put("terms", "Byrån upprättar bokslut och årsredovisning.").put("ownerId", anna);
        String id = call(token, "POST", "/engagements", engagement).path("id").asText();
        call(token, "POST", "/engagements/" + id + "/letter/signature", null);
        return client.path("id").asText();
    }

    private JsonNode call(String token, String method, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("engagement-service") + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
