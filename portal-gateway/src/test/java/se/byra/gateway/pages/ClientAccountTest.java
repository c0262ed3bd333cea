package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;
import se.byra.gateway.support.ServiceStub;

/** The client overview's Användare: the client's account, its users, and the staff's actions on them. */
@QuarkusTest
class ClientAccountTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID id = UUID.randomUUID();
    private final String overview = "/byra/kunder/" + id;
    private final UUID maria = UUID.randomUUID();
    private final UUID olof = UUID.randomUUID();
    private String token;

    @BeforeEach
    void aClientWithItsMainContact() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        client("eva@acme.se");
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(), 0, 20, 0));
        collaboration.onJson("GET", "/clients/.*/services", 200,
                CollabFixtures.clientServices(id, "Acme AB", 0, 0, List.of()));
    }

    private void client(String mainContactEmail) {
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485", null, 4,
                List.of(Fixtures.contact(UUID.randomUUID(), "Per Ek", "per@acme.se", null, false),
                        Fixtures.contact(UUID.randomUUID(), "Eva Ek", mainContactEmail, null, true))));
    }

    private void anAccountWithUsers() {
        collaboration.onJson("GET", "/clients/" + id + "/account", 200, Fixtures.account(id, "Acme AB", 2));
        collaboration.onJson("GET", "/clients/" + id + "/account/users", 200, Fixtures.page(List.of(
                Fixtures.accountUser(maria, "Maria Berg", "maria@acme.se", "ADMINISTRATOR", "ACTIVE"),
                Fixtures.with(Fixtures.accountUser(olof, "Olof Sandberg", "olof@acme.se", "USER", "FAILED"),
                        "provisioningReason", "Keycloak refused the e-mail address")), 0, 20, 2));
    }

    private Element users(Document html) {
        return html.selectFirst("section[aria-labelledby=users]");
    }

    private JsonNode sent(String path) throws Exception {
        return JSON.readTree(collaboration.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals(path)).findFirst().orElseThrow().body());
    }

    private Form invitation(String name, String email, String role) {
        return Form.of("_csrf", token, "name", name, "email", email, "role", role);
    }

    @Test
    void withoutAnAccountTheSectionSaysWhatOneIsAndWhoBecomesItsAdministrator() {
        Page page = browser.get(overview);

        assertThat(page.status()).isEqualTo(200);
        Element users = users(page.html());
        assertThat(users.selectFirst("h2").text()).isEqualTo("Användare");
        assertThat(users.text()).contains("Kunden har inget kundkonto ännu.",
                "Huvudkontakten blir kundkontots administratör");
        assertThat(users.select("dd").eachText()).containsExactly("Eva Ek", "eva@acme.se");
        Element form = users.selectFirst("form[method=post]");
        assertThat(form.attr("action")).isEqualTo(overview + "/konto");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(form.select("button").eachText()).containsExactly("Skapa kundkonto och bjud in administratören");
    }

    @Test
    void aMainContactWithoutAnEmailIsSaidInWordsWithTheWayToTheEditPageAndNoButton() {
        client(null);

        Element users = users(browser.get(overview).html());

        assertThat(users.select("dd").eachText()).containsExactly("Eva Ek", "Saknas");
        assertThat(users.selectFirst(".notice").text()).startsWith(
                "Huvudkontakten saknar e-postadress. Lägg till den under Redigera kund först.");
        assertThat(users.selectFirst(".notice a").attr("href")).isEqualTo(overview + "/redigera");
        assertThat(users.selectFirst(".notice a").text()).isEqualTo("Redigera kund");
        assertThat(users.select("form")).isEmpty();
    }

    @Test
    void creatingTheAccountLeadsBackToTheOverviewWithABanner() {
        collaboration.onJson("POST", "/clients/" + id + "/account", 201, Fixtures.account(id, "Acme AB", 1));

        Page created = browser.post(overview + "/konto", Form.of("_csrf", token));

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.location()).contains(browser.base().resolve(overview).toString());
        assertThat(collaboration.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo("/clients/" + id + "/account"));
        anAccountWithUsers();
        Document html = browser.get(overview).html();
        assertThat(html.selectFirst(".notification-banner").text())
                .contains("Kundkontot är skapat och huvudkontakten är dess administratör.");
    }

    @Test
    void theServicesMissingEmailIsSaidInWordsAboveTheOverview() {
        collaboration.onJson("POST", "/clients/" + id + "/account", 422,
                Fixtures.mainContactIncomplete("mainContactEmail"));

        Page refused = browser.post(overview + "/konto", Form.of("_csrf", token));

        assertThat(refused.status()).isEqualTo(422);
        Document html = refused.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Acme AB");
        Element notice = html.selectFirst("main > .notice[role=alert]");
        assertThat(notice.text()).startsWith("Huvudkontakten saknar e-postadress. Lägg till den under Redigera kund "
                + "först.").contains("Försök då igen om en stund.");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo(overview + "/redigera");
        assertThat(notice.selectFirst("a").text()).isEqualTo("Redigera kund");
        assertThat(refused.body()).doesNotContain("main contact of Acme AB");
    }

    @Test
    void aMainContactWithoutNameAndEmailIsBothInWords() {
        collaboration.onJson("POST", "/clients/" + id + "/account", 422,
                Fixtures.mainContactIncomplete("mainContactEmail", "mainContactName"));

        Page refused = browser.post(overview + "/konto", Form.of("_csrf", token));

        assertThat(refused.html().selectFirst("main > .notice").text())
                .startsWith("Huvudkontakten saknar namn och e-postadress. Lägg till dem under Redigera kund först.");
    }

    @Test
    void anAccountSomeoneElseCreatedIsANoticeAndAJustRegisteredClientIsToTryAgain() {
        collaboration.onJson("POST", "/clients/" + id + "/account", 409, Fixtures.conflict());
        Page exists = browser.post(overview + "/konto", Form.of("_csrf", token));

        collaboration.onJson("POST", "/clients/" + id + "/account", 404, Fixtures.problem(404, "Not Found"));
        Page unknown = browser.post(overview + "/konto", Form.of("_csrf", token));

        assertThat(exists.status()).isEqualTo(409);
        assertThat(exists.html().selectFirst("main > .notice").text()).startsWith("Kunden har redan ett kundkonto");
        assertThat(unknown.status()).isEqualTo(503);
        assertThat(unknown.html().selectFirst("main > .notice").text())
                .isEqualTo("Kundkontot kunde inte skapas än eftersom kunden nyss registrerades. Försök igen om en stund.");
    }

    @Test
    void creatingForAClientOutsideTheUsersScopeIsTheNotFoundPage() {
        engagement.onJson("GET", "/clients/" + id, 404, Fixtures.problem(404, "Not Found"));
        collaboration.onJson("POST", "/clients/" + id + "/account", 404, Fixtures.problem(404, "Not Found"));

        Page page = browser.post(overview + "/konto", Form.of("_csrf", token));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        assertThat(page.body()).doesNotContain("Acme");
    }

    @Test
    void withAnAccountTheSectionListsItsUsersAndOffersTheInvitation() {
        anAccountWithUsers();

        Element users = users(browser.get(overview).html());

        assertThat(users.text()).contains("Kundkontot skapades 2026-03-02.");
        assertThat(users.selectFirst("caption").text()).isEqualTo("Användare av kundens konto");
        assertThat(users.select("thead th").eachText()).containsExactly("Namn och e-post", "Roll", "Inloggning");
        assertThat(users.select("tbody tr").get(0).select("td").eachText()).containsExactly(
                "Maria Berg maria@acme.se", "Administratör", "Aktiv");
        Element failed = users.select("tbody tr").get(1);
        assertThat(failed.select("td").get(1).text()).isEqualTo("Användare");
        assertThat(failed.selectFirst(".badge").text()).isEqualTo("Misslyckades");
        assertThat(failed.selectFirst(".badge").attr("class")).isEqualTo("badge badge--red");
        assertThat(failed.text()).contains("Orsak: Keycloak refused the e-mail address");
        assertThat(failed.selectFirst("form").attr("action")).isEqualTo(overview + "/anvandare/" + olof + "/inloggning");
        assertThat(failed.selectFirst("form button").text()).isEqualTo("Försök igen att skapa inloggningen för Olof Sandberg");
        assertThat(users.select("tbody tr").get(0).select("form")).isEmpty();
        Element invite = users.selectFirst("form[action=" + overview + "/anvandare/ny]");
        assertThat(invite.select("label").eachText()).containsExactly("Namn", "E-post", "Användare", "Administratör");
        assertThat(invite.selectFirst("legend").text()).isEqualTo("Roll");
        assertThat(invite.selectFirst("#role-administrator-hint").text())
                .isEqualTo("Kan dessutom bjuda in och ta bort företagets användare.");
        assertThat(invite.select("input[name=role][checked]")).as("a choice to make, not a default").isEmpty();
        assertThat(invite.select("input[name=language]")).isEmpty();
        assertThat(invite.select("button").eachText()).containsExactly("Skicka inbjudan");
    }

    @Test
    void anInvitationIsSentAndTheOverviewSaysSo() throws Exception {
        anAccountWithUsers();
        collaboration.onJson("POST", "/clients/" + id + "/account/users", 201,
                Fixtures.accountUser(UUID.randomUUID(), "Sara Lind", "sara@acme.se", "USER", "PENDING"));

        Page sent = browser.post(overview + "/anvandare/ny", invitation(" Sara Lind ", "sara@acme.se", "USER"));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains(browser.base().resolve(overview).toString());
        JsonNode body = sent("/clients/" + id + "/account/users");
        assertThat(body.get("name").asText()).isEqualTo("Sara Lind");
        assertThat(body.get("email").asText()).isEqualTo("sara@acme.se");
        assertThat(body.get("role").asText()).isEqualTo("USER");
        assertThat(body.get("language").isNull()).as("the service's default").isTrue();
        assertThat(browser.get(overview).html().selectFirst(".notification-banner").text())
                .contains("Inbjudan är klar.");
    }

    @Test
    void whatIsMissingIsListedOnTheInvitationsOwnPageWithoutCallingTheService() {
        anAccountWithUsers();

        Page page = browser.post(overview + "/anvandare/ny", invitation(" ", "", ""));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Bjud in användare");
        assertThat(html.selectFirst(".caption").text()).isEqualTo("Acme AB");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#name", "#email", "#role");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Ange personens namn",
                "Ange personens e-postadress", "Välj vilken roll personen får");
        assertThat(html.selectFirst("#name-error").text()).isEqualTo("Fel: Ange personens namn");
        assertThat(html.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(html.selectFirst("#role").closest("fieldset").attr("aria-describedby")).isEqualTo("role-error");
        assertThat(html.selectFirst("a.back-link").attr("href")).isEqualTo(overview);
        assertThat(collaboration.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void theServicesFieldErrorsAndItsConflictLandAtTheFields() {
        anAccountWithUsers();
        collaboration.onJson("POST", "/clients/" + id + "/account/users", 400, Fixtures.invalid(Map.of("email",
                "måste vara en välformad e-postadress")));
        Page invalid = browser.post(overview + "/anvandare/ny", invitation("Sara Lind", "sara@acme.se", "USER"));

        collaboration.onJson("POST", "/clients/" + id + "/account/users", 409, Fixtures.conflict());
        Page member = browser.post(overview + "/anvandare/ny", invitation("Maria Berg", "maria@acme.se", "USER"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html().selectFirst("#email-error").text())
                .isEqualTo("Fel: Måste vara en välformad e-postadress");
        assertThat(invalid.html().select(".error-summary li").eachText())
                .containsExactly("E-post: måste vara en välformad e-postadress");
        assertThat(member.status()).isEqualTo(409);
        assertThat(member.html().selectFirst("#email-error").text())
                .isEqualTo("Fel: maria@acme.se är redan användare av Acme AB");
        assertThat(member.html().selectFirst("#role").hasAttr("checked")).isTrue();
        assertThat(member.html().selectFirst("#name").val()).isEqualTo("Maria Berg");
    }

    @Test
    void anInvitationTheServiceCannotTakeKeepsTheTypedValues() {
        anAccountWithUsers();
        collaboration.on("POST", "/clients/" + id + "/account/users", request -> Answer.problem(500, "{}"));

        Page page = browser.post(overview + "/anvandare/ny", invitation("Sara Lind", "sara@acme.se",
                "ADMINISTRATOR"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Inbjudan kunde inte skickas");
        assertThat(page.html().selectFirst("#email").val()).isEqualTo("sara@acme.se");
        assertThat(page.html().selectFirst("#role-administrator").hasAttr("checked")).isTrue();
    }

    @Test
    void theInvitationOfAClientWithoutAnAccountLeadsToItsOverview() {
        Page form = browser.get(overview + "/anvandare/ny");
        Page posted = browser.post(overview + "/anvandare/ny", invitation("Sara Lind", "sara@acme.se", "USER"));

        assertThat(form.status()).isEqualTo(303);
        assertThat(form.location()).contains(browser.base().resolve(overview).toString());
        assertThat(posted.status()).isEqualTo(303);
        assertThat(collaboration.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void tryingAFailedLoginAgainSaysSoAndANothingToRetryIsJustTheOverview() {
        anAccountWithUsers();
        String retry = overview + "/anvandare/" + olof + "/inloggning";
        collaboration.onJson("POST", "/clients/" + id + "/account/users/" + olof + "/provisioning", 200,
                Fixtures.accountUser(olof, "Olof Sandberg", "olof@acme.se", "USER", "PENDING"));

        Page retried = browser.post(retry, Form.of("_csrf", token));
        String banner = browser.get(overview).html().selectFirst(".notification-banner").text();
        collaboration.onJson("POST", "/clients/" + id + "/account/users/" + olof + "/provisioning", 409,
                Fixtures.conflict());
        Page nothing = browser.post(retry, Form.of("_csrf", token));

        assertThat(retried.status()).isEqualTo(303);
        assertThat(banner).contains("Inloggningen skapas på nytt.");
        assertThat(nothing.status()).isEqualTo(303);
        assertThat(nothing.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("banner="));
    }

    @Test
    void theSectionSaysSoWhenCollaborationServiceIsDownAndTheRestRenders() {
        collaboration.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get(overview);

        assertThat(page.status()).isEqualTo(200);
        assertThat(users(page.html()).text()).isEqualTo("Användare Användare kan inte visas just nu. Försök igen om "
                + "en stund.");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Acme AB");
    }

    @Test
    void everyActionNeedsTheFormsTokenAndAClientUserGetsTheForbiddenPage() {
        for (String path : List.of(overview + "/konto", overview + "/anvandare/ny",
                overview + "/anvandare/" + olof + "/inloggning")) {
            assertThat(browser.post(path, Form.of("_csrf", "forged", "name", "Sara Lind", "email", "sara@acme.se",
                    "role", "USER")).status()).as(path).isEqualTo(403);
        }
        assertThat(collaboration.requests()).noneMatch(r -> r.method().equals("POST"));

        browser = new Browser();
        signInClientUser();
        String clientUsersToken = browser.get("/portal/finns-inte").csrf();
        Page forbidden = browser.post(overview + "/konto", Form.of("_csrf", clientUsersToken));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(browser.get(overview + "/anvandare/ny").status()).isEqualTo(403);
        // signing in lands on the portal's home page, which reads the user's own to-dos; the client is never asked
        assertThat(collaboration.requests()).allMatch(r -> r.method().equals("GET") && r.path().startsWith("/me/"));
    }
}
