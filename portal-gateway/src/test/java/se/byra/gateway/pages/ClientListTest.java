package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class ClientListTest extends PageTest {

    @Test
    void theRegisterIsATableWithCaptionAndPaging() {
        User user = signInStaff();
        UUID mine = UUID.randomUUID();
        List<Object> clients = new java.util.ArrayList<>(Fixtures.clients(1, 19));
        clients.add(0, Fixtures.clientSummary(mine, "Acme & Söner AB", "556703-7485", user.subject(), false));
        engagement.onJson("GET", "/clients", 200, Fixtures.page(clients, 0, 20, 57));

        Page page = browser.get("/byra/kunder");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Alla kunder");
        assertThat(html.select("table thead th").eachText()).containsExactly("Namn", "Organisationsnummer",
                "Kundansvarig", "Status");
        assertThat(html.select("table tbody tr")).hasSize(20);
        assertThat(html.select("table tbody tr").first().select("td").eachText()).containsExactly("Acme & Söner AB",
                "556703-7485", "Du", "Inaktiv");
        assertThat(html.selectFirst("tbody a").attr("href")).isEqualTo("/byra/kunder/" + mine);
        assertThat(html.select("tbody tr").get(1).select("td").eachText()).contains("Ingen", "Aktiv");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–20 av 57");
        assertThat(html.select("a[rel=prev]")).isEmpty();
        assertThat(html.selectFirst("a[rel=next]").attr("href")).isEqualTo("/byra/kunder?sida=2");
        assertThat(html.selectFirst("main a.button").text()).isEqualTo("Registrera kund");
        assertThat(engagement.requests()).singleElement().satisfies(request -> {
            assertThat(request.query()).containsEntry("page", "0").containsEntry("size", "20")
                    .doesNotContainKey("q");
            assertThat(request.header("Accept-Language")).isEqualTo("sv");
        });
    }

    @Test
    void theClientManagerIsNamedWhenTheServiceGivesTheName() {
        User user = signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(
                Fixtures.with(Fixtures.clientSummary(UUID.randomUUID(), "Acme AB", "556703-7485",
                        UUID.randomUUID().toString(), true), "clientManagerName", "Erik Johansson"),
                Fixtures.clientSummary(UUID.randomUUID(), "Beta AB", "556703-7485", user.subject(), true)), 0, 20, 2));

        Document html = browser.get("/byra/kunder").html();

        assertThat(html.select("tbody tr").get(0).select("td").get(2).text()).isEqualTo("Erik Johansson");
        assertThat(html.select("tbody tr").get(1).select("td").get(2).text()).as("no name: in words, as before")
                .isEqualTo("Du");
    }

    @Test
    void aLaterPageAsksTheServiceForItAndLinksBothWays() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(Fixtures.clients(20, 20), 1, 20, 57));

        Document html = browser.get("/byra/kunder?sida=2").html();

        assertThat(engagement.requests().get(0).query()).containsEntry("page", "1");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 21–40 av 57");
        assertThat(html.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/byra/kunder");
        assertThat(html.selectFirst("a[rel=next]").attr("href")).isEqualTo("/byra/kunder?sida=3");
    }

    @Test
    void aPagePastTheEndGoesToTheLastPage() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 9, 20, 57));

        Page page = browser.get("/byra/kunder?sida=10");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).contains(browser.base().resolve("/byra/kunder?sida=3").toString());
    }

    @Test
    void theSearchIsPassedOnAndKeptInThePagingLinks() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(Fixtures.clients(0, 20), 0, 20, 25));

        Document html = browser.get("/byra/kunder?q=%20kund%20%C3%A5").html();

        assertThat(engagement.requests().get(0).query()).containsEntry("q", "kund å");
        assertThat(html.selectFirst("input#q").val()).isEqualTo("kund å");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Kunder som matchar ”kund å”");
        assertThat(html.selectFirst("a[rel=next]").attr("href")).isEqualTo("/byra/kunder?q=kund+%C3%A5&sida=2");
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheStatusForScreenReaders() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(Fixtures.clients(0, 3), 0, 20, 3));

        Page fragment = browser.get("/byra/kunder?q=kund", "HX-Request", "true");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<header");
        assertThat(fragment.html().select("table tbody tr")).hasSize(3);
        assertThat(fragment.html().selectFirst("#results-status[hx-swap-oob]").text()).isEqualTo("Visar 1–3 av 3");
        assertThat(fragment.headers().allValues("Vary")).contains("HX-Request");
        assertThat(browser.get("/byra/kunder?q=kund").html().select("#results-status[hx-swap-oob]")).isEmpty();
    }

    @Test
    void theSearchFieldUpdatesTheResultsAsOneTypesAndTheFormWorksWithout() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document html = browser.get("/byra/kunder").html();

        assertThat(html.selectFirst("form[role=search]").attr("method")).isEqualTo("get");
        assertThat(html.selectFirst("form[role=search]").attr("action")).isEqualTo("/byra/kunder");
        assertThat(html.selectFirst("form[role=search] button[type=submit]").text()).isEqualTo("Sök");
        assertThat(html.selectFirst("input#q").attr("hx-get")).isEqualTo("/byra/kunder");
        assertThat(html.selectFirst("input#q").attr("hx-target")).isEqualTo("#results");
        assertThat(html.selectFirst("label[for=q]").text()).isEqualTo("Sök kund");
    }

    @Test
    void anEmptyRegisterInvitesToRegisterTheFirstClient() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document html = browser.get("/byra/kunder").html();

        assertThat(html.select("table")).isEmpty();
        assertThat(html.selectFirst(".empty-state .lead").text()).isEqualTo("Inga kunder ännu");
        assertThat(html.select(".empty-state a[href=/byra/kunder/ny]").text()).isEqualTo("Registrera kund");
    }

    @Test
    void aSearchWithoutMatchesSaysSoAndOffersTheWholeList() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document html = browser.get("/byra/kunder?q=%3Cb%3Ezz").html();

        assertThat(html.selectFirst(".empty-state .lead").text()).isEqualTo("Inga kunder matchar ”<b>zz”");
        assertThat(html.select(".empty-state b")).isEmpty();
        assertThat(html.select(".empty-state a[href=/byra/kunder]")).isNotEmpty();
    }

    @Test
    void theRegisterIsAnUnavailablePageWhenTheServiceIsDown() {
        signInStaff();
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/kunder");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
    }

    @Test
    void aPageNumberThatIsNoNumberShowsTheFirstPage() {
        signInStaff();
        engagement.onJson("GET", "/clients", 200, Fixtures.page(List.of(), 0, 20, 0));

        for (String page : List.of("abc", "-3", "0", "99999999999")) {
            assertThat(browser.get("/byra/kunder?sida=" + page).status()).as(page).isEqualTo(200);
        }
        assertThat(engagement.requests()).allSatisfy(r -> assertThat(r.query()).containsEntry("page", "0"));
    }
}
