package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.PortalCaseFixtures;
import se.byra.gateway.support.CollaborationFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class PortalTest extends PageTest {

    private final UUID bergs = UUID.randomUUID();
    private final UUID sandbergs = UUID.randomUUID();

    private void companies(Object... companies) {
        collaboration.onJson("GET", "/me/companies", 200, Fixtures.page(List.of(companies), 0, 100,
                companies.length));
        tasks(0);
    }

    /** The signed-in user's to-dos: {@code tasks} of {@code total} in all. */
    private void tasks(long total, Object... tasks) {
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(List.of(tasks), 0,
                Math.max(tasks.length, 10), total));
    }

    private Object bergsBygg(String role) {
        return Fixtures.company(bergs, "Bergs Bygg AB", "559102-4830", role);
    }

    private Object sandbergsDesign(String role) {
        return Fixtures.company(sandbergs, "Sandbergs Design AB", "559034-7117", role);
    }

    @Test
    void theHomePageGreetsTheUserAndSaysNoCompanyIsConnectedYet() {
        browser.signIn(User.clientUser().named("Kalle Kund"), "/portal");
        companies();

        Document html = browser.get("/portal").html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Välkommen, Kalle Kund");
        assertThat(html.selectFirst("section[aria-labelledby=companies] .lead").text())
                .isEqualTo("Inget företag är kopplat till ditt konto ännu.");
        assertThat(html.selectFirst("section[aria-labelledby=companies]").text())
                .contains("När din redovisningsbyrå bjuder in dig kopplas företaget hit");
        assertThat(html.selectFirst("section[aria-labelledby=todo] .lead").text())
                .isEqualTo("Du har inget att göra just nu.");
        assertThat(html.selectFirst("section[aria-labelledby=todo]").text()).contains("uppdragsbrev att signera");
    }

    @Test
    void aUserOfOneCompanyGoesStraightToIt() {
        signInClientUser();
        companies(bergsBygg("USER"));

        Page home = browser.get("/portal");

        assertThat(home.status()).isEqualTo(303);
        assertThat(home.location()).contains(browser.base().resolve("/portal/foretag/" + bergs).toString());
        assertThat(collaboration.requests()).filteredOn(request -> request.path().equals("/me/companies"))
                .singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/me/companies");
            assertThat(request.query()).containsEntry("size", "100");
            assertThat(request.header("Authorization")).startsWith("Bearer ");
        });
    }

    @Test
    void aUserOfSeveralCompaniesChoosesAmongThem() {
        signInClientUser();
        companies(bergsBygg("USER"), sandbergsDesign("ADMINISTRATOR"));

        Page home = browser.get("/portal");

        assertThat(home.status()).isEqualTo(200);
        Element companies = home.html().selectFirst("section[aria-labelledby=companies]");
        assertThat(companies.selectFirst("caption").text()).isEqualTo("Företag du har tillgång till");
        assertThat(companies.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("Bergs Bygg AB", "559102-4830", "Användare");
        assertThat(companies.select("tbody tr").get(1).select("td").eachText())
                .containsExactly("Sandbergs Design AB", "559034-7117", "Administratör");
        assertThat(companies.select("tbody a").eachAttr("href")).containsExactly("/portal/foretag/" + bergs,
                "/portal/foretag/" + sandbergs);
        assertThat(home.html().select("main h2").eachText()).containsExactly("Dina företag", "Att göra");
        assertThat(home.html().selectFirst("section[aria-labelledby=todo] .lead").text())
                .isEqualTo("Du har inget att göra just nu.");
    }

    @Test
    void theCompanyPageShowsItsDetailsTheEmptyToDoListItsCollaborationsAndForAnAdministratorItsUsers() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"));

        Page page = browser.get("/portal/foretag/" + bergs);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Bergs Bygg AB");
        assertThat(html.title()).startsWith("Bergs Bygg AB –");
        assertThat(html.select("main dd").eachText()).containsExactly("559102-4830", "Administratör");
        assertThat(html.selectFirst("section[aria-labelledby=todo] .lead").text())
                .isEqualTo("Du har inget att göra för Bergs Bygg AB just nu.");
        assertThat(html.selectFirst("section[aria-labelledby=collaborations] a").attr("href"))
                .isEqualTo("/portal/foretag/" + bergs + "/samarbeten");
        assertThat(html.selectFirst("section[aria-labelledby=collaborations] a").text())
                .isEqualTo("Visa företagets samarbeten");
        assertThat(html.selectFirst("section[aria-labelledby=users] a").attr("href"))
                .isEqualTo("/portal/foretag/" + bergs + "/anvandare");
        assertThat(html.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Översikt", "Samarbeten", "Användare");
        assertThat(html.selectFirst("nav a[aria-current=page]").attr("href")).isEqualTo("/portal/foretag/" + bergs);
        assertThat(html.select("form.company-switcher")).as("one company: nothing to switch").isEmpty();
    }

    @Test
    void aUserOfTheCompanyIsNotOfferedItsUsersInTheMenu() {
        signInClientUser();
        companies(bergsBygg("USER"));

        Document html = browser.get("/portal/foretag/" + bergs).html();

        assertThat(html.select("main dd").eachText()).containsExactly("559102-4830", "Användare");
        assertThat(html.select("section[aria-labelledby=users]")).isEmpty();
        assertThat(html.select("section[aria-labelledby=collaborations] a")).as("every member reads them")
                .hasSize(1);
        assertThat(html.select("nav[aria-label=Huvudmeny] a").eachText()).containsExactly("Översikt", "Samarbeten");
    }

    @Test
    void theSwitcherIsAFormThatWorksWithoutJavaScript() {
        signInClientUser();
        companies(bergsBygg("USER"), sandbergsDesign("ADMINISTRATOR"));

        Document html = browser.get("/portal/foretag/" + sandbergs).html();
        Element switcher = html.selectFirst("form.company-switcher");
        Page switched = browser.get(switcher.attr("action") + "?foretag=" + bergs);
        Page junk = browser.get("/portal/foretag?foretag=inte-ett-id");

        assertThat(switcher.attr("method")).isEqualTo("get");
        assertThat(switcher.selectFirst("label[for=foretag]").text()).isEqualTo("Välj företag");
        assertThat(switcher.select("#foretag option").eachText()).containsExactly("Bergs Bygg AB",
                "Sandbergs Design AB");
        assertThat(switcher.selectFirst("#foretag option[selected]").val()).isEqualTo(sandbergs.toString());
        assertThat(switcher.selectFirst("button").text()).isEqualTo("Byt företag");
        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).contains(browser.base().resolve("/portal/foretag/" + bergs).toString());
        assertThat(junk.location()).contains(browser.base().resolve("/portal").toString());
    }

    @Test
    void anotherCompanysAddressIsTheNotFoundPage() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"));

        for (String path : List.of("/portal/foretag/" + sandbergs, "/portal/foretag/inte-ett-id")) {
            Page page = browser.get(path);

            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
            assertThat(page.html().select("main a[href=/portal]")).isNotEmpty();
        }
    }

    @Test
    void whenTheCompaniesCannotBeReadTheHomePageSaysSo() {
        signInClientUser();
        collaboration.mode(ServiceStub.Mode.FAILING);

        Page home = browser.get("/portal");
        Page company = browser.get("/portal/foretag/" + bergs);

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().selectFirst("section[aria-labelledby=companies] .notice").text())
                .isEqualTo("Dina företag kan inte visas just nu. Försök igen om en stund.");
        assertThat(home.html().selectFirst("section[aria-labelledby=todo]")).isNotNull();
        assertThat(company.status()).isEqualTo(503);
        assertThat(company.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
    }

    @Test
    void theHomePageListsWhatToDoInEveryCompanyEachALinkToItsCollaboration() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"), sandbergsDesign("ADMINISTRATOR"));
        UUID payroll = UUID.randomUUID();
        UUID invoices = UUID.randomUUID();
        tasks(2, CollaborationFixtures.answerTask(bergs, "Bergs Bygg AB", payroll, "Lön", "2027-03-31T09:00:00Z"),
                CollaborationFixtures.decideTask(sandbergs, "Sandbergs Design AB", invoices,
                        "Digitala fakturor & dokument", "2027-06-30"));

        Element todo = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");

        assertThat(todo.select(".task-list__item")).hasSize(2);
        assertThat(todo.select(".task-list__item").get(0).text()).isEqualTo(
                "Svara på inbjudan till samarbete i Lön Bergs Bygg AB Senast 2027-03-31");
        assertThat(todo.select(".task-list__item").get(1).text()).isEqualTo(
                "Välj om ni vill fortsätta med Digitala fakturor & dokument på egen hand Sandbergs Design AB "
                        + "Samarbetets sista dag: 2027-06-30");
        assertThat(todo.select(".task-list__link").eachAttr("href")).containsExactly(
                "/portal/foretag/" + bergs + "/samarbeten/" + payroll,
                "/portal/foretag/" + sandbergs + "/samarbeten/" + invoices);
        assertThat(todo.select(".empty-state")).isEmpty();
        assertThat(todo.select("a[href=/portal/att-gora]")).as("nothing more to show").isEmpty();
        // signing in may land on the home page once before this visit: the last request is this page's
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/me/collaboration-tasks"))
                .last().satisfies(request -> assertThat(request.query()).containsEntry("page", "0")
                        .containsEntry("size", "10"));
    }

    @Test
    void whenThereIsMoreToDoTheHomePageLeadsToAllOfIt() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"), sandbergsDesign("USER"));
        Object[] first = IntStream.range(0, 10).mapToObj(i -> CollaborationFixtures.answerTask(bergs,
                "Bergs Bygg AB", UUID.randomUUID(), "Tjänst " + i, "2027-03-31T09:00:00Z")).toArray();
        tasks(12, first);

        Element todo = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");
        List<Object> everything = new ArrayList<>(IntStream.range(0, 20).mapToObj(i -> CollaborationFixtures
                .answerTask(bergs, "Bergs Bygg AB", UUID.randomUUID(), "Tjänst " + i, "2027-03-31T09:00:00Z")).toList());
        everything.add(CollaborationFixtures.answerTask(bergs, "Bergs Bygg AB", UUID.randomUUID(), "Skanner",
                "2027-04-30T09:00:00Z"));
        collaboration.onJson("GET", "/me/collaboration-tasks", 200, Fixtures.page(everything, 0, 100, 21));
        Page all = browser.get("/portal/att-gora?sida=2");

        assertThat(todo.select(".task-list__item")).hasSize(10);
        assertThat(todo.selectFirst("a[href=/portal/att-gora]").text()).isEqualTo("Visa allt du har att göra (12)");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.html().selectFirst("h1").text()).isEqualTo("Att göra");
        assertThat(all.html().select(".task-list__item").eachText()).containsExactly(
                "Svara på inbjudan till samarbete i Skanner Bergs Bygg AB Senast 2027-04-30");
        assertThat(all.html().selectFirst(".pagination__status").text()).isEqualTo("Visar 21–21 av 21");
        // the list is one of every source's to-dos by their day: read whole, paged here
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/me/collaboration-tasks")).last()
                .satisfies(request -> assertThat(request.query()).containsEntry("page", "0")
                        .containsEntry("size", "100"));
    }

    @Test
    void whenTheToDoListCannotBeReadItSaysSoAndTheRestOfThePageRenders() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"), sandbergsDesign("USER"));
        collaboration.onFailing("GET", "/me/collaboration-tasks");
        cases.onFailing("GET", "/me/case-tasks");

        Page home = browser.get("/portal");
        Page company = browser.get("/portal/foretag/" + bergs);
        Page all = browser.get("/portal/att-gora");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html().selectFirst("section[aria-labelledby=todo] .notice").text())
                .isEqualTo("Att göra kan inte visas just nu. Försök igen om en stund.");
        assertThat(home.html().select("section[aria-labelledby=companies] tbody tr")).hasSize(2);
        assertThat(company.status()).isEqualTo(200);
        assertThat(company.html().selectFirst("section[aria-labelledby=todo] .notice").text())
                .isEqualTo("Att göra kan inte visas just nu. Försök igen om en stund.");
        assertThat(company.html().selectFirst("h1").text()).isEqualTo("Bergs Bygg AB");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.html().selectFirst("main .notice").text())
                .isEqualTo("Att göra kan inte visas just nu. Försök igen om en stund.");
    }

    @Test
    void whenOnlyTheCollaborationsCannotBeReadTheListSaysSoAndShowsTheCases() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"), sandbergsDesign("USER"));
        collaboration.onFailing("GET", "/me/collaboration-tasks");
        UUID vat = UUID.randomUUID();
        cases.onJson("GET", "/me/case-tasks", 200, Fixtures.page(List.of(PortalCaseFixtures.task("CASE", sandbergs,
                "Sandbergs Design AB", vat, "QUESTION", "Moms", "2099-01-31")), 0, 10, 1));

        Element todo = browser.get("/portal").html().selectFirst("section[aria-labelledby=todo]");

        assertThat(todo.selectFirst(".notice").text())
                .isEqualTo("Samarbeten kan inte visas just nu. Försök igen om en stund.");
        assertThat(todo.select(".task-list__item").eachText()).containsExactly(
                "Fråga: Moms Sandbergs Design AB Svara senast 2099-01-31");
        assertThat(todo.select(".empty-state")).as("not nothing to do: it cannot be said").isEmpty();
    }

    @Test
    void aCompanysPageShowsWhatToDoForThatCompanyOnly() {
        signInClientUser();
        companies(bergsBygg("ADMINISTRATOR"), sandbergsDesign("ADMINISTRATOR"));
        UUID payroll = UUID.randomUUID();
        tasks(2, CollaborationFixtures.answerTask(bergs, "Bergs Bygg AB", payroll, "Lön", "2027-03-31T09:00:00Z"),
                CollaborationFixtures.decideTask(sandbergs, "Sandbergs Design AB", UUID.randomUUID(),
                        "Digitala fakturor & dokument", "2027-06-30"));

        Element todo = browser.get("/portal/foretag/" + bergs).html().selectFirst("section[aria-labelledby=todo]");

        assertThat(todo.select(".task-list__item").eachText()).containsExactly(
                "Svara på inbjudan till samarbete i Lön Senast 2027-03-31");
        assertThat(todo.selectFirst(".task-list__link").attr("href"))
                .isEqualTo("/portal/foretag/" + bergs + "/samarbeten/" + payroll);
        // signing in may land on the home page once before this visit: the last request is this page's
        assertThat(collaboration.requests()).filteredOn(r -> r.path().equals("/me/collaboration-tasks"))
                .last().satisfies(request -> assertThat(request.query()).containsEntry("size", "100"));
    }
}
