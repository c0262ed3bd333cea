package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

class PageSecurityBrowserTest extends BrowserTestSupport {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Page page = signedIn("anna", "/byra/kunder");
        for (String path : new String[] { "/byra/kunder", "/byra/kunder/ny", "/utloggad" }) {
            Response response = page.navigate(url(path));
            Map<String, String> headers = response.headers();
            String csp = headers.get("content-security-policy");
            assertThat(csp).as(path).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers.get("x-content-type-options")).as(path).isEqualTo("nosniff");
            assertThat(headers.get("referrer-policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.get("x-frame-options")).as(path).isEqualTo("DENY");
        }
        assertThat(page.context().cookies()).filteredOn(c -> c.name.startsWith("q_session"))
                .isNotEmpty().allMatch(c -> c.httpOnly);
    }

    @Test
    void aStateChangingRequestWithoutTheTokenOrFromAnotherSiteIsRefused() {
        Page page = signedIn("anna", "/byra/kunder/ny");
        String token = page.locator("input[name=_csrf]").first().inputValue();

        APIResponse withoutToken = page.context().request().post(url("/byra/kunder/ny"), RequestOptions.create()
                .setForm(newClient("Utan Token AB", null)).setHeader("Origin", stack.gatewayUrl())
                .setHeader("Sec-Fetch-Site", "same-origin").setMaxRedirects(0));
        assertThat(withoutToken.status()).isEqualTo(403);

        APIResponse crossSite = page.context().request().post(url("/byra/kunder/ny"), RequestOptions.create()
                .setForm(newClient("Annan Sajt AB", token)).setHeader("Origin", "http://evil.test")
                .setHeader("Sec-Fetch-Site", "cross-site").setMaxRedirects(0));
        assertThat(crossSite.status()).isEqualTo(403);

        // a real form on another site (the mail page, on 127.0.0.1) posting to the gateway: the
        // session cookie (SameSite=Lax) stays home and the origin check refuses it
        page.navigate(stack.mailPageUrl());
        Response refused = page.waitForResponse(response -> response.url().equals(url("/byra/kunder/ny")),
                () -> page.evaluate("([action, name]) => { const f = document.createElement('form');"
                        + " f.method = 'post'; f.action = action; for (const [k, v] of [['name', name],"
                        + " ['organisationNumber', '556036-0793'], ['contactName', 'X'], ['mainContact', '0'],"
                        + " ['action', 'save']]) { const i = document.createElement('input'); i.name = k;"
                        + " i.value = v; f.appendChild(i); } document.body.appendChild(f); f.submit(); }",
                        List.of(url("/byra/kunder/ny"), "Falsk Kund AB")));
        assertThat(refused.status()).isIn(302, 303, 403);
        page.waitForURL(address -> !address.startsWith(stack.mailPageUrl()));
        page.waitForLoadState();

        page.navigate(url("/byra/kunder?q=AB"));
        assertThat(mainText(page)).doesNotContain("Utan Token AB", "Annan Sajt AB", "Falsk Kund AB");
        Page list = signedIn("anna", "/byra/kunder?q=Falsk");
        assertThat(mainText(list)).doesNotContain("Falsk Kund AB");
    }

    private static FormData newClient(String name, String token) {
        FormData form = FormData.create().set("name", name).set("organisationNumber", "556036-0793")
                .set("contactId", "").set("contactName", "Test Testsson").set("contactEmail", "")
                .set("contactPhone", "").set("mainContact", "0").set("action", "save");
        return token == null ? form : form.set("_csrf", token);
    }
}
