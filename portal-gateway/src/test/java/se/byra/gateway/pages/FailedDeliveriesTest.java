package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;

/** The agency's e-mails that could not be sent, for its administrators, and sending one again. */
@QuarkusTest
class FailedDeliveriesTest extends PageTest {

    private static final String PATH = "/byra/installningar/utskick";

    private final UUID erik = UUID.randomUUID();

    private void oneFailedDelivery() {
        notification.onJson("GET", "/deliveries", 200, Fixtures.page(List.of(
                Fixtures.failedDelivery(erik, "Erik Johansson", "erik@byran.test")), 0, 20, 1));
    }

    @Test
    void theFailedEmailsAreATableWithACaptionAndAResendButtonEach() {
        signInAdmin();
        oneFailedDelivery();

        Page page = browser.get(PATH);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Misslyckade utskick");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Mejl som inte kunde skickas");
        assertThat(html.select("thead th").eachText()).startsWith("Mottagare", "Ämne", "Kategori", "Försök",
                "Senaste fel", "Senaste försök");
        assertThat(html.select("tbody tr td").eachText()).startsWith("Erik Johansson erik@byran.test",
                "Välkommen till Byråplattformen", "Inbjudningar och inloggning", "5", "550 mailbox unavailable",
                "2026-03-02 kl. 10:15");
        Element resend = html.selectFirst("tbody form[method=post]");
        assertThat(resend.attr("action")).isEqualTo(PATH + "/" + erik + "/skicka-igen");
        assertThat(resend.selectFirst("input[name=_csrf]").val()).isNotBlank();
        assertThat(resend.selectFirst("button").text()).isEqualTo("Skicka igen mejlet till Erik Johansson");
        assertThat(html.select("nav a[aria-current=page]").eachText()).containsExactly("Byrån");
        assertThat(notification.requests()).singleElement().satisfies(request -> assertThat(request.query())
                .containsEntry("status", "FAILED").containsEntry("page", "0").containsEntry("size", "20"));
    }

    @Test
    void noFailedEmailsSaySo() {
        signInAdmin();
        notification.onJson("GET", "/deliveries", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document html = browser.get(PATH).html();

        assertThat(html.select("table")).isEmpty();
        assertThat(html.selectFirst(".empty-state .lead").text()).isEqualTo("Inga misslyckade utskick");
    }

    @Test
    void resendingCallsTheServiceAndSaysSo() {
        signInAdmin();
        oneFailedDelivery();
        notification.onJson("POST", "/deliveries/.*/resend", 202, Fixtures.with(
                Fixtures.failedDelivery(erik, "Erik Johansson", "erik@byran.test"), "status", "PENDING"));
        String token = browser.get(PATH).csrf();

        Page resent = browser.post(PATH + "/" + erik + "/skicka-igen", Form.of("_csrf", token));

        assertThat(resent.status()).isEqualTo(303);
        assertThat(resent.location()).contains(browser.base().resolve(PATH).toString());
        assertThat(notification.requests().stream().filter(r -> r.method().equals("POST")).toList())
                .singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/deliveries/" + erik + "/resend"));
        assertThat(browser.get(PATH).html().selectFirst(".notification-banner").text())
                .contains("Mejlet skickas igen.");
    }

    @Test
    void anEmailThatNoLongerFailedIsExplainedInWords() {
        signInAdmin();
        oneFailedDelivery();
        notification.onJson("POST", "/deliveries/.*/resend", 409, Fixtures.typedProblem("delivery-not-failed", 409));
        String token = browser.get(PATH).csrf();

        Page refused = browser.post(PATH + "/" + erik + "/skicka-igen", Form.of("_csrf", token));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst(".notice").text()).isEqualTo(
                "Mejlet behövde inte skickas igen: det har redan skickats eller väntar på att skickas.");
        assertThat(refused.html().select("tbody tr")).hasSize(1);
    }

    @Test
    void theAgencyPageLeadsAdministratorsHere() {
        engagement.onJson("GET", "/agency", 200, Fixtures.emptyAgency());
        signInAdmin();
        assertThat(browser.get("/byra/installningar/byra").html().selectFirst("main a[href=" + PATH + "]").text())
                .isEqualTo("Misslyckade utskick");

        browser = new se.byra.gateway.support.Browser();
        signInStaff();
        assertThat(browser.get("/byra/installningar/byra").html().select("main a[href=" + PATH + "]")).isEmpty();
    }

    @Test
    void staffWhoAreNotAdministratorsAndClientUsersGetTheForbiddenPage() {
        signInStaff();
        oneFailedDelivery();
        assertThat(browser.get(PATH).status()).isEqualTo(403);
        assertThat(browser.post(PATH + "/" + erik + "/skicka-igen", Form.of("_csrf",
                browser.get("/byra/kunder/ny").csrf())).status()).isEqualTo(403);

        browser = new se.byra.gateway.support.Browser();
        signInClientUser();
        Page page = browser.get(PATH);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(notification.requests()).isEmpty();
    }

    @Test
    void theListIsTheUnavailablePageWhenTheServiceIsDown() {
        signInAdmin();
        notification.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get(PATH);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
    }
}
