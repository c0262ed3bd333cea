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
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.CaseFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;

/** The client overview's Ärenden: the consent in words, the invitation and what stands in its way, the cases. */
@QuarkusTest
class CaseOverviewTest extends PageTest {

    private final UUID id = UUID.randomUUID();
    private final UUID caseId = UUID.randomUUID();
    private final String path = "/byra/kunder/" + id;
    private String token;

    @BeforeEach
    void aClient() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485", null, 4,
                List.of(Fixtures.contact(UUID.randomUUID(), "Eva Ek", "eva@acme.se", null, true))));
        consent(CaseFixtures.consent(id, "NONE"));
        Map<String, Object> row = CaseFixtures.summaryRow(caseId, id, "DOCUMENT_REQUEST", "Kontoutdrag december",
                "WAITING_FOR_CLIENT");
        row.put("unread", true);
        row.put("overdue", true);
        cases.onJson("GET", "/clients/" + id + "/case-summary", 200, CaseFixtures.summary("NONE", 1, 2, 1, 1,
                List.of(row)));
    }

    private void consent(Map<String, Object> consent) {
        cases.onJson("GET", "/clients/" + id + "/consent", 200, consent);
    }

    private Element section(Document html) {
        return html.selectFirst("section[aria-labelledby=cases]");
    }

    @Test
    void aClientNotInvitedHasTheInvitationAndItsCasesCountedAndListed() {
        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        Element section = section(page.html());
        assertThat(section.selectFirst("h2").text()).isEqualTo("Ärenden");
        assertThat(section.selectFirst("h3#consent + p").text())
                .isEqualTo("Ej inbjuden Kunden är inte inbjuden till ärendehantering ännu.");
        assertThat(section.selectFirst("h3#consent + p .badge").attr("class")).isEqualTo("badge badge--grey");
        Element form = section.selectFirst("form[action=/byra/kunder/" + id + "/arenden/inbjudan]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(form.selectFirst("button").text()).isEqualTo("Bjud in till ärendehantering");
        assertThat(section.text()).contains("Inbjudan går till kundens huvudkontakt, Eva Ek (eva@acme.se), som "
                + "godkänner ärendehanteringen i kundportalen.")
                .contains("Ni kan skapa ärenden som utkast redan nu.");
        assertThat(section.select("dt").eachText()).containsExactly("Väntar på kunden", "Väntar på byrån",
                "Försenade", "Med ny händelse");
        assertThat(section.select("dd").eachText()).containsExactly("1", "2", "1", "1");
        assertThat(section.selectFirst("caption").text()).isEqualTo("Senast ändrade ärenden");
        assertThat(section.select("tbody td").eachText()).containsExactly("Kontoutdrag december Dokumentbegäran",
                "Väntar på kunden Ny händelse", "2026-03-31 Försenat");
        assertThat(section.selectFirst("tbody a").attr("href")).isEqualTo("/byra/arenden/" + caseId);
        assertThat(section.selectFirst("a:contains(Nytt ärende)").attr("href"))
                .isEqualTo("/byra/arenden/nytt?kund=" + id);
        assertThat(section.selectFirst("a:contains(Alla ärenden för kunden)").attr("href"))
                .isEqualTo("/byra/arenden?kund=" + id);
        assertThat(page.html().select("main h2").eachText()).endsWith("Ärenden");
        assertThat(cases.requests()).allSatisfy(r -> assertThat(r.header("Accept-Language")).isEqualTo("sv"));
    }

    @Test
    void theConsentIsSaidInWordsForEachState() {
        consent(CaseFixtures.consent(id, "REQUESTED"));
        Element requested = section(browser.get(path).html());
        assertThat(requested.selectFirst("h3#consent + p").text())
                .isEqualTo("Inbjudan skickad Inbjudan skickad 2026-03-02 till Eva Ek, eva@acme.se.");
        assertThat(requested.selectFirst("form button").text()).isEqualTo("Skicka inbjudan igen");

        consent(CaseFixtures.consent(id, "GRANTED"));
        Element granted = section(browser.get(path).html());
        assertThat(granted.selectFirst("h3#consent + p").text())
                .isEqualTo("Samtycke givet Samtycke givet 2026-03-04 av Maria Berg.");
        assertThat(granted.selectFirst("h3#consent + p .badge").attr("class")).isEqualTo("badge badge--green");
        assertThat(granted.select("form")).isEmpty();
        assertThat(granted.text()).doesNotContain("utkast redan nu");

        Map<String, Object> declined = CaseFixtures.consent(id, "DECLINED");
        declined.put("reason", "Vi sköter det via mejl.");
        consent(declined);
        Element no = section(browser.get(path).html());
        assertThat(no.selectFirst("h3#consent + p").text()).isEqualTo("Avböjt Avböjt 2026-03-04 av Maria Berg.");
        assertThat(no.text()).contains("Kundens orsak: ”Vi sköter det via mejl.”");
        assertThat(no.selectFirst("form button").text()).isEqualTo("Skicka inbjudan igen");

        consent(CaseFixtures.consent(id, "REVOKED"));
        Element revoked = section(browser.get(path).html());
        assertThat(revoked.selectFirst("h3#consent + p").text())
                .isEqualTo("Återkallat Återkallat 2026-03-04 av Maria Berg.");
        assertThat(revoked.selectFirst("form button").text()).isEqualTo("Skicka inbjudan igen");
    }

    @Test
    void whatStandsInTheWayOfTheInvitationIsSaidInsteadOfTheButton() {
        Map<String, Object> consent = CaseFixtures.consent(id, "NONE");
        consent.put("refusals", List.of(CaseFixtures.refusal("MAIN_CONTACT_EMAIL_MISSING"),
                CaseFixtures.refusal("ADDRESS_INCOMPLETE"), CaseFixtures.refusal("MAIN_CONTACT_IS_STAFF"),
                CaseFixtures.refusal("SOMETHING_NEW")));
        consent(consent);

        Element section = section(browser.get(path).html());

        assertThat(section.select("form")).isEmpty();
        assertThat(section.selectFirst(".notice p").text()).isEqualTo("Inbjudan kan inte skickas:");
        assertThat(section.select(".notice li").eachText()).containsExactly(
                "Huvudkontakten saknar e-postadress. Lägg till den under kundens kontakter.",
                "Kundens adress är inte komplett. Fyll i gatuadress, postnummer och ort under kunduppgifterna.",
                "Huvudkontaktens e-postadress tillhör en medarbetare på byrån. Inbjudan ska gå till en person hos "
                        + "kunden: välj en annan huvudkontakt under kundens kontakter.",
                "The service's words for SOMETHING_NEW");
        assertThat(section.selectFirst(".notice a").attr("href")).isEqualTo(path + "/redigera");
        assertThat(section.selectFirst(".notice a").text()).isEqualTo("Redigera kund");
    }

    @Test
    void invitingAsksTheServiceAndShowsTheOverviewWithABanner() {
        cases.onJson("POST", "/clients/" + id + "/consent/request", 200, CaseFixtures.consent(id, "REQUESTED"));

        Page answer = browser.post(path + "/arenden/inbjudan", Form.of("_csrf", token));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).contains(browser.base().resolve(path).toString());
        assertThat(cases.requests()).filteredOn(r -> r.method().equals("POST")).singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo("/clients/" + id + "/consent/request"));
        Page overview = browser.follow(answer);
        assertThat(overview.html().selectFirst(".notification-banner").text())
                .contains("Inbjudan till ärendehantering är skickad till kundens huvudkontakt.");
        assertThat(browser.get(path).html().select(".notification-banner")).isEmpty();
    }

    @Test
    void theServicesRefusalIsAnErrorSummaryInTheSectionsWords() {
        cases.onJson("POST", "/clients/" + id + "/consent/request", 422,
                CaseFixtures.typedProblem("main-contact-email-missing", 422, "mainContactEmail"));

        Page page = browser.post(path + "/arenden/inbjudan", Form.of("_csrf", token));

        assertThat(page.status()).isEqualTo(422);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Acme AB");
        Element summary = html.selectFirst(".error-summary");
        assertThat(summary.selectFirst("h2").text()).isEqualTo("Det finns ett problem");
        assertThat(summary.selectFirst("li a").text())
                .isEqualTo("Huvudkontakten saknar e-postadress. Lägg till den under kundens kontakter.");
        assertThat(summary.selectFirst("li a").attr("href")).isEqualTo("#consent");
        assertThat(html.select("#consent")).hasSize(1);

        cases.onJson("POST", "/clients/" + id + "/consent/request", 422,
                CaseFixtures.typedProblem("client-address-incomplete", 422, "address"));
        assertThat(browser.post(path + "/arenden/inbjudan", Form.of("_csrf", token)).html()
                .selectFirst(".error-summary li").text()).startsWith("Kundens adress är inte komplett.");
    }

    @Test
    void anInvitationThatCannotBeSentIsANotice() {
        cases.onJson("POST", "/clients/" + id + "/consent/request", 409, Fixtures.typedProblem("consent-granted",
                409));
        Page granted = browser.post(path + "/arenden/inbjudan", Form.of("_csrf", token));
        assertThat(granted.status()).isEqualTo(409);
        assertThat(granted.html().selectFirst(".notice[role=alert]").text())
                .contains("Kunden har redan gett sitt samtycke till ärendehantering.");

        cases.onFailing("POST", "/clients/" + id + "/consent/request");
        Page down = browser.post(path + "/arenden/inbjudan", Form.of("_csrf", token));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst(".notice[role=alert]").text())
                .contains("Inbjudan kunde inte skickas: tjänsten för ärenden svarar inte.");
    }

    @Test
    void theOverviewRendersWhenCaseServiceIsDown() {
        cases.mode(ServiceStub.Mode.FAILING);

        Page page = browser.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(section(page.html()).text())
                .isEqualTo("Ärenden Ärenden kan inte visas just nu. Försök igen om en stund.");
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Acme AB");
    }

    @Test
    void aClientCaseServiceHasNotHeardOfYetIsSaidSo() {
        cases.reset();

        Element section = section(browser.get(path).html());

        assertThat(section.text()).contains("Tjänsten för ärenden känner inte till kunden ännu.");
        assertThat(section.select("form")).isEmpty();
    }

    @Test
    void aClientWithoutCasesIsToldSoAndMayStartOne() {
        cases.onJson("GET", "/clients/" + id + "/case-summary", 200, CaseFixtures.summary("GRANTED", 0, 0, 0, 0,
                List.of()));

        Element section = section(browser.get(path).html());

        assertThat(section.text()).contains("Kunden har inga ärenden ännu.");
        assertThat(section.select("table, dl")).isEmpty();
        assertThat(section.selectFirst("a.button").text()).isEqualTo("Nytt ärende");
    }
}
