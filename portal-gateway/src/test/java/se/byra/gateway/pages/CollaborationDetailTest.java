package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.HttpStub.Answer;

/** One collaboration: its details, who has access, its history in words, and the actions its status allows. */
@QuarkusTest
class CollaborationDetailTest extends PageTest {

    private final UUID id = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final UUID karin = UUID.randomUUID();
    private final UUID before = UUID.randomUUID();
    private final UUID after = UUID.randomUUID();
    private final String path = "/byra/samarbeten/" + id;
    private String token;

    @BeforeEach
    void staffSignedIn() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(karin,
                "Karin Kundansvarig", "karin@byran.test")), 0, 100, 1));
        collaboration.onJson("GET", "/catalogue/payroll", 200, CollabFixtures.payroll());
        collaboration.onJson("GET", "/engagements", 200, Fixtures.page(List.of(
                CollabFixtures.signedEngagement(before, clientId, "Bokslut 2025", null),
                CollabFixtures.signedEngagement(after, clientId, "Löpande bokföring", null)), 0, 100, 2));
        collaboration.onJson("GET", "/collaborations/" + id + "/history", 200, Fixtures.page(List.of(), 0, 20, 0));
    }

    private Map<String, Object> active() {
        return CollabFixtures.with(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "ACTIVE"),
                "variant", "STANDARD", "invoiceRecipient", "CLIENT", "staffIds", List.of(karin.toString(),
                        UUID.randomUUID().toString()), "activatedAt", "2026-03-03T10:00:00Z", "answeredAt",
                "2026-03-03T10:00:00Z", "answeredByName", "Maria Berg", "termsVersion", "2026-1");
    }

    private void collaboration(Map<String, Object> c) {
        collaboration.onJson("GET", "/collaborations/" + id, 200, c);
    }

    private Document page() {
        return browser.get(path).html();
    }

    private List<String> actions(Document html) {
        return html.select("main .button-group").first() == null ? List.of()
                : html.selectFirst("main .button-group").select(".button").eachText();
    }

    @Test
    void anActiveCollaborationShowsItsDetailsAccessAnswerAndActions() {
        collaboration(active());

        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Lön med Acme AB");
        assertThat(html.title()).isEqualTo("Lön med Acme AB – Byråplattformen");
        assertThat(html.selectFirst("h1 + p .badge").text()).isEqualTo("Aktiv");
        Element details = html.selectFirst("section[aria-labelledby=details]");
        assertThat(details.select("dt").eachText()).containsExactly("Kund", "Tjänst", "Uppdrag", "Variant",
                "Fakturamottagare");
        assertThat(details.select("dd").eachText()).containsExactly("Acme AB", "Lön", "Löpande bokföring",
                "Standard", "Kunden");
        assertThat(details.selectFirst("dd a").attr("href")).isEqualTo("/byra/kunder/" + clientId);
        assertThat(html.select("section[aria-labelledby=access] li").eachText())
                .containsExactly("Karin Kundansvarig", "Okänd medarbetare");
        assertThat(html.select("section[aria-labelledby=invitation] dd").eachText())
                .containsExactly("2026-03-02 av Karin Kundansvarig", "1");
        assertThat(html.select("section[aria-labelledby=answer] dd").eachText())
                .containsExactly("2026-03-03 av Maria Berg", "Version 2026-1");
        assertThat(html.select("section[aria-labelledby=steps] li").eachText()).hasSize(2);
        assertThat(actions(html)).containsExactly("Ändra samarbetet med Acme AB", "Avsluta samarbetet");
        assertThat(html.selectFirst("a.button:contains(Avsluta samarbetet)").attr("href"))
                .isEqualTo(path + "/avsluta");
        assertThat(html.selectFirst("section[aria-labelledby=history] p").text()).isEqualTo("Ingen historik ännu.");
        assertThat(html.select("nav[aria-label=Huvudmeny] a[aria-current=page]").eachText())
                .containsExactly("Samarbeten");
    }

    @Test
    void theHistoryIsATableInWords() {
        collaboration(active());
        collaboration.onJson("GET", "/collaborations/" + id + "/history", 200, Fixtures.page(List.of(
                CollabFixtures.step("2026-03-02T09:00:00Z", "INVITED", "AGENCY", "Karin Kundansvarig",
                        "NEW_CUSTOMER"),
                CollabFixtures.step("2026-03-03T10:00:00Z", "ACCEPTED", "CLIENT", "Maria Berg", "terms 2026-1"),
                CollabFixtures.step("2026-03-04T10:00:00Z", "UPDATED", "AGENCY", "Karin Kundansvarig", null,
                        CollabFixtures.change("invoiceRecipient", "AGENCY", "CLIENT"),
                        CollabFixtures.change("engagementId", before.toString(), after.toString()),
                        CollabFixtures.change("variant", "START", "STANDARD")),
                CollabFixtures.step("2026-03-05T10:00:00Z", "ENDING_SET", "AGENCY", "Karin Kundansvarig", null,
                        CollabFixtures.change("endsOn", null, "2026-06-30")),
                CollabFixtures.step("2026-03-06T10:00:00Z", "EXPIRED", "SYSTEM", null, null),
                CollabFixtures.step("2026-03-07T10:00:00Z", "SOMETHING_NEW", "AGENCY", "Karin Kundansvarig", null)),
                0, 20, 6));

        Element history = page().selectFirst("section[aria-labelledby=history]");

        assertThat(history.selectFirst("caption").text()).isEqualTo("Samarbetets historik");
        assertThat(history.select("thead th").eachText()).containsExactly("Datum", "Händelse", "Av", "Detaljer");
        List<Element> rows = history.select("tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("2026-03-02", "Inbjudan skickad",
                "Karin Kundansvarig (byrån)", "Kundkontot skapades");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("2026-03-03", "Godkänt av kunden",
                "Maria Berg (kunden)", "Villkor version 2026-1");
        assertThat(rows.get(2).select("td").get(3).html()).contains("<br>");
        assertThat(rows.get(2).select("td").get(3).text()).isEqualTo("Fakturamottagare ändrades från Byrån till "
                + "Kunden Uppdrag ändrades från Bokslut 2025 till Löpande bokföring Variant ändrades från Start till "
                + "Standard");
        assertThat(rows.get(3).select("td").eachText()).containsExactly("2026-03-05", "Sista dag bestämd",
                "Karin Kundansvarig (byrån)", "Sista dag: 2026-06-30");
        assertThat(rows.get(4).select("td").get(2).text()).isEqualTo("Automatiskt");
        assertThat(rows.get(5).select("td").get(1).text()).isEqualTo("Annan händelse");
        assertThat(rows.get(0).select("td").eachAttr("data-label")).containsExactly("Datum", "Händelse", "Av",
                "Detaljer");
    }

    @Test
    void aLongHistoryIsPaged() {
        collaboration(active());
        collaboration.onJson("GET", "/collaborations/" + id + "/history", 200, Fixtures.page(List.of(
                CollabFixtures.step("2026-03-02T09:00:00Z", "INVITED", "AGENCY", "Karin Kundansvarig", null)),
                1, 20, 25));

        Document html = browser.get(path + "?sida=2").html();

        assertThat(html.selectFirst(".pagination__status").text()).isEqualTo("Visar 21–25 av 25");
        assertThat(html.selectFirst("a[rel=prev]").attr("href")).isEqualTo(path);
        assertThat(collaboration.requests()).filteredOn(r -> r.path().endsWith("/history")).singleElement()
                .satisfies(r -> assertThat(r.query()).containsEntry("page", "1").containsEntry("size", "20"));
    }

    @Test
    void theActionsFollowTheStatus() {
        collaboration(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "INVITED"));
        Document invited = page();
        collaboration(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "EXPIRED"));
        Document expired = page();
        collaboration(CollabFixtures.with(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "DECLINED"),
                "answeredAt", "2026-03-04T10:00:00Z", "answeredByName", "Maria Berg", "declineReason",
                "Vi sköter lönerna själva"));
        Document declined = page();
        collaboration(CollabFixtures.with(active(), "endsOn", "2026-06-30", "endSide", "AGENCY", "endByName",
                "Karin Kundansvarig"));
        Document agencyEnding = page();
        collaboration(CollabFixtures.with(active(), "endsOn", "2026-06-30", "endSide", "CLIENT", "endByName",
                "Maria Berg", "serviceDecision", "KEEP"));
        Document clientEnding = page();

        assertThat(actions(invited)).containsExactly("Skicka inbjudan igen", "Ändra samarbetet med Acme AB");
        assertThat(invited.selectFirst("form[action=" + path + "/inbjudan] input[name=_csrf]").val())
                .isEqualTo(token);
        assertThat(invited.selectFirst(".badge").text()).isEqualTo("Inbjuden");
        assertThat(invited.select("section[aria-labelledby=invitation] dt").eachText()).containsExactly("Skickad",
                "Antal gånger skickad", "Svar senast");
        assertThat(actions(expired)).containsExactly("Skicka inbjudan igen");
        assertThat(actions(declined)).isEmpty();
        assertThat(declined.select("section[aria-labelledby=answer] dd").eachText())
                .containsExactly("2026-03-04 av Maria Berg", "Vi sköter lönerna själva");
        assertThat(declined.selectFirst(".badge").attr("class")).isEqualTo("badge badge--red");
        assertThat(actions(agencyEnding)).containsExactly("Ändra samarbetet med Acme AB", "Ångra avslutet",
                "Avsluta samarbetet");
        assertThat(agencyEnding.selectFirst("h1 + p .badge").text()).isEqualTo("Avslutas 2026-06-30");
        assertThat(agencyEnding.select("section[aria-labelledby=ending] dd").eachText()).containsExactly(
                "2026-06-30", "Karin Kundansvarig (byrån)", "Kunden har inte svarat ännu");
        assertThat(actions(clientEnding)).doesNotContain("Ångra avslutet");
        assertThat(clientEnding.text()).contains("Kunden har bestämt att samarbetet avslutas 2026-06-30.");
        assertThat(clientEnding.select("section[aria-labelledby=ending] dd").eachText()).containsExactly(
                "2026-06-30", "Maria Berg (kunden)", "Kunden fortsätter med tjänsten på egen hand");
    }

    @Test
    void anUnlinkedImportShowsWhereItCameFromAndOffersLinkingAndRemoving() {
        collaboration(CollabFixtures.collaboration(id, clientId, null, null, "UNLINKED"));

        Document html = page();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Okopplat samarbete med Acme AB");
        assertThat(html.selectFirst(".badge").text()).isEqualTo("Okopplad");
        assertThat(actions(html)).containsExactly("Koppla", "Ta bort samarbetet med Acme AB");
        assertThat(html.selectFirst("a.button:contains(Koppla)").attr("href")).isEqualTo(path + "/koppla");
        assertThat(html.select("section[aria-labelledby=import] dd").eachText()).containsExactly("BS-1001", "Lön",
                "2024-01-01");
        assertThat(html.select("section[aria-labelledby=access]")).isEmpty();
        assertThat(collaboration.requests()).noneMatch(r -> r.path().startsWith("/catalogue"));
    }

    @Test
    void sendingTheInvitationAgainLeadsBackWithABanner() {
        collaboration(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "EXPIRED"));
        collaboration.onJson("POST", "/collaborations/" + id + "/invitation", 200,
                CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "INVITED"));

        Page sent = browser.post(path + "/inbjudan", Form.of("_csrf", token));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.location()).contains(browser.base().resolve(path).toString());
        assertThat(collaboration.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo("/collaborations/" + id + "/invitation"));
        assertThat(page().selectFirst(".notification-banner").text()).contains("Inbjudan är skickad igen.");
    }

    @Test
    void anInvitationThatCannotBeSentAgainIsSaidWhy() {
        collaboration(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "EXPIRED"));
        collaboration.onJson("POST", "/collaborations/" + id + "/invitation", 409,
                CollabFixtures.problem("collaboration-exists", 409));
        Page exists = browser.post(path + "/inbjudan", Form.of("_csrf", token));
        collaboration.onJson("POST", "/collaborations/" + id + "/invitation", 409, Fixtures.conflict());
        Page answered = browser.post(path + "/inbjudan", Form.of("_csrf", token));
        collaboration.onJson("POST", "/collaborations/" + id + "/invitation", 422,
                CollabFixtures.problem("engagement-required", 422, "engagementId"));
        Page ended = browser.post(path + "/inbjudan", Form.of("_csrf", token));
        collaboration.on("POST", "/collaborations/" + id + "/invitation", request -> Answer.problem(500, "{}"));
        Page down = browser.post(path + "/inbjudan", Form.of("_csrf", token));

        assertThat(exists.status()).isEqualTo(409);
        assertThat(exists.html().selectFirst("main > .notice").text()).isEqualTo("Inbjudan kunde inte skickas igen "
                + "eftersom kunden har ett annat samarbete i tjänsten som väntar på svar eller är aktivt.");
        assertThat(answered.html().selectFirst("main > .notice").text())
                .isEqualTo("Det gick inte eftersom samarbetet har ändrats under tiden. Så här ser det ut nu.");
        assertThat(ended.status()).isEqualTo(422);
        assertThat(ended.html().selectFirst("main > .notice").text()).startsWith("Inbjudan kunde inte skickas igen "
                + "eftersom uppdraget inte gäller längre.");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("main > .notice").text()).isEqualTo("Det gick inte eftersom tjänsten "
                + "inte svarar just nu. Försök igen om en stund.");
        assertThat(down.html().selectFirst("h1").text()).isEqualTo("Lön med Acme AB");
    }

    @Test
    void withdrawingTheAgencysEndingLeadsBackWithABannerOrSaysWhyNot() {
        collaboration(CollabFixtures.with(active(), "endsOn", "2026-06-30", "endSide", "AGENCY"));
        collaboration.onJson("DELETE", "/collaborations/" + id + "/ending", 200, active());

        Page withdrawn = browser.post(path + "/angra-avslut", Form.of("_csrf", token));
        String banner = page().selectFirst(".notification-banner").text();
        collaboration.onJson("DELETE", "/collaborations/" + id + "/ending", 409, Fixtures.conflict());
        Page refused = browser.post(path + "/angra-avslut", Form.of("_csrf", token));

        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(collaboration.requests()).anyMatch(r -> r.method().equals("DELETE")
                && r.path().equals("/collaborations/" + id + "/ending"));
        assertThat(banner).contains("Avslutet är ångrat och samarbetet fortsätter.");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("main > .notice").text()).startsWith("Det gick inte eftersom "
                + "samarbetet har ändrats");
    }

    @Test
    void removingAnImportSaysWhatItDoesFirstThenLeadsToTheUnlinkedWithABanner() {
        collaboration(CollabFixtures.collaboration(id, clientId, null, null, "UNLINKED"));
        collaboration.on("DELETE", "/collaborations/" + id, request -> new Answer(204, null, "", Map.of()));
        collaboration.onJson("GET", "/collaborations", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document confirm = browser.get(path + "/ta-bort").html();
        Page removed = browser.post(path + "/ta-bort", Form.of("_csrf", token));

        assertThat(confirm.selectFirst("h1").text()).isEqualTo("Ta bort det okopplade samarbetet");
        assertThat(confirm.text()).contains("Det importerade samarbetet BS-1001 med Acme AB tas bort. Kunden "
                + "påverkas inte.");
        assertThat(confirm.selectFirst("form[action=" + path + "/ta-bort] button.button--warning").text())
                .isEqualTo("Ta bort samarbetet");
        assertThat(confirm.selectFirst("form a").attr("href")).isEqualTo(path);
        assertThat(removed.status()).isEqualTo(303);
        assertThat(removed.location()).contains(browser.base().resolve("/byra/samarbeten?status=okopplad")
                .toString());
        assertThat(collaboration.requests()).anyMatch(r -> r.method().equals("DELETE")
                && r.path().equals("/collaborations/" + id));
        assertThat(browser.get("/byra/samarbeten?status=okopplad").html().selectFirst(".notification-banner").text())
                .contains("Det importerade samarbetet är borttaget.");
    }

    @Test
    void aLinkedCollaborationCannotBeRemoved() {
        collaboration(active());
        collaboration.onJson("DELETE", "/collaborations/" + id, 409, Fixtures.conflict());

        Document confirm = browser.get(path + "/ta-bort").html();
        Page refused = browser.post(path + "/ta-bort", Form.of("_csrf", token));

        assertThat(confirm.text()).contains("Bara ett okopplat samarbete kan tas bort.");
        assertThat(confirm.select("main form")).isEmpty();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.html().selectFirst("main > .notice").text())
                .isEqualTo("Bara ett okopplat samarbete kan tas bort.");
    }

    @Test
    void whatCannotBeReadIsLeftOutInWords() {
        collaboration(active());
        engagement.on("GET", "/staff", request -> Answer.problem(500, "{}"));
        collaboration.on("GET", "/collaborations/" + id + "/history", request -> Answer.problem(500, "{}"));

        Document html = page();

        assertThat(html.selectFirst("section[aria-labelledby=access]").text())
                .contains("Medarbetarnas namn kan inte visas just nu.");
        assertThat(html.selectFirst("section[aria-labelledby=history] .notice").text())
                .isEqualTo("Historiken kan inte visas just nu. Försök igen om en stund.");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Lön med Acme AB");
    }

    @Test
    void anUnknownCollaborationIsTheNotFoundPageAndADownServiceIsSaidInWords() {
        Page unknown = browser.get("/byra/samarbeten/" + UUID.randomUUID());
        Page notAnId = browser.get("/byra/samarbeten/inte-ett-id");
        collaboration.on("GET", "/collaborations/" + id, request -> Answer.problem(500, "{}"));
        Page down = browser.get(path);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("h1").text()).isEqualTo("Samarbetet kan inte visas just nu");
        assertThat(down.html().text()).contains("Tjänsten för samarbeten svarar inte.");
    }

    @Test
    void theActionsNeedTheFormsTokenAndTheStaffRole() {
        collaboration(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "EXPIRED"));

        for (String action : List.of("/inbjudan", "/angra-avslut", "/ta-bort")) {
            assertThat(browser.post(path + action, Form.of("_csrf", "forged")).status()).as(action).isEqualTo(403);
        }
        assertThat(collaboration.requests()).noneMatch(r -> !r.method().equals("GET"));

        browser = new Browser();
        signInClientUser();
        String clientToken = browser.get("/portal/finns-inte").csrf();
        assertThat(browser.get(path).status()).isEqualTo(403);
        assertThat(browser.post(path + "/inbjudan", Form.of("_csrf", clientToken)).status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }
}
