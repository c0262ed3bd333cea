package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import se.byra.gateway.support.CollaborationFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;

/**
 * A company's cases in the portal: the "Ärenden" menu (only when case-service says so, with the number waiting), the
 * cards of the open and the closed cases, a question to the agency, and the cases on the to-do list.
 */
@QuarkusTest
class CompanyCasesTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID bergs = UUID.randomUUID();
    private final String company = "/portal/foretag/" + bergs;
    private final String list = company + "/arenden";
    private final String service = "/companies/" + bergs + "/cases";
    private String token;

    /** Kalle signed in, of Bergs Bygg AB with {@code role} (and a user of Sandbergs Design AB), nothing to do. */
    private void signIn(String role) {
        signInClientUser();
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.bergsAndSandbergs(bergs, role));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(), 0, 100, 0));
        token = browser.get(company).csrf();
        cases.clearRequests();
    }

    private void menu(boolean visible, long waiting) {
        cases.onJson("GET", "/companies/" + bergs + "/case-menu", 200, PortalCaseFixtures.menu(visible, waiting, 0));
    }

    private void cards(long total, Object... cards) {
        cases.onJson("GET", service, 200, Fixtures.page(List.of(cards), 0, 20, total));
    }

    private Element menuItem(Document html) {
        return html.selectFirst("nav.navigation a[href=" + list + "]");
    }

    // The menu

    @Test
    void theMenuHasÄrendenWithTheNumberWaitingOnceTheServiceSaysSo() {
        signIn("USER");
        menu(true, 2);

        Document page = browser.get(company).html();

        Element item = menuItem(page);
        assertThat(item).isNotNull();
        assertThat(item.ownText()).isEqualTo("Ärenden");
        assertThat(item.selectFirst("span[aria-hidden=true]").text()).isEqualTo("(2)");
        assertThat(item.selectFirst(".visually-hidden").text()).isEqualTo(", 2 väntar på dig");
        assertThat(item.hasAttr("aria-current")).isFalse();
        assertThat(page.select("nav.navigation a").eachText()).startsWith("Översikt", "Samarbeten");
        Element section = page.selectFirst("section[aria-labelledby=cases]");
        assertThat(section.text()).contains("2 ärenden väntar på dig.");
        assertThat(section.selectFirst("a[href=" + list + "]").text()).isEqualTo("Visa företagets ärenden");
        assertThat(section.selectFirst("a[href=" + company + "/samtycke]").text())
                .isEqualTo("Samtycke till ärendehantering");
    }

    @Test
    void theMenuMarksÄrendenOnTheCasesAndHasNoNumberWhenNothingWaits() {
        signIn("USER");
        menu(true, 0);
        cards(0);

        Document page = browser.get(list).html();

        Element item = menuItem(page);
        assertThat(item.text()).isEqualTo("Ärenden");
        assertThat(item.attr("aria-current")).isEqualTo("page");
        assertThat(page.select("nav.navigation a[aria-current=page]")).hasSize(1);
    }

    @Test
    void withoutConsentOrACaseSentThereIsNoMenuItem() {
        signIn("ADMINISTRATOR");
        menu(false, 1);

        Document page = browser.get(company).html();

        assertThat(menuItem(page)).isNull();
        assertThat(page.select("nav.navigation a").eachText()).containsExactly("Översikt", "Samarbeten",
                "Användare");
        assertThat(page.selectFirst("section[aria-labelledby=cases] a[href=" + list + "]")).isNull();
        assertThat(page.selectFirst("section[aria-labelledby=cases] a[href=" + company + "/samtycke]")).isNotNull();
    }

    @Test
    void whenCaseServiceIsDownTheMenuItemIsAbsentAndThePagesStillRender() {
        signIn("ADMINISTRATOR");
        cases.mode(ServiceStub.Mode.FAILING);
        collaboration.onJson("GET", "/companies/" + bergs + "/collaborations", 200, Fixtures.page(List.of(), 0, 20,
                0));

        Page home = browser.get(company);
        Page collaborations = browser.get(company + "/samarbeten");
        Page cards = browser.get(list);

        assertThat(home.status()).isEqualTo(200);
        assertThat(menuItem(home.html())).isNull();
        assertThat(home.html().selectFirst("h1").text()).isEqualTo("Bergs Bygg AB");
        assertThat(home.html().selectFirst("section[aria-labelledby=todo] .notice").text())
                .isEqualTo("Ärenden och samtycken kan inte visas just nu. Försök igen om en stund.");
        assertThat(collaborations.status()).isEqualTo(200);
        assertThat(menuItem(collaborations.html())).isNull();
        assertThat(cards.status()).isEqualTo(503);
        assertThat(cards.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
    }

    // The cards

    @Test
    void theCasesAreCardsInTheServicesOrderWithTypeTurnDueDayAndNew() {
        signIn("USER");
        menu(true, 2);
        UUID vat = UUID.randomUUID();
        cards(3, PortalCaseFixtures.card(vat, bergs, "DOCUMENT_REQUEST", "Kontoutdrag december", "WAITING_FOR_CLIENT",
                "2026-12-14", false, true),
                PortalCaseFixtures.card(UUID.randomUUID(), bergs, "QUESTION", "Moms på hyran", "WAITING_FOR_CLIENT",
                        "2026-11-20", true, false),
                PortalCaseFixtures.card(UUID.randomUUID(), bergs, "FORM", "Inför bokslutet", "WAITING_FOR_AGENCY",
                        "2026-12-31", false, false));

        Page page = browser.get(list);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.title()).startsWith("Ärenden –");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Ärenden");
        assertThat(html.selectFirst("main .caption").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.select("main table")).as("cards, not a table").isEmpty();
        List<Element> cards = html.select("ul.case-cards > li.case-card");
        assertThat(cards).hasSize(3);
        Element first = cards.get(0);
        assertThat(first.selectFirst("h2 a").text()).isEqualTo("Kontoutdrag december");
        assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo(list + "/" + vat);
        assertThat(first.selectFirst("h2 .badge--new").text()).isEqualTo("Ny");
        assertThat(first.hasClass("case-card--unread")).isTrue();
        assertThat(first.selectFirst(".case-card__type").text()).isEqualTo("Dokumentbegäran");
        assertThat(first.selectFirst(".case-card__state").text()).isEqualTo("Väntar på dig");
        assertThat(first.selectFirst(".case-card__due").text()).isEqualTo("Svara senast 2026-12-14");
        assertThat(first.selectFirst(".case-card__updated").text()).isEqualTo("Senast ändrat 2026-12-01");
        Element overdue = cards.get(1);
        assertThat(overdue.select(".badge--new")).isEmpty();
        assertThat(overdue.selectFirst(".case-card__type").text()).isEqualTo("Fråga");
        assertThat(overdue.selectFirst(".case-card__state").text()).isEqualTo("Väntar på dig Försenat");
        assertThat(overdue.selectFirst(".case-card__state .badge--red").text()).isEqualTo("Försenat");
        assertThat(overdue.selectFirst(".case-card__due").text())
                .isEqualTo("Skulle ha besvarats senast 2026-11-20");
        assertThat(overdue.selectFirst(".case-card__due").hasClass("case-card__due--overdue")).isTrue();
        Element agencys = cards.get(2);
        assertThat(agencys.selectFirst(".case-card__state").text()).isEqualTo("Väntar på byrån");
        assertThat(agencys.select(".case-card__due")).as("the agency's turn: no day for the company").isEmpty();
        assertThat(html.selectFirst("a[href=" + list + "/ny]").text()).isEqualTo("Ställ en fråga till byrån");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text()).isEqualTo("Öppna ärenden");
        assertThat(cases.requests()).filteredOn(r -> r.path().equals(service)).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("state", "open").containsEntry("page", "0")
                        .containsEntry("size", "20"));
    }

    @Test
    void theClosedCasesAreTheHistory() {
        signIn("USER");
        menu(true, 0);
        cards(1, PortalCaseFixtures.card(UUID.randomUUID(), bergs, "INFORMATION", "Nya regler för representation",
                "CLOSED", null, false, false));

        Document html = browser.get(list + "?visa=avslutade").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Avslutade ärenden");
        assertThat(html.selectFirst("nav.sub-navigation a[aria-current=page]").text()).isEqualTo("Avslutade ärenden");
        assertThat(html.selectFirst(".case-card__state").text()).isEqualTo("Avslutat");
        assertThat(html.selectFirst(".case-card__type").text()).isEqualTo("Information");
        assertThat(html.select("a[href=" + list + "/ny]")).as("a question is asked from the open ones").isEmpty();
        assertThat(cases.requests()).filteredOn(r -> r.path().equals(service)).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("state", "closed"));
    }

    @Test
    void noCasesSaysWhatWillHappenAndPagingKeepsTheView() {
        signIn("USER");
        menu(true, 0);
        cards(0);

        Document open = browser.get(list).html();
        cards(25, PortalCaseFixtures.card(UUID.randomUUID(), bergs, "QUESTION", "Fråga 21", "CLOSED", null, false,
                false));
        Document second = browser.get(list + "?visa=avslutade&sida=2").html();

        assertThat(open.selectFirst("main .empty-state").text()).isEqualTo("Det finns inga öppna ärenden just nu. "
                + "När byrån skickar ett ärende visas det här, och du får ett meddelande om det.");
        assertThat(second.selectFirst(".pagination__status").text()).isEqualTo("Visar 21–25 av 25");
        assertThat(second.selectFirst("a[rel=prev]").attr("href")).isEqualTo(list + "?visa=avslutade");
    }

    @Test
    void anotherCompanysCasesAreTheNotFoundPage() {
        signIn("USER");

        Page page = browser.get("/portal/foretag/" + UUID.randomUUID() + "/arenden");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
    }

    // A question to the agency

    @Test
    void aQuestionIsAskedOfOneOfTheStaffTheCompanyHasHadCasesFrom() throws Exception {
        signIn("USER");
        menu(true, 0);
        UUID anna = UUID.randomUUID();
        UUID olof = UUID.randomUUID();
        cases.onJson("GET", "/companies/" + bergs + "/case-contacts", 200,
                List.of(PortalCaseFixtures.contact(anna, "Anna Andersson"), PortalCaseFixtures.contact(olof, "Olof Berg")));

        Document html = browser.get(list + "/ny").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Ställ en fråga till byrån");
        Element form = html.selectFirst("main form");
        assertThat(form.attr("action")).isEqualTo(list + "/ny");
        assertThat(form.selectFirst("label[for=title]").text()).isEqualTo("Rubrik");
        assertThat(form.selectFirst("label[for=description]").text()).isEqualTo("Din fråga");
        assertThat(form.selectFirst("textarea#description")).isNotNull();
        assertThat(form.selectFirst("legend").text()).isEqualTo("Vem på byrån vill du fråga?");
        assertThat(form.select("input[type=radio]").eachAttr("id")).containsExactly("assigneeId", "assigneeId-2");
        assertThat(form.select("input[type=radio]").eachAttr("value")).containsExactly(anna.toString(),
                olof.toString());
        assertThat(form.select("input[type=radio][checked]")).as("whom to ask is a choice").isEmpty();
        assertThat(form.select("label.choice__label").eachText()).containsExactly("Anna Andersson", "Olof Berg");
        assertThat(form.select("button").eachText()).containsExactly("Skicka frågan");

        UUID asked = UUID.randomUUID();
        cases.onJson("POST", service, 201, PortalCaseFixtures.sent(asked, bergs, "QUESTION", "Moms på hyran",
                PortalCaseFixtures.none()));
        Page sent = browser.post(list + "/ny", Form.of("_csrf", token, "title", " Moms på hyran ", "description",
                "Ska vi ta ut moms på hyran?", "assigneeId", olof.toString()));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains(browser.base().resolve(list + "/" + asked).toString());
        JsonNode body = JSON.readTree(cases.requests().stream().filter(r -> r.method().equals("POST")).findFirst()
                .orElseThrow().body());
        assertThat(body.get("title").asText()).isEqualTo("Moms på hyran");
        assertThat(body.get("description").asText()).isEqualTo("Ska vi ta ut moms på hyran?");
        assertThat(body.get("assigneeId").asText()).isEqualTo(olof.toString());
        assertThat(browser.cookie("banner")).isPresent();
    }

    @Test
    void aQuestionWithoutItsPartsIsTheFormWithErrorsAndTheServiceIsNotAsked() {
        signIn("USER");
        cases.onJson("GET", "/companies/" + bergs + "/case-contacts", 200,
                List.of(PortalCaseFixtures.contact(UUID.randomUUID(), "Anna Andersson")));

        Page page = browser.post(list + "/ny", Form.of("_csrf", token, "title", "", "description", "Hur gör vi?",
                "assigneeId", UUID.randomUUID().toString()));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: ");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#assigneeId");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Skriv en rubrik",
                "Välj vem på byrån du vill fråga");
        assertThat(html.selectFirst("textarea#description").text()).isEqualTo("Hur gör vi?");
        assertThat(cases.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void withoutStaffToAskThePageSaysQuestionsComeOnceTheAgencyHasSentACase() {
        signIn("USER");
        cases.onJson("GET", "/companies/" + bergs + "/case-contacts", 200, List.of());

        Document html = browser.get(list + "/ny").html();

        assertThat(html.selectFirst("main .empty-state").text()).isEqualTo("Du kan ställa frågor till byrån när "
                + "byrån har skickat ett ärende till er. Då kan du välja vem på byrån du vill fråga.");
        assertThat(html.select("main form")).isEmpty();
    }

    @Test
    void aQuestionWithoutConsentIsTheFormWithANotice() {
        signIn("USER");
        UUID anna = UUID.randomUUID();
        cases.onJson("GET", "/companies/" + bergs + "/case-contacts", 200,
                List.of(PortalCaseFixtures.contact(anna, "Anna Andersson")));
        cases.onJson("POST", service, 409, PortalCaseFixtures.problem(409, "consent-required"));

        Page page = browser.post(list + "/ny", Form.of("_csrf", token, "title", "Moms", "description", "Hur?",
                "assigneeId", anna.toString()));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text()).isEqualTo("Frågan kunde inte skickas eftersom "
                + "företaget inte har gett samtycke till ärendehantering.");
        assertThat(page.html().selectFirst("input#title").val()).isEqualTo("Moms");
        assertThat(page.html().selectFirst("input#assigneeId").hasAttr("checked")).isTrue();
    }

    // The to-do list

    @Test
    void theCasesWaitingAreOnTheToDoListsByTheirDayBesideTheCollaborations() {
        signIn("ADMINISTRATOR");
        UUID vat = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        UUID payroll = UUID.randomUUID();
        cases.onJson("GET", "/me/case-tasks", 200, Fixtures.page(List.of(
                PortalCaseFixtures.task("CONSENT", bergs, "Bergs Bygg AB", null, null, null, null),
                PortalCaseFixtures.task("CASE", bergs, "Bergs Bygg AB", late, "QUESTION", "Moms på hyran", "2026-01-20"),
                PortalCaseFixtures.task("CASE", bergs, "Bergs Bygg AB", vat, "DOCUMENT_REQUEST", "Kontoutdrag",
                        "2099-12-14")), 0, 10, 3));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(
                CollaborationFixtures.answerTask(bergs, "Bergs Bygg AB", payroll, "Lön", "2027-03-31T09:00:00Z")), 0,
                10, 1));

        Element home = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");
        Document all = browser.get("/portal/att-gora").html();

        assertThat(home.select(".task-list__item").eachText()).containsExactly(
                "Ge samtycke till ärendehantering Bergs Bygg AB Byrån bjöd in 2026-11-02",
                "Fråga: Moms på hyran Bergs Bygg AB Försenat: skulle ha besvarats senast 2026-01-20",
                "Svara på inbjudan till samarbete i Lön Bergs Bygg AB Senast 2027-03-31",
                "Dokumentbegäran: Kontoutdrag Bergs Bygg AB Svara senast 2099-12-14");
        assertThat(home.select(".task-list__link").eachAttr("href")).containsExactly(company + "/samtycke",
                list + "/" + late, company + "/samarbeten/" + payroll, list + "/" + vat);
        assertThat(home.select(".task-list__detail--overdue").eachText())
                .containsExactly("Försenat: skulle ha besvarats senast 2026-01-20");
        assertThat(all.select(".task-list__item")).hasSize(4);
    }

    @Test
    void whenCaseServiceIsDownTheToDoListStillShowsTheCollaborations() {
        signIn("ADMINISTRATOR");
        cases.onFailing("GET", "/me/case-tasks");
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(
                CollaborationFixtures.answerTask(bergs, "Bergs Bygg AB", UUID.randomUUID(), "Lön",
                        "2027-03-31T09:00:00Z")), 0, 10, 1));

        Element home = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");

        assertThat(home.selectFirst(".notice").text())
                .isEqualTo("Ärenden och samtycken kan inte visas just nu. Försök igen om en stund.");
        assertThat(home.select(".task-list__item")).hasSize(1);
        assertThat(home.select(".empty-state")).isEmpty();
    }
}
