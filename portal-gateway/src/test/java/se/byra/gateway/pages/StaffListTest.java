package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;

@QuarkusTest
class StaffListTest extends PageTest {

    private final UUID anna = UUID.randomUUID();
    private final UUID erik = UUID.randomUUID();
    private final UUID greta = UUID.randomUUID();
    private final UUID olle = UUID.randomUUID();

    /** Anna (the signed-in administrator), Erik invited, Greta deactivated, Olle whose login failed. */
    private void fourStaffMembers() {
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(
                Fixtures.with(Fixtures.staffMember(anna, "Anna Administratör", "anna@byran.test"), "administrator", true),
                Fixtures.with(Fixtures.with(Fixtures.staffMember(erik, "Erik Johansson", "erik@byran.test"),
                        "permission", "OWN_CLIENTS"), "provisioningState", "PENDING"),
                Fixtures.with(Fixtures.staffMember(greta, "Greta Slutat", "greta@byran.test"), "status", "DEACTIVATED"),
                Fixtures.with(Fixtures.with(Fixtures.staffMember(olle, "Olle Fel", "olle@byran.test"),
                        "provisioningState", "FAILED"), "provisioningReason", "Keycloak refused the user")), 0, 20, 4));
    }

    @Test
    void theStaffAreATableInWords() {
        signInStaff();
        fourStaffMembers();

        Page page = browser.get("/byra/medarbetare");

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Medarbetare");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Byråns medarbetare");
        assertThat(html.select("table thead th").eachText()).containsExactly("Namn och e-post", "Behörighet",
                "Administratör", "Status", "Inloggning");
        List<Element> rows = html.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Anna Administratör anna@byran.test",
                "Alla kunder", "Ja", "Aktiv", "Aktiv");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("Erik Johansson erik@byran.test",
                "Egna kunder", "Nej", "Aktiv", "Inbjudan skickad");
        assertThat(rows.get(2).select("td").get(3).text()).isEqualTo("Inaktiverad");
        assertThat(rows.get(2).select("td").get(4).text()).as("a deactivated member's login is shut")
                .isEqualTo("Avstängd");
        assertThat(rows.get(2).select("td .badge").first().attr("class")).isEqualTo("badge badge--grey");
        assertThat(rows.get(3).select("td").get(4).text()).isEqualTo("Misslyckades Orsak: Keycloak refused the user");
        assertThat(rows.get(3).select("td .badge").last().attr("class")).isEqualTo("badge badge--red");
        assertThat(rows.get(0).select("td").get(0).attr("data-label")).isEqualTo("Namn och e-post");
        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 1–4 av 4");
        assertThat(engagement.requests()).singleElement().satisfies(request -> {
            assertThat(request.query()).containsEntry("page", "0").containsEntry("size", "20")
                    .doesNotContainKey("q").doesNotContainKey("status");
            assertThat(request.header("Accept-Language")).isEqualTo("sv");
        });
    }

    @Test
    void staffWhoAreNotAdministratorsSeeNoActions() {
        signInStaff();
        fourStaffMembers();

        Document html = browser.get("/byra/medarbetare").html();

        assertThat(html.select("main a[href=/byra/medarbetare/ny]")).isEmpty();
        assertThat(html.select("tbody a")).isEmpty();
        assertThat(html.select("main form[method=post]")).isEmpty();
        assertThat(html.text()).doesNotContain("Försök igen").doesNotContain("Bjud in");
    }

    @Test
    void administratorsSeeTheActionsAndThemselvesMarked() {
        signInAdmin();
        fourStaffMembers();

        Document html = browser.get("/byra/medarbetare").html();

        assertThat(html.selectFirst("main a.button[href=/byra/medarbetare/ny]").text()).isEqualTo("Bjud in medarbetare");
        assertThat(html.selectFirst("tbody a").attr("href")).isEqualTo("/byra/medarbetare/" + anna + "/redigera");
        assertThat(html.select("tbody tr").get(0).selectFirst("td").text()).isEqualTo("Anna Administratör (du) anna@byran.test");
        assertThat(html.select("tbody tr").get(1).selectFirst("td").text()).isEqualTo("Erik Johansson erik@byran.test");
        Element retry = html.selectFirst("tbody form[method=post]");
        assertThat(retry.attr("action")).isEqualTo("/byra/medarbetare/" + olle + "/inloggning");
        assertThat(retry.selectFirst("button").text()).isEqualTo("Försök igen att skapa inloggningen för Olle Fel");
        assertThat(retry.selectFirst("input[name=_csrf]").val()).isNotBlank();
        assertThat(html.select("tbody form")).hasSize(1);
    }

    @Test
    void theSearchAndTheStatusArePassedOnAndKeptInThePagingLinks() {
        signInStaff();
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            members.add(Fixtures.staffMember(UUID.randomUUID(), "Medarbetare " + i, i + "@byran.test"));
        }
        engagement.onJson("GET", "/staff", 200, Fixtures.page(members, 0, 20, 25));

        Document html = browser.get("/byra/medarbetare?q=%20karin%20&status=aktiva").html();

        assertThat(engagement.requests().get(0).query()).containsEntry("q", "karin").containsEntry("status", "ACTIVE");
        assertThat(html.selectFirst("input#q").val()).isEqualTo("karin");
        assertThat(html.selectFirst("#status option[selected]").val()).isEqualTo("aktiva");
        assertThat(html.selectFirst("table caption").text()).isEqualTo("Medarbetare som matchar ”karin”");
        assertThat(html.selectFirst("a[rel=next]").attr("href")).isEqualTo("/byra/medarbetare?q=karin&status=aktiva&sida=2");

        engagement.clearRequests();
        browser.get("/byra/medarbetare?status=inaktiverade&sida=2");
        assertThat(engagement.requests().get(0).query()).containsEntry("status", "DEACTIVATED").containsEntry("page", "1");

        engagement.clearRequests();
        browser.get("/byra/medarbetare?status=PENDING");
        assertThat(engagement.requests().get(0).query()).as("an unknown status shows everyone")
                .doesNotContainKey("status");
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheStatusForScreenReaders() {
        signInStaff();
        fourStaffMembers();

        Page fragment = browser.get("/byra/medarbetare?q=e", "HX-Request", "true");

        assertThat(fragment.body()).doesNotContain("<html").doesNotContain("<header");
        assertThat(fragment.html().select("tbody tr")).hasSize(4);
        assertThat(fragment.html().selectFirst("#results-status[hx-swap-oob]").text()).isEqualTo("Visar 1–4 av 4");
        assertThat(fragment.headers().allValues("Vary")).contains("HX-Request");
        Document whole = browser.get("/byra/medarbetare").html();
        assertThat(whole.selectFirst("input#q").attr("hx-include")).isEqualTo("closest form");
        assertThat(whole.selectFirst("select#status").attr("hx-trigger")).isEqualTo("change");
        assertThat(whole.selectFirst("form[role=search]").attr("method")).isEqualTo("get");
    }

    @Test
    void emptyListsSayWhatTheyMeanAndWhatToDo() {
        signInAdmin();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document none = browser.get("/byra/medarbetare").html();
        Document noMatch = browser.get("/byra/medarbetare?q=%3Cb%3Ezz").html();
        Document noDeactivated = browser.get("/byra/medarbetare?status=inaktiverade").html();

        assertThat(none.select("table")).isEmpty();
        assertThat(none.selectFirst(".empty-state .lead").text()).isEqualTo("Inga medarbetare i registret ännu");
        assertThat(none.selectFirst(".empty-state a[href=/byra/medarbetare/ny]").text()).isEqualTo("Bjud in medarbetare");
        assertThat(noMatch.selectFirst(".empty-state .lead").text()).isEqualTo("Inga medarbetare matchar ”<b>zz”");
        assertThat(noMatch.select(".empty-state b")).isEmpty();
        assertThat(noMatch.select(".empty-state a[href=/byra/medarbetare]").text()).isEqualTo("Visa alla medarbetare");
        assertThat(noDeactivated.selectFirst(".empty-state .lead").text()).isEqualTo("Inga inaktiverade medarbetare");
    }

    @Test
    void aPagePastTheEndGoesToTheLastPageKeepingTheFilter() {
        signInStaff();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(), 4, 20, 25));

        Page page = browser.get("/byra/medarbetare?status=aktiva&sida=5");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).contains(browser.base().resolve("/byra/medarbetare?status=aktiva&sida=2").toString());
    }

    @Test
    void theListIsAnUnavailablePageWhenTheServiceIsDown() {
        signInStaff();
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get("/byra/medarbetare");

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Tjänsten svarar inte just nu");
    }

    @Test
    void clientUsersGetTheForbiddenPage() {
        signInClientUser();
        fourStaffMembers();

        Page page = browser.get("/byra/medarbetare");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("anna@byran.test");
        assertThat(engagement.requests()).isEmpty();
        assertThat(Map.of("h1", page.html().selectFirst("h1").text())).containsEntry("h1",
                "Du har inte behörighet till sidan");
    }
}
