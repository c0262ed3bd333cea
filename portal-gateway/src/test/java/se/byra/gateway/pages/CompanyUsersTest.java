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

/** A company's users in the portal: its members see them, its administrator invites and removes them. */
@QuarkusTest
class CompanyUsersTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID bergs = UUID.randomUUID();
    private final String users = "/portal/foretag/" + bergs + "/anvandare";
    /** The signed-in user (SignInProvider's client user, kalle@kund.test). */
    private final UUID kalle = UUID.randomUUID();
    private final UUID olof = UUID.randomUUID();
    private String token;

    /** Kalle signed in, of Bergs Bygg AB with {@code role}, which has Kalle and Olof as users. */
    private void signIn(String role) {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.bergsAndSandbergs(bergs, role));
        collaboration.onJson("GET", "/companies/" + bergs + "/users", 200, Fixtures.page(List.of(
                Fixtures.accountUser(kalle, "Kalle Kund", "Kalle@Kund.test", role, "ACTIVE"),
                Fixtures.accountUser(olof, "Olof Sandberg", "olof@sandbergsdesign.test", "USER", "PENDING")),
                0, 20, 2));
        collaboration.onJson("GET", "/companies/" + bergs + "/users/" + olof, 200,
                Fixtures.accountUser(olof, "Olof Sandberg", "olof@sandbergsdesign.test", "USER", "ACTIVE"));
        collaboration.onJson("GET", "/companies/" + bergs + "/users/" + kalle, 200,
                Fixtures.accountUser(kalle, "Kalle Kund", "kalle@kund.test", role, "ACTIVE"));
        token = browser.get(users).csrf();
        collaboration.clearRequests();
    }

    private Form invitation(String name, String email, String role, String language) {
        return Form.of("_csrf", token, "name", name, "email", email, "role", role, "language", language);
    }

    private List<HttpRequestSummary> changes() {
        return collaboration.requests().stream().filter(r -> !r.method().equals("GET"))
                .map(r -> new HttpRequestSummary(r.method(), r.path())).toList();
    }

    private record HttpRequestSummary(String method, String path) {
    }

    @Test
    void theAdministratorSeesTheUsersWithTheirLoginsAndTheActions() {
        signIn("ADMINISTRATOR");

        Page page = browser.get(users);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Användare");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.selectFirst("caption").text()).isEqualTo("Användare av Bergs Bygg AB");
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly(
                "Kalle Kund (du) Kalle@Kund.test", "Administratör", "Aktiv");
        assertThat(html.select("tbody tr").get(0).select("a")).as("no removing oneself").isEmpty();
        assertThat(html.select("tbody tr").get(1).select("td").eachText()).containsExactly(
                "Olof Sandberg olof@sandbergsdesign.test", "Användare", "Inbjudan skickad", "Ta bort Olof Sandberg");
        assertThat(html.selectFirst("tbody tr:nth-child(2) a").attr("href"))
                .isEqualTo(users + "/" + olof + "/ta-bort");
        assertThat(html.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Översikt", "Samarbeten", "Användare");
        assertThat(html.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Användare");
        Element form = html.selectFirst("section[aria-labelledby=invite] form");
        assertThat(form.attr("action")).isEqualTo(users);
        assertThat(form.select("legend").eachText()).containsExactly("Roll", "Språk");
        assertThat(form.selectFirst("#role-hint").text()).isEqualTo("Loggar in och ser företaget i Byråplattformen.");
        assertThat(form.selectFirst("#role-administrator").attr("aria-describedby"))
                .isEqualTo("role-administrator-hint");
        assertThat(form.selectFirst("#language").hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=role][checked]")).isEmpty();
        assertThat(html.selectFirst("form.company-switcher")).isNotNull();
    }

    @Test
    void aUserSeesTheListWithoutActions() {
        signIn("USER");

        Document html = browser.get(users).html();

        assertThat(html.select("tbody tr")).hasSize(2);
        assertThat(html.select("thead th")).hasSize(3);
        assertThat(html.select("main a[href$=/ta-bort]")).isEmpty();
        assertThat(html.select("main form[method=post]")).isEmpty();
        assertThat(html.selectFirst("main").text()).contains("Företagets administratörer bjuder in och tar bort");
        assertThat(html.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Översikt", "Samarbeten");
    }

    @Test
    void aUserWhoPostsAChangeGetsTheForbiddenPageAndTheServiceIsNotAsked() {
        signIn("USER");

        Page invite = browser.post(users, invitation("Sara Lind", "sara@bergsbygg.test", "USER", "sv"));
        Page confirmation = browser.get(users + "/" + olof + "/ta-bort");
        Page remove = browser.post(users + "/" + olof + "/ta-bort", Form.of("_csrf", token));

        assertThat(List.of(invite, confirmation, remove)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        });
        assertThat(changes()).isEmpty();
    }

    @Test
    void anInvitationIsSentWithTheChosenRoleAndLanguage() throws Exception {
        signIn("ADMINISTRATOR");
        collaboration.onJson("POST", "/companies/" + bergs + "/users", 201,
                Fixtures.accountUser(UUID.randomUUID(), "Sara Lind", "sara@bergsbygg.test", "ADMINISTRATOR", "PENDING"));

        Page sent = browser.post(users, invitation("Sara Lind", " sara@bergsbygg.test ", "ADMINISTRATOR", "en"));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains(browser.base().resolve(users).toString());
        JsonNode body = JSON.readTree(collaboration.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow().body());
        assertThat(body.get("name").asText()).isEqualTo("Sara Lind");
        assertThat(body.get("email").asText()).isEqualTo("sara@bergsbygg.test");
        assertThat(body.get("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(body.get("language").asText()).isEqualTo("en");
        Document after = browser.get(users).html();
        assertThat(after.selectFirst(".notification-banner").text()).contains("Inbjudan är klar.");
        assertThat(browser.get(users).html().select(".notification-banner")).isEmpty();
    }

    @Test
    void whatIsMissingIsSaidAtEachFieldWithoutCallingTheService() {
        signIn("ADMINISTRATOR");

        Page page = browser.post(users, invitation("", " ", "", "fi"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Användare");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#name", "#email", "#role",
                "#language");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Ange personens namn",
                "Ange personens e-postadress", "Välj vilken roll personen får", "Välj vilket språk personen använder");
        assertThat(html.selectFirst("#email-error").text()).isEqualTo("Fel: Ange personens e-postadress");
        assertThat(html.selectFirst("#language").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("language-hint language-error");
        assertThat(html.select("tbody tr")).as("the list is still there").hasSize(2);
        assertThat(changes()).isEmpty();
    }

    @Test
    void theServicesProblemLandsAtTheFieldsAndAMemberAlreadyThereIsSaid() {
        signIn("ADMINISTRATOR");
        collaboration.onJson("POST", "/companies/" + bergs + "/users", 400, Fixtures.invalid(Map.of("name",
                "får inte vara tomt", "email", "måste vara en välformad e-postadress")));
        Page invalid = browser.post(users, invitation("Sara", "sara@bergsbygg.test", "USER", "sv"));

        collaboration.onJson("POST", "/companies/" + bergs + "/users", 409, Fixtures.conflict());
        Page member = browser.post(users, invitation("Olof", "olof@sandbergsdesign.test", "USER", "sv"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html().select(".error-summary li").eachText()).containsExactly(
                "Namn: får inte vara tomt", "E-post: måste vara en välformad e-postadress");
        assertThat(invalid.html().selectFirst("#name-error").text()).isEqualTo("Fel: Får inte vara tomt");
        assertThat(invalid.html().selectFirst("#email").val()).isEqualTo("sara@bergsbygg.test");
        assertThat(member.status()).isEqualTo(409);
        assertThat(member.html().selectFirst("#email-error").text())
                .isEqualTo("Fel: olof@sandbergsdesign.test är redan användare av Bergs Bygg AB");
    }

    @Test
    void theRemovalPageSaysWhatHappensAndTheRemovalSaysItIsDone() {
        signIn("ADMINISTRATOR");
        collaboration.onJson("DELETE", "/companies/" + bergs + "/users/" + olof, 200,
                Fixtures.accountUser(olof, "Olof Sandberg", "olof@sandbergsdesign.test", "USER", "ACTIVE"));

        Document confirmation = browser.get(users + "/" + olof + "/ta-bort").html();
        Page removed = browser.post(users + "/" + olof + "/ta-bort", Form.of("_csrf", token));

        assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Ta bort Olof Sandberg från Bergs Bygg AB");
        assertThat(confirmation.select("main ul.list li").eachText()).containsExactly(
                "Hen förlorar tillgången till Bergs Bygg AB direkt.", "Hens tillgång till andra företag påverkas inte.",
                "Du kan bjuda in hen igen senare.");
        assertThat(confirmation.selectFirst("main form button.button--warning").text())
                .isEqualTo("Ta bort Olof Sandberg");
        assertThat(confirmation.selectFirst("main form a").attr("href")).isEqualTo(users);
        assertThat(removed.status()).isEqualTo(303);
        assertThat(removed.location()).contains(browser.base().resolve(users).toString());
        assertThat(changes()).containsExactly(new HttpRequestSummary("DELETE", "/companies/" + bergs + "/users/"
                + olof));
        assertThat(browser.get(users).html().selectFirst(".notification-banner").text())
                .contains("Personen är borttagen");
    }

    @Test
    void theUserIsNotOfferedToRemoveThemself() {
        signIn("ADMINISTRATOR");

        Document confirmation = browser.get(users + "/" + kalle + "/ta-bort").html();

        assertThat(confirmation.select("main form")).isEmpty();
        assertThat(confirmation.selectFirst("main").text()).contains("Du kan inte ta bort dig själv.");
    }

    @Test
    void theServicesRefusalsAreSaidInWords() {
        signIn("ADMINISTRATOR");
        collaboration.onJson("DELETE", "/companies/" + bergs + "/users/.*", 409, Fixtures.conflict());
        collaboration.onJson("GET", "/companies/" + bergs + "/users/" + olof, 200,
                Fixtures.accountUser(olof, "Olof Sandberg", "olof@sandbergsdesign.test", "ADMINISTRATOR", "ACTIVE"));

        Page self = browser.post(users + "/" + kalle + "/ta-bort", Form.of("_csrf", token));
        Page last = browser.post(users + "/" + olof + "/ta-bort", Form.of("_csrf", token));

        assertThat(self.status()).isEqualTo(409);
        assertThat(self.html().selectFirst(".error-summary").text()).contains("Du kan inte ta bort dig själv.");
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.html().selectFirst(".error-summary").text())
                .contains("Olof Sandberg kan inte tas bort eftersom hen är företagets enda administratör.");
        assertThat(last.html().select("main form")).isEmpty();
    }

    @Test
    void anotherCompanysUsersAreTheNotFoundPageAndAFormNeedsItsToken() {
        signIn("ADMINISTRATOR");
        UUID other = UUID.randomUUID();

        Page page = browser.get("/portal/foretag/" + other + "/anvandare");
        Page forged = browser.post(users, invitation("Sara Lind", "sara@bergsbygg.test", "USER", "sv")
                .add("x", "y"), "Sec-Fetch-Site", "cross-site");
        Page withoutToken = browser.post(users + "/" + olof + "/ta-bort", Form.of("_csrf", ""));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(changes()).isEmpty();
    }
}
