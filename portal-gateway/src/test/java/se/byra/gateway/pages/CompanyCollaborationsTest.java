package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.gateway.support.CollaborationFixtures.TERMS_TEXT;
import static se.byra.gateway.support.CollaborationFixtures.TERMS_VERSION;

import java.time.LocalDate;
import java.time.ZoneId;
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
import se.byra.gateway.support.CollaborationFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub;

/**
 * A company's collaborations in the portal: every member reads them, the company's administrator approves or declines
 * an invitation, ends a collaboration, undoes its own ending and, after the agency ended one, keeps the service or not.
 */
@QuarkusTest
class CompanyCollaborationsTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID bergs = UUID.randomUUID();
    private final UUID payroll = UUID.randomUUID();
    private final String list = "/portal/foretag/" + bergs + "/samarbeten";
    private final String one = list + "/" + payroll;
    /** The service's address of the collaboration. */
    private final String service = "/companies/" + bergs + "/collaborations/" + payroll;
    private String token;

    /** Kalle signed in, of Bergs Bygg AB with {@code role} (and a user of Sandbergs Design AB), nothing to do. */
    private void signIn(String role) {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.bergsAndSandbergs(bergs, role));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(), 0, 100, 0));
        history();
        token = browser.get("/portal/foretag/" + bergs).csrf();
        collaboration.clearRequests();
    }

    /** The collaboration the service shows, before and after whatever is posted. */
    private void collaborationIs(Map<String, Object> view) {
        collaboration.onJson("GET", service, 200, view);
    }

    private void history(Object... steps) {
        collaboration.onJson("GET", service + "/history", 200, Fixtures.page(List.of(steps), 0, 20, steps.length));
    }

    private void collaborations(long total, Object... views) {
        collaboration.onJson("GET", "/companies/" + bergs + "/collaborations", 200,
                Fixtures.page(List.of(views), 0, 20, total));
    }

    /** The service answers {@code method} on the collaboration's {@code path} with {@code status} and {@code body}. */
    private void answers(String method, String path, int status, Object body) {
        collaboration.onJson(method, service + path, status, body);
    }

    private Form form(String... namesAndValues) {
        Form form = Form.of("_csrf", token);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    /** What was asked of the service besides reading. */
    private List<HttpStub.Request> changes() {
        return collaboration.requests().stream().filter(r -> !r.method().equals("GET")).toList();
    }

    private JsonNode sent() throws Exception {
        assertThat(changes()).hasSize(1);
        return JSON.readTree(changes().get(0).body());
    }

    private static String inAMonth() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(1).toString();
    }

    /** The page a redirect led to: it must be the collaboration's, with its banner. */
    private String bannerAfter(Page answered) {
        assertThat(answered.status()).as(answered.body()).isEqualTo(303);
        assertThat(answered.location()).contains(browser.base().resolve(one).toString());
        Element banner = browser.get(one).html().selectFirst(".notification-banner");
        assertThat(browser.get(one).html().select(".notification-banner")).as("shown once").isEmpty();
        return banner == null ? null : banner.selectFirst(".notification-banner__heading").text();
    }

    // The list

    @Test
    void theListShowsTheWaitingInvitationsFirstAndTheOthersWithTheirStatusInWords() {
        signIn("ADMINISTRATOR");
        UUID active = UUID.randomUUID();
        collaborations(7, CollaborationFixtures.invitation(bergs, payroll),
                Fixtures.with(CollaborationFixtures.active(bergs, active), "serviceName", "Bokföring & fakturering"),
                Fixtures.with(CollaborationFixtures.ending(bergs, UUID.randomUUID(), "AGENCY", "2027-06-30", null),
                        "serviceName", "Skanner"),
                Fixtures.with(CollaborationFixtures.declined(bergs, UUID.randomUUID(), null), "serviceName",
                        "Utlägg"),
                Fixtures.with(CollaborationFixtures.expired(bergs, UUID.randomUUID()), "serviceName", "Skatt"),
                Fixtures.with(CollaborationFixtures.ended(bergs, UUID.randomUUID(), "CLIENT", "KEEP"), "serviceName",
                        "Ekonomiöversikt"),
                Fixtures.with(CollaborationFixtures.active(bergs, UUID.randomUUID()), "status", "PAUSED"));

        Page page = browser.get(list);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Samarbeten");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.selectFirst("nav.navigation a[aria-current=page]").text()).as("the menu's current item")
                .isEqualTo("Samarbeten");
        assertThat(html.selectFirst("nav.navigation a[aria-current=page]").attr("href")).isEqualTo(list);
        Element invitation = html.selectFirst("section[aria-labelledby=waiting] .invitation");
        assertThat(html.selectFirst("#waiting").text()).isEqualTo("Väntar på ert svar");
        assertThat(invitation.selectFirst("h3").text()).isEqualTo("Byrån bjuder in er till samarbete i Lön");
        assertThat(invitation.text()).contains("Svara senast 2027-03-31.");
        assertThat(invitation.selectFirst("a").attr("href")).isEqualTo(one);
        assertThat(invitation.selectFirst("a").ownText()).isEqualTo("Läs och svara");
        Element table = html.selectFirst("section[aria-labelledby=others] table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Samarbeten för Bergs Bygg AB");
        assertThat(table.select("tbody tr").stream().map(row -> row.select("td").eachText()).toList())
                .containsExactly(List.of("Bokföring & fakturering", "Aktivt sedan 2027-03-05"),
                        List.of("Skanner", "Avslutas 2027-06-30"), List.of("Utlägg", "Avböjt"),
                        List.of("Skatt", "Inbjudan gick ut"), List.of("Ekonomiöversikt", "Avslutat"),
                        List.of("Lön", "Okänd status"));
        assertThat(table.selectFirst("tbody a").attr("href")).isEqualTo(list + "/" + active);
        assertThat(table.select("tbody strong").eachAttr("class")).containsExactly("badge badge--green",
                "badge badge--blue", "badge badge--grey", "badge badge--grey", "badge badge--grey",
                "badge badge--grey");
        assertThat(collaboration.requests()).filteredOn(r -> r.path().endsWith("/collaborations")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("page", "0").containsEntry("size", "20"));
    }

    @Test
    void aCompanyWithoutCollaborationsIsToldWhatWillHappen() {
        signIn("ADMINISTRATOR");
        collaborations(0);

        Document html = browser.get(list).html();

        assertThat(html.selectFirst("main .empty-state").text()).isEqualTo("Ni har inga samarbeten med byrån ännu. "
                + "När byrån aktiverar ett samarbete får ni en inbjudan här och via e-post.");
        assertThat(html.select("main table")).isEmpty();
        assertThat(html.select("main .invitation")).isEmpty();
    }

    @Test
    void theListIsPagedAndAPagePastTheEndLeadsToTheLast() {
        signIn("USER");
        collaborations(25, CollaborationFixtures.active(bergs, payroll));

        Page second = browser.get(list + "?sida=2");
        collaborations(25);
        Page past = browser.get(list + "?sida=9");

        assertThat(second.html().selectFirst(".pagination__status").text()).isEqualTo("Visar 21–25 av 25");
        assertThat(second.html().selectFirst("a[rel=prev]").attr("href")).isEqualTo(list);
        assertThat(collaboration.requests()).filteredOn(r -> r.path().endsWith("/collaborations")).first()
                .satisfies(r -> assertThat(r.query()).containsEntry("page", "1"));
        assertThat(past.status()).isEqualTo(303);
        assertThat(past.location()).contains(browser.base().resolve(list + "?sida=2").toString());
    }

    @Test
    void aUserReadsTheInvitationAndIsToldTheAdministratorAnswers() {
        signIn("USER");
        collaborations(1, CollaborationFixtures.invitationForAUser(bergs, payroll));
        collaborationIs(CollaborationFixtures.invitationForAUser(bergs, payroll));

        Element invitation = browser.get(list).html().selectFirst(".invitation");
        Document page = browser.get(one).html();

        assertThat(invitation.text()).contains("Företagets administratör svarar på inbjudan.");
        assertThat(invitation.selectFirst("a").ownText()).isEqualTo("Läs mer");
        assertThat(page.selectFirst(".terms").text()).isEqualTo(TERMS_TEXT);
        assertThat(page.selectFirst("section[aria-labelledby=terms]").text())
                .contains("Företagets administratör svarar på inbjudan.");
        assertThat(page.select("main form[method=post]")).isEmpty();
        assertThat(page.select("main a[href$=/avboj]")).isEmpty();
    }

    // An invitation and its answer

    @Test
    void anInvitationSaysWhatItMeansHowItIsSetUpAndTheTermsToApprove() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));

        Page page = browser.get(one);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.title()).startsWith("Lön –");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Lön");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Väntar på ert svar");
        assertThat(html.selectFirst("main .lead").text()).startsWith("Löner, lönebesked");
        assertThat(html.select("main p").eachText()).contains("Byrån bjuder in er till samarbete i Lön.",
                "Svara senast 2027-03-31.");
        assertThat(html.select("section[aria-labelledby=options] .summary-list__row").eachText()).containsExactly(
                "Fakturamottagare Byrån", "Variant Standard Både ni och byrån arbetar i tjänsten.",
                "Inbjudan Anna Andersson på byrån, 2027-03-01");
        Element terms = html.selectFirst("section[aria-labelledby=terms]");
        assertThat(terms.selectFirst("h2").text()).isEqualTo("Villkor");
        assertThat(terms.selectFirst(".secondary").text()).isEqualTo("Version 2026-1");
        assertThat(terms.selectFirst(".terms").text()).isEqualTo(TERMS_TEXT);
        Element form = terms.selectFirst("form");
        assertThat(form.attr("action")).isEqualTo(one + "/godkann");
        assertThat(form.selectFirst("input[name=termsVersion]").val()).isEqualTo(TERMS_VERSION);
        assertThat(form.selectFirst("label[for=accept]").text())
                .isEqualTo("Jag har läst och godkänner villkoren (version 2026-1)");
        assertThat(form.selectFirst("#accept").attr("type")).isEqualTo("checkbox");
        assertThat(form.selectFirst("#accept").hasAttr("checked")).isFalse();
        assertThat(form.select("button").eachText()).containsExactly("Godkänn samarbetet");
        assertThat(form.selectFirst("a.button--secondary").text()).isEqualTo("Avböj");
        assertThat(form.selectFirst("a.button--secondary").attr("href")).isEqualTo(one + "/avboj");
        assertThat(html.select("main a[href$=/avsluta]")).as("only an active one ends").isEmpty();
    }

    @Test
    void theOptionsSayTheAgreementPeriodTheInvoiceRecipientAndWhoIsPaid() {
        signIn("ADMINISTRATOR");
        Map<String, Object> overview = CollaborationFixtures.invitation(bergs, payroll);
        overview.put("variantName", null);
        overview.put("invoiceRecipient", "CLIENT");
        overview.put("agreementMonths", 12);
        overview.put("agencyPaymentRecipient", true);
        overview.put("invitedByName", null);
        collaborationIs(overview);

        Document html = browser.get(one).html();

        assertThat(html.select("section[aria-labelledby=options] .summary-list__row").eachText()).containsExactly(
                "Fakturamottagare Ert företag", "Avtalsperiod 12 månader",
                "Betalningsmottagare Byrån är betalningsmottagare", "Inbjudan 2027-03-01");
    }

    @Test
    void approvingSendsTheVersionOfTheTermsShownAndSaysItIsDone() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        answers("POST", "/acceptance", 200, CollaborationFixtures.active(bergs, payroll));

        Page approved = browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION));

        assertThat(changes().get(0).path()).isEqualTo(service + "/acceptance");
        assertThat(sent().get("termsVersion").asText()).isEqualTo(TERMS_VERSION);
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        assertThat(bannerAfter(approved)).isEqualTo("Samarbetet är godkänt och aktivt");
    }

    @Test
    void approvingWithoutTickingTheBoxIsTheBoxsErrorAndTheServiceIsNotAsked() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));

        Page page = browser.post(one + "/godkann", form("termsVersion", TERMS_VERSION));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Lön");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#accept");
        assertThat(html.select(".error-summary a").eachText())
                .containsExactly("Kryssa i att du har läst och godkänner villkoren");
        assertThat(html.selectFirst("#accept-error").text())
                .isEqualTo("Fel: Kryssa i att du har läst och godkänner villkoren");
        assertThat(html.selectFirst("#accept").attr("aria-describedby")).isEqualTo("accept-error");
        assertThat(changes()).isEmpty();
    }

    @Test
    void termsChangedSinceTheyWereShownAreShownAndAskedForAgain() {
        signIn("ADMINISTRATOR");
        collaborationIs(Fixtures.with(CollaborationFixtures.invitation(bergs, payroll), "termsToApprove",
                Map.of("version", "2026-2", "text", "Nya villkor för lönetjänsten.")));
        answers("POST", "/acceptance", 409, Fixtures.typedProblem("terms-changed", 409));

        Page page = browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION));

        assertThat(page.status()).isEqualTo(409);
        Document html = page.html();
        assertThat(html.selectFirst("#accept-error").text()).isEqualTo("Fel: Villkoren har ändrats sedan du öppnade "
                + "sidan. Läs de nya villkoren och godkänn dem om ni vill samarbeta.");
        assertThat(html.selectFirst(".terms").text()).isEqualTo("Nya villkor för lönetjänsten.");
        assertThat(html.selectFirst("label[for=accept]").text())
                .isEqualTo("Jag har läst och godkänner villkoren (version 2026-2)");
        assertThat(html.selectFirst("input[name=termsVersion]").val()).isEqualTo("2026-2");
        assertThat(html.selectFirst("#accept").hasAttr("checked")).isFalse();
    }

    @Test
    void anInvitationThatExpiredOrWasAlreadyAnsweredIsSaidInWords() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.expired(bergs, payroll));
        answers("POST", "/acceptance", 409, Fixtures.typedProblem("invitation-expired", 409));
        answers("POST", "/decline", 409, Fixtures.typedProblem("invitation-expired", 409));

        Page expired = browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION));
        Page declineExpired = browser.post(one + "/avboj", form("reason", ""));
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        answers("POST", "/acceptance", 409, Fixtures.conflict());
        Page answered = browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION));

        assertThat(List.of(expired, declineExpired, answered)).allSatisfy(page -> assertThat(page.status())
                .isEqualTo(409));
        assertThat(expired.html().selectFirst(".notice").text()).isEqualTo("Inbjudan hann gå ut innan ni svarade. "
                + "Be byrån att skicka den igen om ni vill samarbeta.");
        assertThat(expired.html().selectFirst("main strong.badge").text()).isEqualTo("Inbjudan gick ut");
        assertThat(expired.html().select("main p").eachText()).contains(
                "Inbjudan gick ut 2027-03-31 utan att någon svarade på den.",
                "Vill ni samarbeta med byrån i Lön? Be byrån att skicka inbjudan igen.");
        assertThat(expired.html().select("main form[method=post]")).isEmpty();
        assertThat(declineExpired.html().selectFirst(".notice").text()).startsWith("Inbjudan hann gå ut");
        assertThat(answered.html().selectFirst(".notice").text())
                .isEqualTo("Inbjudan är redan besvarad. Så här ser samarbetet ut nu.");
        assertThat(answered.html().selectFirst("main strong.badge").text()).isEqualTo("Aktivt sedan 2027-03-05");
    }

    @Test
    void decliningSaysWhatHappensAndSendsTheReasonWhenOneIsGiven() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        answers("POST", "/decline", 200, CollaborationFixtures.declined(bergs, payroll, null));

        Document confirmation = browser.get(one + "/avboj").html();
        Page withReason = browser.post(one + "/avboj", form("reason", "  Vi har redan ett lönesystem.  "));
        JsonNode reason = sent();
        collaboration.clearRequests();
        Page withoutReason = browser.post(one + "/avboj", form("reason", "   "));
        JsonNode none = sent();

        assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Avböj inbjudan till samarbete i Lön");
        assertThat(confirmation.selectFirst(".back-link").text()).isEqualTo("Tillbaka till samarbetet");
        assertThat(confirmation.selectFirst(".back-link").attr("href")).isEqualTo(one);
        assertThat(confirmation.select("main ul.list li").eachText()).containsExactly(
                "Samarbetet i Lön startar inte, och byråns medarbetare får ingen tillgång genom det.",
                "Byrån ser att ni har avböjt, och skälet om ni skriver ett.",
                "Vill ni samarbeta senare kan byrån skicka en ny inbjudan.");
        assertThat(confirmation.selectFirst("label[for=reason]").text()).isEqualTo("Skäl (frivilligt)");
        assertThat(confirmation.selectFirst("textarea#reason").attr("aria-describedby")).isEqualTo("reason-hint");
        assertThat(confirmation.selectFirst("main form button.button--warning").text()).isEqualTo("Avböj inbjudan");
        assertThat(confirmation.selectFirst("main form a").attr("href")).isEqualTo(one);
        assertThat(reason.get("reason").asText()).isEqualTo("Vi har redan ett lönesystem.");
        assertThat(none.get("reason").isNull()).isTrue();
        collaborationIs(CollaborationFixtures.declined(bergs, payroll, "Vi har redan ett lönesystem."));
        assertThat(bannerAfter(withoutReason)).isEqualTo("Ni har avböjt inbjudan");
        assertThat(withReason.status()).isEqualTo(303);
        assertThat(browser.get(one).html().select("main p").eachText()).contains(
                "Kalle Kund avböjde inbjudan 2027-03-05.", "Skäl: Vi har redan ett lönesystem.");
    }

    @Test
    void aReasonLongerThanTheServiceTakesIsTheFieldsError() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        String long_ = "x".repeat(1001);

        Page page = browser.post(one + "/avboj", form("reason", long_));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#reason-error").text()).isEqualTo("Fel: Skälet får vara högst 1 000 tecken");
        assertThat(page.html().selectFirst("textarea#reason").text()).isEqualTo(long_);
        assertThat(page.html().selectFirst("textarea#reason").attr("aria-describedby"))
                .isEqualTo("reason-hint reason-error");
        assertThat(changes()).isEmpty();
    }

    // An active collaboration and its ending

    @Test
    void anActiveCollaborationSaysWhatToDoNowSinceWhenAndWhoApprovedWhichTerms() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));

        Document html = browser.get(one).html();

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Aktivt sedan 2027-03-05");
        assertThat(html.select("main p").eachText()).contains("Samarbetet är aktivt sedan 2027-03-05.",
                "Kalle Kund godkände villkoren (version 2026-1) 2027-03-05.");
        assertThat(html.selectFirst("#steps").text()).isEqualTo("Så här gör ni nu");
        assertThat(html.select("section[aria-labelledby=steps] li").eachText())
                .containsExactly("Lägg in de anställda och deras lönearter innan den första lönekörningen.");
        assertThat(html.selectFirst("section[aria-labelledby=end] a").text()).isEqualTo("Avsluta samarbetet");
        assertThat(html.selectFirst("section[aria-labelledby=end] a").attr("href")).isEqualTo(one + "/avsluta");
        assertThat(html.select(".terms")).isEmpty();
    }

    @Test
    void aUserIsNotOfferedToEndIt() {
        signIn("USER");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));

        Document html = browser.get(one).html();

        assertThat(html.select("section[aria-labelledby=end]")).isEmpty();
        assertThat(html.select("main form[method=post]")).isEmpty();
    }

    @Test
    void theEndPageSaysWhatHappensAndEndsItNowKeepingTheService() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        answers("POST", "/ending", 200, CollaborationFixtures.ended(bergs, payroll, "CLIENT", "KEEP"));

        Document page = browser.get(one + "/avsluta").html();
        Page ended = browser.post(one + "/avsluta", form("keepService", "true", "when", "now", "endsOn", ""));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Avsluta samarbetet i Lön");
        assertThat(page.select("main ul.list li").eachText()).containsExactly(
                "Byråns medarbetare förlorar tillgången till Lön för Bergs Bygg AB när samarbetet upphör.",
                "Byrån får veta att ni har avslutat samarbetet.",
                "Väljer ni en senare dag kan ni ångra avslutet fram till dess.");
        assertThat(page.select("main legend").eachText()).containsExactly(
                "Vill ni fortsätta använda Lön på egen hand?", "När ska samarbetet upphöra?");
        assertThat(page.select("label[for=keepService], label[for=keepService-no]").eachText())
                .containsExactly("Ja, fortsätt själva", "Nej, avsluta tjänsten också");
        assertThat(page.select("label[for=when], label[for=when-date], label[for=endsOn]").eachText())
                .containsExactly("Nu", "Den", "Dag");
        assertThat(page.selectFirst("#endsOn").attr("type")).isEqualTo("date");
        assertThat(page.select("main input[type=radio][checked]")).as("nothing chosen beforehand").isEmpty();
        assertThat(page.selectFirst("main form button").text()).isEqualTo("Avsluta samarbetet");
        JsonNode body = sent();
        assertThat(body.get("endsOn").isNull()).isTrue();
        assertThat(body.get("keepService").asBoolean()).isTrue();
        collaborationIs(CollaborationFixtures.ended(bergs, payroll, "CLIENT", "KEEP"));
        assertThat(bannerAfter(ended)).isEqualTo("Samarbetet är avslutat");
    }

    @Test
    void endingOnALaterDaySendsTheDayAndTheServiceEndsToo() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        answers("POST", "/ending", 200, CollaborationFixtures.ending(bergs, payroll, "CLIENT", inAMonth(), "END"));

        Page set = browser.post(one + "/avsluta", form("keepService", "false", "when", "date", "endsOn", inAMonth()));

        JsonNode body = sent();
        assertThat(body.get("endsOn").asText()).isEqualTo(inAMonth());
        assertThat(body.get("keepService").asBoolean()).isFalse();
        assertThat(bannerAfter(set)).isEqualTo("Samarbetet avslutas den dag ni valde");
    }

    @Test
    void theEndFormSaysWhatIsMissingAndADayThatHasPassedIsTheDaysError() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));

        Page nothing = browser.post(one + "/avsluta", form());
        Page noDay = browser.post(one + "/avsluta", form("keepService", "true", "when", "date", "endsOn", ""));
        Page passed = browser.post(one + "/avsluta", form("keepService", "true", "when", "date",
                "endsOn", "2020-01-01"));
        Page notADay = browser.post(one + "/avsluta", form("keepService", "false", "when", "date",
                "endsOn", "31/12"));

        assertThat(List.of(nothing, noDay, passed, notADay)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.html().title()).startsWith("Fel: Avsluta samarbetet i Lön");
        });
        assertThat(nothing.html().select(".error-summary a").eachAttr("href")).containsExactly("#keepService",
                "#when");
        assertThat(nothing.html().select(".error-summary a").eachText()).containsExactly(
                "Välj om ni vill fortsätta använda tjänsten på egen hand", "Välj när samarbetet ska upphöra");
        assertThat(nothing.html().selectFirst("#keepService").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("keepService-error");
        assertThat(noDay.html().selectFirst("#endsOn-error").text())
                .isEqualTo("Fel: Ange dagen då samarbetet ska upphöra");
        assertThat(passed.html().selectFirst("#endsOn-error").text())
                .isEqualTo("Fel: Dagen har redan varit. Välj i dag eller en senare dag");
        assertThat(passed.html().selectFirst("#endsOn").val()).isEqualTo("2020-01-01");
        assertThat(passed.html().selectFirst("#when-date").hasAttr("checked")).isTrue();
        assertThat(passed.html().selectFirst("#keepService").hasAttr("checked")).isTrue();
        assertThat(notADay.html().selectFirst("#endsOn-error").text())
                .startsWith("Fel: Ange dagen som år-månad-dag, till exempel ");
        assertThat(changes()).isEmpty();
    }

    @Test
    void theServicesRefusalsOfAnEndingAreSaidWhereTheyBelong() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        answers("POST", "/ending", 400, Fixtures.invalid(Map.of("endsOn", "must be today or a later day")));
        Page invalid = browser.post(one + "/avsluta", form("keepService", "true", "when", "date", "endsOn",
                inAMonth()));
        answers("POST", "/ending", 409, Fixtures.conflict());
        Page conflict = browser.post(one + "/avsluta", form("keepService", "true", "when", "now"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html().select(".error-summary a").eachText())
                .containsExactly("Dag: must be today or a later day");
        assertThat(invalid.html().selectFirst("#endsOn-error").text()).isEqualTo("Fel: Must be today or a later day");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().selectFirst(".notice").text()).startsWith("Samarbetet kunde inte avslutas");
        assertThat(conflict.html().selectFirst("h1").text()).isEqualTo("Lön");
    }

    @Test
    void theCompanysOwnEndingSaysWhenAndCanBeUndone() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.ending(bergs, payroll, "CLIENT", "2027-06-30", "KEEP"));
        answers("DELETE", "/ending", 200, CollaborationFixtures.active(bergs, payroll));

        Document html = browser.get(one).html();
        Page undone = browser.post(one + "/angra-avslut", form());

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Avslutas 2027-06-30");
        assertThat(html.select("main p").eachText()).contains(
                "Ert företag har avslutat samarbetet. Sista dagen är 2027-06-30.",
                "Efter det fortsätter ni använda Lön på egen hand.");
        assertThat(html.selectFirst("section[aria-labelledby=withdraw] form").attr("action"))
                .isEqualTo(one + "/angra-avslut");
        assertThat(html.selectFirst("section[aria-labelledby=withdraw] button").text()).isEqualTo("Ångra avslutet");
        assertThat(html.select("section[aria-labelledby=end]")).as("already ending").isEmpty();
        assertThat(changes()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.path()).isEqualTo(service + "/ending");
        });
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        assertThat(bannerAfter(undone)).isEqualTo("Avslutet är ångrat och samarbetet fortsätter");
    }

    @Test
    void anEndingThatCannotBeUndoneAnyMoreIsSaid() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.ended(bergs, payroll, "CLIENT", "KEEP"));
        answers("DELETE", "/ending", 409, Fixtures.conflict());

        Page page = browser.post(one + "/angra-avslut", form());

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text())
                .isEqualTo("Det finns inget avslut att ångra längre. Så här ser samarbetet ut nu.");
        assertThat(page.html().select("main p").eachText()).contains("Ni fortsätter använda Lön på egen hand.");
    }

    @Test
    void afterTheAgencyEndedItTheAdministratorChoosesWhetherToKeepTheService() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.awaitingDecision(CollaborationFixtures.ended(bergs, payroll, "AGENCY",
                null)));
        answers("POST", "/service-decision", 200, CollaborationFixtures.ended(bergs, payroll, "AGENCY", "END"));

        Document html = browser.get(one).html();
        Page missing = browser.post(one + "/tjanst", form());
        Page decided = browser.post(one + "/tjanst", form("keepService", "false"));

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Avslutat");
        assertThat(html.select("main p").eachText()).contains("Byrån avslutade samarbetet 2027-06-30.");
        Element form = html.selectFirst("section[aria-labelledby=decision] form");
        assertThat(form.attr("action")).isEqualTo(one + "/tjanst");
        assertThat(form.selectFirst("legend h2#decision").text())
                .isEqualTo("Vill ni fortsätta använda Lön på egen hand?");
        assertThat(form.select("label").eachText()).containsExactly("Ja, fortsätt själva",
                "Nej, avsluta tjänsten också");
        assertThat(form.selectFirst("#keepService-hint").text())
                .isEqualTo("Ni fortsätter använda Lön, men byråns medarbetare har inte längre tillgång.");
        assertThat(form.selectFirst("button").text()).isEqualTo("Spara ert val");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.html().select(".error-summary a").eachAttr("href")).containsExactly("#keepService");
        assertThat(missing.html().selectFirst("#keepService-error").text())
                .isEqualTo("Fel: Välj om ni vill fortsätta använda tjänsten på egen hand");
        assertThat(sent().get("keepService").asBoolean()).isFalse();
        assertThat(changes().get(0).path()).isEqualTo(service + "/service-decision");
        collaborationIs(CollaborationFixtures.ended(bergs, payroll, "AGENCY", "END"));
        assertThat(bannerAfter(decided)).isEqualTo("Ert val är sparat: tjänsten avslutas också");
        assertThat(browser.get(one).html().select("main p").eachText()).contains("Ni använder inte längre Lön.");
    }

    @Test
    void aUserIsToldTheAdministratorChoosesWhetherToKeepTheService() {
        signIn("USER");
        collaborationIs(CollaborationFixtures.ending(bergs, payroll, "AGENCY", "2027-06-30", null));

        Document html = browser.get(one).html();

        assertThat(html.select("main p").eachText()).contains(
                "Byrån har avslutat samarbetet. Sista dagen är 2027-06-30.",
                "Företagets administratör väljer om ni fortsätter använda Lön på egen hand.");
        assertThat(html.select("main form[method=post]")).isEmpty();
    }

    @Test
    void keepingTheServiceBeforeTheAgencysEndingTakesEffectIsSaved() throws Exception {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.awaitingDecision(CollaborationFixtures.ending(bergs, payroll, "AGENCY",
                "2027-06-30", null)));
        answers("POST", "/service-decision", 200, CollaborationFixtures.ending(bergs, payroll, "AGENCY",
                "2027-06-30", "KEEP"));

        Page kept = browser.post(one + "/tjanst", form("keepService", "true"));

        assertThat(sent().get("keepService").asBoolean()).isTrue();
        collaborationIs(CollaborationFixtures.ending(bergs, payroll, "AGENCY", "2027-06-30", "KEEP"));
        assertThat(bannerAfter(kept)).isEqualTo("Ert val är sparat: ni fortsätter använda tjänsten på egen hand");
        assertThat(browser.get(one).html().select("main p").eachText())
                .contains("Efter det fortsätter ni använda Lön på egen hand.");
    }

    // History

    @Test
    void theHistorySaysWhatHappenedWhenAndByWhom() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        history(CollaborationFixtures.step("2027-03-01T09:00:00Z", "INVITED", "AGENCY", "Anna Andersson", null,
                List.of()),
                CollaborationFixtures.step("2027-03-05T10:00:00Z", "ACCEPTED", "CLIENT", "Kalle Kund", "terms 2026-1",
                        List.of()),
                CollaborationFixtures.step("2027-05-02T10:00:00Z", "ENDING_SET", "AGENCY", "Anna Andersson", null,
                        List.of(Map.of("field", "endsOn", "after", "2027-06-30"))),
                CollaborationFixtures.step("2027-05-03T10:00:00Z", "SERVICE_KEPT", "CLIENT", null, null, List.of()),
                CollaborationFixtures.step("2027-05-04T10:00:00Z", "SOMETHING_NEW", "SYSTEM", null, null, List.of()),
                CollaborationFixtures.step("2027-05-05T10:00:00Z", "DECLINED", "CLIENT", "Kalle Kund", "Inte nu",
                        List.of()));

        Element table = browser.get(one).html().selectFirst("section[aria-labelledby=history] table");

        assertThat(table.selectFirst("caption").text()).isEqualTo("Vad som har hänt med samarbetet");
        assertThat(table.select("thead th").eachText()).containsExactly("Datum", "Händelse", "Av");
        assertThat(table.select("tbody tr").stream().map(row -> row.select("td").eachText()).toList())
                .containsExactly(List.of("2027-03-01", "Byrån bjöd in er till samarbetet", "Anna Andersson"),
                        List.of("2027-03-05", "Inbjudan godkändes", "Kalle Kund"),
                        List.of("2027-05-02", "Samarbetet fick sista dagen 2027-06-30", "Anna Andersson"),
                        List.of("2027-05-03", "Ert företag valde att fortsätta använda tjänsten på egen hand",
                                "Ert företag"),
                        List.of("2027-05-04", "Annan händelse", "Byråplattformen"),
                        List.of("2027-05-05", "Inbjudan avböjdes Skäl: Inte nu", "Kalle Kund"));
        assertThat(collaboration.requests()).filteredOn(r -> r.path().endsWith("/history")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("page", "0").containsEntry("size", "20"));
    }

    @Test
    void whenTheHistoryCannotBeReadTheRestOfThePageShows() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.active(bergs, payroll));
        collaboration.onFailing("GET", service + "/history");

        Page page = browser.get(one);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("section[aria-labelledby=history] .notice").text())
                .isEqualTo("Historiken kan inte visas just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Lön");
    }

    // Who may do what

    @Test
    void aUserWhoAnswersGetsTheForbiddenPageAndTheServiceIsNotAsked() {
        signIn("USER");
        collaborationIs(CollaborationFixtures.invitationForAUser(bergs, payroll));

        List<Page> pages = List.of(
                browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION)),
                browser.get(one + "/avboj"), browser.post(one + "/avboj", form("reason", "")),
                browser.get(one + "/avsluta"), browser.post(one + "/avsluta", form("keepService", "true", "when",
                        "now")),
                browser.post(one + "/angra-avslut", form()), browser.post(one + "/tjanst", form("keepService",
                        "true")));

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        });
        assertThat(changes()).isEmpty();
    }

    @Test
    void theServiceRefusingAnAnswerIsTheForbiddenPage() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        answers("POST", "/acceptance", 403, Fixtures.problem(403, "Forbidden"));

        Page page = browser.post(one + "/godkann", form("accept", "yes", "termsVersion", TERMS_VERSION));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
    }

    @Test
    void anotherCompanysCollaborationIsTheNotFoundPage() {
        signIn("ADMINISTRATOR");
        UUID other = UUID.randomUUID();

        Page unknown = browser.get(list + "/" + UUID.randomUUID());
        Page notAnId = browser.get(list + "/inte-ett-id");
        Page otherCompany = browser.get("/portal/foretag/" + other + "/samarbeten");
        Page answer = browser.post(list + "/" + UUID.randomUUID() + "/godkann", form("accept", "yes",
                "termsVersion", TERMS_VERSION));

        assertThat(List.of(unknown, notAnId, otherCompany, answer)).allSatisfy(page -> {
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        });
    }

    @Test
    void anAnswerNeedsTheFormsTokenFromThisSite() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));

        Page withoutToken = browser.post(one + "/godkann", Form.of("_csrf", "", "accept", "yes", "termsVersion",
                TERMS_VERSION));
        Page crossSite = browser.post(one + "/tjanst", form("keepService", "true"), "Sec-Fetch-Site", "cross-site");

        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(changes()).isEmpty();
    }

    @Test
    void staffGetTheForbiddenPage() {
        signInStaff();

        Page page = browser.get(list);
        Page answer = browser.post(one + "/godkann", Form.of("_csrf", browser.get("/byra/kunder/ny").csrf(),
                "accept", "yes", "termsVersion", TERMS_VERSION));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }

    @Test
    void anAnswerTheServiceCannotTakeNowKeepsTheFormWithANotice() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        collaboration.onFailing("POST", service + "/decline");

        Page page = browser.post(one + "/avboj", form("reason", "Inte nu"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).isEqualTo("Ert svar kunde inte sparas eftersom tjänsten "
                + "inte svarar just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("textarea#reason").text()).isEqualTo("Inte nu");
    }

    @Test
    void thePagesSpeakTheLanguageChosenAndAskTheServiceInIt() {
        signIn("ADMINISTRATOR");
        collaborationIs(CollaborationFixtures.invitation(bergs, payroll));
        browser.post("/sprak", Form.of("_csrf", token, "lang", "en", "tillbaka", one));

        Document html = browser.get(one).html();

        assertThat(html.selectFirst("main strong.badge").text()).isEqualTo("Waiting for your answer");
        assertThat(html.selectFirst("#options").text()).isEqualTo("How the collaboration is set up");
        assertThat(html.selectFirst("label[for=accept]").text())
                .isEqualTo("I have read and approve the terms (version 2026-1)");
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals(service)).last()
                .satisfies(r -> assertThat(r.header("Accept-Language")).isEqualTo("en"));
    }
}
