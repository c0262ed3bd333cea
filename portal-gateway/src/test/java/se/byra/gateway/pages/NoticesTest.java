package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Request;
import se.byra.gateway.support.ServiceStub;

/** The signed-in user's notifications and e-mail choices, on the agency's side and in the portal. */
@QuarkusTest
class NoticesTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID signed = UUID.randomUUID();
    private final UUID invited = UUID.randomUUID();

    /** Two notifications: an unread one about a signed letter (linking to a client), a read invitation. */
    private void twoNotifications() {
        notification.onJson("GET", "/me/notifications", 200, Fixtures.page(List.of(
                Fixtures.notification(signed, "ENGAGEMENT", "Uppdragsbrevet är signerat",
                        browser.base().resolve("/byra/kunder/" + agency).toString(), null),
                Fixtures.notification(invited, "INVITATION", "Välkommen till byrån", null, "2026-03-02T09:00:00Z")),
                0, 20, 2));
    }

    private Request only(String method) {
        return notification.requests().stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow();
    }

    @Test
    void theNotificationsAreAListNewestFirstTheUnreadMarkedInWords() {
        signInStaff();
        twoNotifications();

        Page page = browser.get("/byra/notiser");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Notiser");
        assertThat(html.title()).isEqualTo("Notiser – Byråplattformen");
        List<Element> items = html.select("ol.notice-list > li");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).selectFirst(".badge").text()).isEqualTo("Oläst");
        assertThat(items.get(0).selectFirst("h2 a").text()).isEqualTo("Uppdragsbrevet är signerat");
        assertThat(items.get(0).selectFirst("h2 a").attr("href")).startsWith("/byra/notiser/" + signed + "?till=");
        assertThat(items.get(0).text()).contains("Sammanfattning av Uppdragsbrevet är signerat")
                .contains("2026-03-02 kl. 09:30").contains("Uppdragsbrev som signerats");
        assertThat(items.get(1).select(".badge")).as("a read one has no badge").isEmpty();
        assertThat(items.get(1).selectFirst("h2 a").attr("href")).isEqualTo("/byra/notiser/" + invited);
        assertThat(items.get(1).text()).contains("Inbjudningar och inloggning");
        Element markAll = html.selectFirst("main form[action=/byra/notiser/markera-lasta]");
        assertThat(markAll.attr("method")).isEqualTo("post");
        assertThat(markAll.selectFirst("input[name=_csrf]").val()).isNotBlank();
        assertThat(markAll.selectFirst("button").text()).isEqualTo("Markera alla som lästa");
        assertThat(html.selectFirst("main a[href=/byra/notiser/installningar]")).isNotNull();
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–2 av 2");
        assertThat(html.selectFirst("[data-notice-empty]").hasAttr("hidden")).isTrue();
        assertThat(only("GET").query()).containsEntry("page", "0").containsEntry("size", "20");
        assertThat(only("GET").header("Accept-Language")).isEqualTo("sv");
        assertThat(only("GET").header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void clientUsersHaveTheirOwnNotificationsInThePortal() {
        signInClientUser();
        twoNotifications();

        Document html = browser.get("/portal/notiser").html();

        assertThat(html.select("ol.notice-list > li")).hasSize(2);
        assertThat(html.selectFirst("ol.notice-list a").attr("href")).startsWith("/portal/notiser/" + signed);
        assertThat(html.selectFirst("main form[action=/portal/notiser/markera-lasta]")).isNotNull();
        assertThat(html.selectFirst("header a.header__notices").attr("href")).isEqualTo("/portal/notiser");
        assertThat(html.selectFirst("header a.header__notices").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void noNotificationsSaySo() {
        signInStaff();
        notification.onJson("GET", "/me/notifications", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document html = browser.get("/byra/notiser").html();

        assertThat(html.selectFirst(".empty-state .lead").text()).isEqualTo("Du har inga notiser");
        assertThat(html.selectFirst(".empty-state").hasAttr("hidden")).isFalse();
        assertThat(html.select("ol.notice-list > li")).isEmpty();
        assertThat(html.select("form[action$=markera-lasta]")).isEmpty();
        assertThat(html.select(".pagination")).isEmpty();
    }

    @Test
    void thePagesArePagedAsTheOtherLists() {
        signInStaff();
        notification.onJson("GET", "/me/notifications", 200, Fixtures.page(List.of(Fixtures.notification(
                UUID.randomUUID(), "ACCOUNT", "Din åtkomst har ändrats", null, null)), 1, 20, 21));

        Document html = browser.get("/byra/notiser?sida=2").html();

        assertThat(only("GET").query()).containsEntry("page", "1");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 21–21 av 21");
        assertThat(html.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/byra/notiser");
    }

    @Test
    void openingANotificationMarksItReadAndLeadsToItsLink() {
        signInStaff();
        notification.on("POST", "/me/notifications/.*/read", request -> new ServiceStub.Answer(204, null, "",
                Map.of()));
        String link = browser.base().resolve("/byra/kunder/" + agency + "?flik=uppdrag").toString();

        Page opened = browser.get("/byra/notiser/" + signed + "?till=" + java.net.URLEncoder.encode(link,
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).contains(browser.base().resolve("/byra/kunder/" + agency + "?flik=uppdrag")
                .toString());
        assertThat(only("POST").path()).isEqualTo("/me/notifications/" + signed + "/read");
    }

    @Test
    void openingANotificationNeverLeadsAwayFromTheGateway() {
        signInStaff();
        notification.on("POST", "/me/notifications/.*/read", request -> new ServiceStub.Answer(204, null, "",
                Map.of()));

        for (String elsewhere : List.of("https://evil.example/byra/kunder", "//evil.example/byra/kunder",
                "javascript:alert(1)", "/\\evil.example", "/utloggad", "http://evil.example/phish")) {
            Page opened = browser.get("/byra/notiser/" + signed + "?till=" + java.net.URLEncoder.encode(elsewhere,
                    java.nio.charset.StandardCharsets.UTF_8));

            assertThat(opened.status()).as(elsewhere).isEqualTo(303);
            assertThat(opened.location()).as(elsewhere).contains(browser.base().resolve("/byra/notiser").toString());
        }
    }

    @Test
    void anotherUsersNotificationIsTheNotFoundPage() {
        signInStaff();

        Page page = browser.get("/byra/notiser/" + UUID.randomUUID() + "?till=/byra/kunder");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
    }

    @Test
    void markingAllReadCallsTheServiceAndSaysSo() {
        signInStaff();
        twoNotifications();
        notification.on("POST", "/me/notifications/read", request -> new ServiceStub.Answer(204, null, "",
                Map.of()));
        String token = browser.get("/byra/notiser").csrf();

        Page marked = browser.post("/byra/notiser/markera-lasta", Form.of("_csrf", token));

        assertThat(marked.status()).isEqualTo(303);
        assertThat(marked.location()).contains(browser.base().resolve("/byra/notiser").toString());
        assertThat(only("POST").path()).isEqualTo("/me/notifications/read");
        assertThat(browser.get("/byra/notiser").html().selectFirst(".notification-banner").text())
                .contains("Alla notiser är markerade som lästa");
    }

    @Test
    void collaborationsAndCasesAreCategoriesNamedInWords() {
        signInClientUser();
        notification.onJson("GET", "/me/preferences", 200, Map.of("categories", List.of(
                Map.of("category", "COLLABORATION", "mandatory", false, "email", true),
                Map.of("category", "CASE", "mandatory", false, "email", false))));

        Document html = browser.get("/portal/notiser/installningar").html();

        assertThat(html.select("label.choice__label").eachText()).containsExactly("Samarbeten", "Ärenden");
        assertThat(html.selectFirst("#epost-case").hasAttr("checked")).isFalse();
        assertThat(html.selectFirst("#epost-case").hasAttr("disabled")).isFalse();
    }

    @Test
    void thePreferencesAreCheckboxesTheMandatoryOnesFixedWithTheReason() {
        signInStaff();
        notification.onJson("GET", "/me/preferences", 200, Fixtures.preferences(true));

        Page page = browser.get("/byra/notiser/installningar");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Mejl om notiser");
        assertThat(html.selectFirst("fieldset legend").text()).isEqualTo("Skicka mejl om");
        assertThat(html.select("label.choice__label").eachText()).containsExactly("Inbjudningar och inloggning",
                "Ändringar av din åtkomst", "Uppdragsbrev som signerats");
        Element invitation = html.selectFirst("#epost-invitation");
        assertThat(invitation.hasAttr("checked")).isTrue();
        assertThat(invitation.hasAttr("disabled")).isTrue();
        assertThat(html.selectFirst("#" + invitation.attr("aria-describedby")).text()).isEqualTo(
                "Inbjudningar och inloggningsinstruktioner skickas alltid: utan dem kan du inte logga in.");
        Element engagement = html.selectFirst("#epost-engagement");
        assertThat(engagement.hasAttr("checked")).isTrue();
        assertThat(engagement.hasAttr("disabled")).isFalse();
        assertThat(html.selectFirst("form[action=/byra/notiser/installningar] button").text()).isEqualTo("Spara");
    }

    @Test
    void savingThePreferencesSendsTheChangeableOnesAndSaysSo() throws Exception {
        signInClientUser();
        notification.onJson("GET", "/me/preferences", 200, Fixtures.preferences(true));
        notification.onJson("PUT", "/me/preferences", 200, Fixtures.preferences(false));
        String token = browser.get("/portal/notiser/installningar").csrf();

        Page saved = browser.post("/portal/notiser/installningar", Form.of("_csrf", token,
                "kategori", "INVITATION", "alltid", "INVITATION", "kategori", "ACCOUNT", "alltid", "ACCOUNT",
                "kategori", "ENGAGEMENT"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(browser.base().resolve("/portal/notiser/installningar").toString());
        JsonNode body = JSON.readTree(only("PUT").body());
        assertThat(body).isEqualTo(JSON.readTree("{\"email\":{\"ENGAGEMENT\":false}}"));
        assertThat(browser.get("/portal/notiser/installningar").html().selectFirst(".notification-banner").text())
                .contains("Dina val av mejl är sparade");
    }

    @Test
    void aRefusedMandatoryCategoryIsAnErrorInWordsAtItsBox() {
        signInStaff();
        notification.onJson("GET", "/me/preferences", 200, Fixtures.preferences(true));
        notification.onJson("PUT", "/me/preferences", 409, Fixtures.typedProblem("mandatory-category", 409));
        String token = browser.get("/byra/notiser/installningar").csrf();

        Page refused = browser.post("/byra/notiser/installningar", Form.of("_csrf", token, "kategori", "ENGAGEMENT"));

        assertThat(refused.status()).isEqualTo(409);
        Document html = refused.html();
        assertThat(html.title()).startsWith("Fel: ");
        assertThat(html.selectFirst(".error-summary a").attr("href")).isEqualTo("#epost-engagement");
        assertThat(html.selectFirst("#epost-engagement-error").text())
                .contains("Mejl om Uppdragsbrev som signerats skickas alltid och kan inte stängas av.");
        assertThat(html.selectFirst("#epost-engagement").hasAttr("checked")).as("kept as sent").isFalse();
    }

    @Test
    void preferencesNotSavedWhenTheServiceIsDownKeepTheChoices() {
        signInStaff();
        notification.onJson("GET", "/me/preferences", 200, Fixtures.preferences(false));
        String token = browser.get("/byra/notiser/installningar").csrf();
        notification.mode(ServiceStub.Mode.FAILING);

        Page page = browser.post("/byra/notiser/installningar", Form.of("_csrf", token, "kategori", "INVITATION",
                "alltid", "INVITATION", "kategori", "ENGAGEMENT", "epost", "ENGAGEMENT"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).contains("kunde inte sparas");
        assertThat(page.html().selectFirst("#epost-engagement").hasAttr("checked")).isTrue();
        assertThat(page.html().selectFirst("#epost-invitation").hasAttr("disabled")).isTrue();
    }

    @Test
    void thePagesAreTheUnavailablePageWhenTheServiceIsDown() {
        signInStaff();
        notification.mode(ServiceStub.Mode.FAILING);

        for (String path : List.of("/byra/notiser", "/byra/notiser/installningar")) {
            Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(503);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
        }
    }

    @Test
    void eachSideIsForItsOwnUsers() {
        signInClientUser();
        for (String path : List.of("/byra/notiser", "/byra/notiser/installningar", "/byra/notiser/" + signed)) {
            assertThat(browser.get(path).status()).as(path).isEqualTo(403);
        }
        browser = new se.byra.gateway.support.Browser();
        signInStaff();
        for (String path : List.of("/portal/notiser", "/portal/notiser/installningar", "/portal/notiser/" + signed)) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        }
        assertThat(notification.requests()).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        for (String path : List.of("/byra/notiser", "/portal/notiser", "/byra/notiser/installningar",
                "/portal/notiser/installningar", "/byra/installningar/utskick")) {
            Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location().orElseThrow()).as(path).startsWith(provider().issuer());
        }
    }

    @Test
    void theBellLeadsToTheNotificationsAndWaitsForTheStreamForItsNumber() {
        signInStaff();

        Document html = browser.get("/byra/kunder/ny").html();

        Element bell = html.selectFirst("header a.header__notices");
        assertThat(bell.attr("href")).isEqualTo("/byra/notiser");
        assertThat(bell.ownText()).isEqualTo("Notiser");
        assertThat(bell.selectFirst("[data-unread-count]").hasAttr("hidden")).isTrue();
        assertThat(bell.selectFirst("[data-unread-text]").attr("data-many")).isEqualTo("olästa");
        assertThat(html.selectFirst("script[src=/static/notifications.js]")).isNotNull();
        assertThat(html.selectFirst("[data-notice-announce]").attr("role")).isEqualTo("status");
        assertThat(notification.requests()).as("the page does not wait for notification-service").isEmpty();
        assertThat(browser.get("/static/notifications.js").body()).contains("EventSource");
    }
}
