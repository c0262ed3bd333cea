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
import se.byra.gateway.support.PortalCaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub;

/**
 * A company's consent to case management in the portal: every member reads what it is and where it stands, the
 * company's administrator gives it, declines it or withdraws it; the consent waiting is on the to-do list.
 */
@QuarkusTest
class CompanyConsentTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID bergs = UUID.randomUUID();
    private final String consentPage = "/portal/foretag/" + bergs + "/samtycke";
    private final String service = "/companies/" + bergs + "/consent";
    private String token;

    /** Kalle signed in, of Bergs Bygg AB with {@code role} (and a user of Sandbergs Design AB), nothing to do. */
    private void signIn(String role) {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.bergsAndSandbergs(bergs, role));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(), 0, 100, 0));
        token = browser.get("/portal/foretag/" + bergs).csrf();
        cases.clearRequests();
    }

    private void consentIs(Map<String, Object> consent) {
        cases.onJson("GET", service, 200, consent);
    }

    private Form form(String... namesAndValues) {
        return Form.of(namesAndValues).add("_csrf", token);
    }

    private List<HttpStub.Request> changes() {
        return cases.requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    private JsonNode sent() throws Exception {
        assertThat(changes()).hasSize(1);
        return JSON.readTree(changes().get(0).body());
    }

    private String bannerAfter(Page answered) {
        return bannerOn(answered, consentPage);
    }

    @Test
    void theAdministratorReadsWhatCaseManagementIsAndWhoInvitedAndGivesTheConsent() throws Exception {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "REQUESTED", true));

        Page page = browser.get(consentPage);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.title()).startsWith("Samtycke till ärendehantering –");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Samtycke till ärendehantering");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Väntar på ert svar");
        assertThat(html.select("main p").eachText())
                .contains("Anna Andersson på byrån bjöd in Bergs Bygg AB 2026-11-02.");
        assertThat(html.selectFirst("#what").text()).isEqualTo("Vad är ärendehantering?");
        assertThat(html.selectFirst("section[aria-labelledby=what]").text())
                .contains("I stället för e-post som lätt försvinner skickar byrån ärenden hit")
                .contains("Menyvalet Ärenden visas när ni har gett samtycke och byrån har skickat det första ärendet.");
        Element answer = html.selectFirst("section[aria-labelledby=consent]");
        assertThat(answer.select("li").eachText()).containsExactly("Byrån kan skicka ärenden till Bergs Bygg AB.",
                "Alla som använder Bergs Bygg AB här ser ärendena och kan svara på dem.",
                "Ni kan återkalla samtycket när som helst.");
        Element form = answer.selectFirst("form");
        assertThat(form.attr("action")).isEqualTo(consentPage + "/ge");
        assertThat(form.select("button.button").eachText()).containsExactly("Ge samtycke");
        assertThat(form.selectFirst("a.button--secondary").text()).isEqualTo("Avböj");
        assertThat(form.selectFirst("a.button--secondary").attr("href")).isEqualTo(consentPage + "/avboj");
        assertThat(html.select("a[href$=/aterkalla]")).as("nothing to withdraw yet").isEmpty();

        cases.onJson("POST", service + "/grant", 200, PortalCaseFixtures.consent(bergs, "GRANTED", true));
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", true));
        Page granted = browser.post(consentPage + "/ge", form());

        assertThat(sent().isObject()).isTrue();
        assertThat(sent().size()).isZero();
        assertThat(bannerAfter(granted)).isEqualTo("Tack! Ni har gett samtycke till ärendehantering. "
                + "Byråns ärenden visas under Ärenden.");
    }

    @Test
    void aUserSeesWhereItStandsAndThatTheAdministratorAnswers() {
        signIn("USER");
        consentIs(PortalCaseFixtures.consent(bergs, "REQUESTED", false));

        Document html = browser.get(consentPage).html();

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Väntar på ert svar");
        assertThat(html.select("main p").eachText()).contains("Företagets administratör svarar på inbjudan.");
        assertThat(html.select("main form[method=post]")).isEmpty();
        assertThat(html.select("main a[href$=/avboj]")).isEmpty();
    }

    @Test
    void aUserWhoAnswersGetsTheForbiddenPageAndTheServiceIsNotAsked() {
        signIn("USER");
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", false));

        List<Page> pages = List.of(browser.post(consentPage + "/ge", form()), browser.get(consentPage + "/avboj"),
                browser.post(consentPage + "/avboj", form("reason", "")), browser.get(consentPage + "/aterkalla"),
                browser.post(consentPage + "/aterkalla", form("reason", "")));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        });
        assertThat(changes()).isEmpty();
    }

    @Test
    void decliningIsAPageOfItsOwnWithAnOptionalReason() throws Exception {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "REQUESTED", true));

        Document html = browser.get(consentPage + "/avboj").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Avböj ärendehantering");
        assertThat(html.select("main li").eachText()).containsExactly("Byrån kan inte skicka ärenden till Bergs Bygg AB.",
                "Byrån ser att ni har avböjt, och ert skäl om ni skriver något.", "Byrån kan bjuda in er igen senare.");
        assertThat(html.selectFirst("label[for=reason]").text()).isEqualTo("Skäl (frivilligt)");
        assertThat(html.selectFirst("main form button").attr("class")).contains("button--warning");

        cases.onJson("POST", service + "/decline", 200, PortalCaseFixtures.consent(bergs, "DECLINED", true));
        Page declined = browser.post(consentPage + "/avboj", form("reason", "  Vi mejlar hellre  "));

        assertThat(sent().get("reason").asText()).isEqualTo("Vi mejlar hellre");
        consentIs(Fixtures.with(PortalCaseFixtures.consent(bergs, "DECLINED", true), "reason", "Vi mejlar hellre"));
        assertThat(bannerAfter(declined)).isEqualTo("Ni har avböjt ärendehantering. Byrån får veta det.");
        Document after = browser.get(consentPage).html();
        assertThat(after.selectFirst("main strong.badge").text()).isEqualTo("Avböjt");
        assertThat(after.select("main p").eachText()).contains("Kalle Kund avböjde inbjudan 2026-11-04.",
                "Skäl: Vi mejlar hellre", "Byrån kan bjuda in er igen om ni ändrar er.");
    }

    @Test
    void aReasonLeftEmptyIsNoneAndATooLongOneIsAnErrorAtTheField() throws Exception {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "REQUESTED", true));
        cases.onJson("POST", service + "/decline", 200, PortalCaseFixtures.consent(bergs, "DECLINED", true));

        Page tooLong = browser.post(consentPage + "/avboj", form("reason", "x".repeat(1001)));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().title()).startsWith("Fel: ");
        assertThat(tooLong.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#reason");
        assertThat(tooLong.html().selectFirst("#reason-error").text())
                .isEqualTo("Fel: Skälet får vara högst 1 000 tecken");
        assertThat(changes()).isEmpty();

        browser.post(consentPage + "/avboj", form("reason", ""));
        assertThat(sent().get("reason").isNull()).isTrue();
    }

    @Test
    void withdrawingSaysOpenCasesCloseAndTheHistoryStaysReadable() throws Exception {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", true));

        Document html = browser.get(consentPage).html();
        Document confirm = browser.get(consentPage + "/aterkalla").html();

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Samtycke givet");
        assertThat(html.select("main p").eachText()).contains("Kalle Kund gav samtycke 2026-11-04.");
        assertThat(html.selectFirst("main a[href=/portal/foretag/" + bergs + "/arenden]").text())
                .isEqualTo("Visa ärendena");
        assertThat(html.selectFirst("section[aria-labelledby=revoke] a").attr("href"))
                .isEqualTo(consentPage + "/aterkalla");
        assertThat(html.select("main form[method=post]")).isEmpty();
        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Återkalla samtycket till ärendehantering");
        assertThat(confirm.select("main li").eachText()).contains(
                "Byrån kan inte längre skicka ärenden till Bergs Bygg AB.",
                "Öppna ärenden stängs, också de som väntar på ert svar.",
                "Historiken finns kvar: ni kan fortfarande läsa avslutade ärenden.");
        assertThat(confirm.selectFirst("main form button").text()).isEqualTo("Återkalla samtycket");
        assertThat(confirm.selectFirst("main form a").attr("href")).isEqualTo(consentPage);

        cases.onJson("POST", service + "/revocation", 200, PortalCaseFixtures.consent(bergs, "REVOKED", true));
        Page revoked = browser.post(consentPage + "/aterkalla", form("reason", "Vi byter byrå"));

        assertThat(changes().get(0).path()).isEqualTo(service + "/revocation");
        assertThat(sent().get("reason").asText()).isEqualTo("Vi byter byrå");
        consentIs(PortalCaseFixtures.consent(bergs, "REVOKED", true));
        assertThat(bannerAfter(revoked)).isEqualTo("Samtycket är återkallat. Öppna ärenden har stängts.");
        Document after = browser.get(consentPage).html();
        assertThat(after.select("main p").eachText()).contains("Kalle Kund återkallade samtycket 2026-11-04.",
                "Byrån kan inte skicka ärenden till er. Tidigare ärenden finns kvar att läsa.");
        assertThat(after.selectFirst("main a[href$=/arenden?visa=avslutade]").text())
                .isEqualTo("Visa tidigare ärenden");
    }

    @Test
    void aUserIsToldTheAdministratorWithdrawsIt() {
        signIn("USER");
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", false));

        Document html = browser.get(consentPage).html();

        assertThat(html.selectFirst("section[aria-labelledby=revoke]").text())
                .contains("Företagets administratör kan återkalla samtycket.");
        assertThat(html.select("main a[href$=/aterkalla]")).isEmpty();
    }

    @Test
    void withoutAnInvitationThePageSaysWhatWillHappen() {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "NONE", true));

        Document html = browser.get(consentPage).html();

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Ej inbjuden");
        assertThat(html.select("main p").eachText()).contains("Byrån har inte bjudit in Bergs Bygg AB till "
                + "ärendehantering. När byrån gör det får företagets administratör ett mejl och kan svara här.");
        assertThat(html.select("main form[method=post]")).isEmpty();
    }

    @Test
    void anInvitationAlreadyAnsweredIsTheConsentAsItIsNowWithANotice() {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", true));
        cases.onJson("POST", service + "/grant", 409, PortalCaseFixtures.problem(409, "conflict"));

        Page page = browser.post(consentPage + "/ge", form());

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text())
                .isEqualTo("Inbjudan är redan besvarad. Så här ser det ut nu.");
        assertThat(page.html().selectFirst("main strong.badge").text()).isEqualTo("Samtycke givet");
    }

    @Test
    void anAnswerTheServiceCannotTakeNowKeepsTheFormWithANotice() {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "GRANTED", true));
        cases.onFailing("POST", service + "/revocation");

        Page page = browser.post(consentPage + "/aterkalla", form("reason", "Inte nu"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).isEqualTo("Ert svar kunde inte sparas eftersom tjänsten "
                + "inte svarar just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("textarea#reason").text()).isEqualTo("Inte nu");
    }

    @Test
    void theConsentToGiveIsOnTheToDoListOfTheHomePageAndTheCompanysPage() {
        signIn("ADMINISTRATOR");
        cases.onJson("GET", "/me/case-tasks", 200, Fixtures.page(List.of(PortalCaseFixtures.task("CONSENT", bergs,
                "Bergs Bygg AB", null, null, null, null)), 0, 10, 1));

        Element home = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");
        Element company = browser.get("/portal/foretag/" + bergs).html().selectFirst("section[aria-labelledby=todo]");

        assertThat(home.select(".task-list__item").eachText()).containsExactly(
                "Ge samtycke till ärendehantering Bergs Bygg AB Byrån bjöd in 2026-11-02");
        assertThat(home.selectFirst(".task-list__link").attr("href")).isEqualTo(consentPage);
        assertThat(company.select(".task-list__item").eachText()).containsExactly(
                "Ge samtycke till ärendehantering Byrån bjöd in 2026-11-02");
    }

    @Test
    void theConsentSpeaksEnglish() {
        signIn("ADMINISTRATOR");
        consentIs(PortalCaseFixtures.consent(bergs, "REQUESTED", true));
        browser.post("/sprak", Form.of("_csrf", token, "lang", "en", "tillbaka", consentPage));

        Document html = browser.get(consentPage).html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Consent to case management");
        assertThat(html.selectFirst("main form button").text()).isEqualTo("Give consent");
        assertThat(html.select("main p").eachText()).contains("Anna Andersson at the agency invited Bergs Bygg AB on "
                + "2 Nov 2026.");
    }
}
