package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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

/** Changing a collaboration's engagement and options, and ending it now or at a date. */
@QuarkusTest
class CollaborationChangeTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID id = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final UUID current = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID lapsed = UUID.randomUUID();
    private final String path = "/byra/samarbeten/" + id;
    private final String edit = path + "/redigera";
    private final String end = path + "/avsluta";
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    private String token;

    @BeforeEach
    void anActivePayrollCollaboration() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        collaboration(active());
        collaboration.onJson("GET", "/catalogue/payroll", 200, CollabFixtures.payroll());
        collaboration.onJson("GET", "/engagements", 200, Fixtures.page(List.of(
                CollabFixtures.signedEngagement(current, clientId, "Löpande bokföring", null),
                CollabFixtures.signedEngagement(other, clientId, "Bokslut 2026", today.plusYears(1).toString()),
                CollabFixtures.signedEngagement(lapsed, clientId, "Bokslut 2024", "2025-04-30")), 0, 100, 3));
    }

    private Map<String, Object> active() {
        return CollabFixtures.with(CollabFixtures.collaboration(id, clientId, "payroll", "Lön", "ACTIVE"),
                "engagementId", current.toString(), "variant", "STANDARD", "invoiceRecipient", "CLIENT");
    }

    private void collaboration(Map<String, Object> c) {
        collaboration.onJson("GET", "/collaborations/" + id, 200, c);
    }

    private JsonNode sent(String method) throws Exception {
        return JSON.readTree(collaboration.requests().stream().filter(r -> r.method().equals(method))
                .findFirst().orElseThrow().body());
    }

    private boolean changed() {
        return collaboration.requests().stream().anyMatch(r -> !r.method().equals("GET"));
    }

    private Form edited(String engagementId, String variant, String recipient, String version) {
        return Form.of("_csrf", token, "version", version, "engagementId", engagementId, "variant", variant,
                "invoiceRecipient", recipient);
    }

    @Test
    void theEditFormHasTheCurrentValuesTheEngagementsInForceAndTheVersion() {
        Page page = browser.get(edit);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Ändra samarbetet i Lön");
        assertThat(html.selectFirst(".caption").text()).isEqualTo("Acme AB");
        Element form = html.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(edit);
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("3");
        assertThat(form.select("input[name=engagementId] + label").eachText()).as("not the one that ended")
                .containsExactly("Löpande bokföring", "Bokslut 2026");
        assertThat(form.selectFirst("input[name=engagementId][checked]").val()).isEqualTo(current.toString());
        assertThat(form.selectFirst("input[name=variant][checked]").val()).isEqualTo("STANDARD");
        assertThat(form.selectFirst("input[name=invoiceRecipient][checked]").val()).isEqualTo("CLIENT");
        assertThat(form.select("button").eachText()).containsExactly("Spara ändringar");
        assertThat(form.selectFirst("a").attr("href")).isEqualTo(path);
    }

    @Test
    void anEngagementNoLongerInForceStaysAChoiceWhileItIsTheCollaborations() {
        collaboration(CollabFixtures.with(active(), "engagementId", lapsed.toString(), "engagementTitle",
                "Bokslut 2024"));

        Element form = browser.get(edit).html().selectFirst("main form[method=post]");

        assertThat(form.select("input[name=engagementId] + label").eachText()).containsExactly("Bokslut 2024",
                "Löpande bokföring", "Bokslut 2026");
        assertThat(form.selectFirst("#engagementId").hasAttr("checked")).isTrue();
    }

    @Test
    void savingSendsTheChangeWithItsVersionAndLeadsBackWithABanner() throws Exception {
        collaboration.onJson("PUT", "/collaborations/" + id, 200, active());

        Page saved = browser.post(edit, edited(other.toString(), "START", "AGENCY", "3"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(browser.base().resolve(path).toString());
        JsonNode body = sent("PUT");
        assertThat(body.get("engagementId").asText()).isEqualTo(other.toString());
        assertThat(body.get("variant").asText()).isEqualTo("START");
        assertThat(body.get("invoiceRecipient").asText()).isEqualTo("AGENCY");
        assertThat(body.get("version").asLong()).isEqualTo(3);
        assertThat(browser.get(path).html().selectFirst(".notification-banner").text())
                .contains("Ändringarna av samarbetet är sparade.");
    }

    @Test
    void theEditsErrorsAreAtTheFieldsAndTheServicesToo() {
        Page own = browser.post(edit, edited(UUID.randomUUID().toString(), "START", "CLIENT", "3"));
        collaboration.onJson("PUT", "/collaborations/" + id, 400, CollabFixtures.problem("validation", 400,
                "invoiceRecipient"));
        Page service = browser.post(edit, edited(current.toString(), "STANDARD", "AGENCY", "3"));

        assertThat(own.status()).isEqualTo(400);
        assertThat(own.html().select(".error-summary a").eachAttr("href")).containsExactly("#engagementId",
                "#invoiceRecipient");
        assertThat(own.html().selectFirst("input[name=version]").val()).isEqualTo("3");
        assertThat(service.status()).isEqualTo(400);
        assertThat(service.html().selectFirst("#invoiceRecipient-error").text())
                .isEqualTo("Fel: Tjänsten tillåter inte den fakturamottagaren. Välj en annan.");
        assertThat(collaboration.requests()).filteredOn(r -> r.method().equals("PUT")).hasSize(1);
    }

    @Test
    void aStaleEditIsTheFormAgainWithANoticeToLoadTheLatest() {
        collaboration.on("PUT", "/collaborations/" + id, request -> {
            collaboration(CollabFixtures.with(active(), "version", 4));
            return Answer.problem(409, se.byra.gateway.support.ServiceStub.json(Fixtures.conflict()));
        });

        Page stale = browser.post(edit, edited(current.toString(), "START", "AGENCY", "3"));

        assertThat(stale.status()).isEqualTo(409);
        Element notice = stale.html().selectFirst("main > .notice[role=alert]");
        assertThat(notice.text()).startsWith("Någon annan har ändrat samarbetet medan du redigerade.");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo(edit);
        assertThat(notice.selectFirst("a").text()).isEqualTo("Öppna de senaste uppgifterna");
        assertThat(stale.html().selectFirst("#variant-2").hasAttr("checked")).as("as typed").isTrue();
    }

    @Test
    void aCollaborationNoLongerOpenCannotBeChanged() {
        collaboration(CollabFixtures.with(active(), "status", "ENDED"));

        Page form = browser.get(edit);
        Page posted = browser.post(edit, edited(current.toString(), "STANDARD", "AGENCY", "3"));

        assertThat(form.html().text()).contains("Samarbetet kan inte ändras eftersom det inte väntar på svar eller "
                + "är aktivt.");
        assertThat(form.html().select("main form")).isEmpty();
        assertThat(posted.status()).isEqualTo(409);
        assertThat(changed()).isFalse();
    }

    @Test
    void anEditTheServiceCannotTakeKeepsTheValues() {
        collaboration.on("PUT", "/collaborations/" + id, request -> Answer.problem(500, "{}"));

        Page page = browser.post(edit, edited(other.toString(), "START", "AGENCY", "3"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("main > .notice").text()).startsWith("Ändringarna kunde inte sparas");
        assertThat(page.html().selectFirst("input[name=engagementId][checked]").val()).isEqualTo(other.toString());
    }

    @Test
    void theEndPageSaysWhatHappensAndOffersNowOrADate() {
        Page page = browser.get(end);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Avsluta samarbetet i Lön");
        assertThat(html.select("main ul.list li").eachText()).containsExactly(
                "Byråns medarbetare förlorar tillgången till kundens tjänst.",
                "Kunden får frågan om den vill fortsätta med tjänsten på egen hand eller avsluta den.",
                "Samarbetet och dess historik finns kvar här.");
        Element form = html.selectFirst("main form[method=post]");
        assertThat(form.selectFirst("legend").text()).isEqualTo("När ska samarbetet avslutas?");
        assertThat(form.select("input[name=when] + label").eachText()).containsExactly("Avsluta nu", "Avsluta den");
        assertThat(form.selectFirst("input[name=endsOn]").attr("type")).isEqualTo("date");
        assertThat(form.selectFirst("label[for=endsOn]").text()).isEqualTo("Sista dag");
        assertThat(form.selectFirst("#endsOn-hint").text()).isEqualTo("Till exempel " + today.plusMonths(1));
        assertThat(form.selectFirst("button").text()).isEqualTo("Avsluta samarbetet");
        assertThat(form.select("input[name=when][checked]")).isEmpty();
    }

    @Test
    void endingNowSendsNoDayAndLeadsBackWithABanner() throws Exception {
        collaboration.onJson("POST", "/collaborations/" + id + "/ending", 200,
                CollabFixtures.with(active(), "status", "ENDED"));

        Page ended = browser.post(end, Form.of("_csrf", token, "when", "nu", "endsOn", ""));

        assertThat(ended.status()).isEqualTo(303);
        assertThat(ended.location()).contains(browser.base().resolve(path).toString());
        assertThat(sent("POST").get("endsOn").isNull()).isTrue();
        assertThat(browser.get(path).html().selectFirst(".notification-banner").text())
                .contains("Samarbetet är avslutat. Kunden får frågan om den vill fortsätta med tjänsten på egen hand.");
    }

    @Test
    void endingAtADateSendsTheLastDayAndTheBannerSaysIt() throws Exception {
        String day = today.plusMonths(2).toString();
        collaboration.onJson("POST", "/collaborations/" + id + "/ending", 200, active());

        Page set = browser.post(end, Form.of("_csrf", token, "when", "datum", "endsOn", day));
        collaboration(CollabFixtures.with(active(), "endsOn", day, "endSide", "AGENCY"));

        assertThat(set.status()).isEqualTo(303);
        assertThat(sent("POST").get("endsOn").asText()).isEqualTo(day);
        assertThat(browser.get(path).html().selectFirst(".notification-banner").text())
                .contains("Samarbetet avslutas " + day + ".");
    }

    @Test
    void theEndsErrorsAreAtTheFields() {
        Page nothing = browser.post(end, Form.of("_csrf", token));
        Page noDate = browser.post(end, Form.of("_csrf", token, "when", "datum", "endsOn", ""));
        Page notADate = browser.post(end, Form.of("_csrf", token, "when", "datum", "endsOn", "30 juni"));
        Page past = browser.post(end, Form.of("_csrf", token, "when", "datum", "endsOn",
                today.minusDays(1).toString()));
        collaboration.onJson("POST", "/collaborations/" + id + "/ending", 400,
                CollabFixtures.problem("validation", 400, "endsOn"));
        Page refused = browser.post(end, Form.of("_csrf", token, "when", "datum", "endsOn",
                today.plusDays(3).toString()));

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.html().select(".error-summary a").eachAttr("href")).containsExactly("#when");
        assertThat(nothing.html().selectFirst("#when-error").text())
                .isEqualTo("Fel: Välj när samarbetet ska avslutas");
        assertThat(noDate.html().selectFirst("#endsOn-error").text()).isEqualTo("Fel: Ange sista dagen");
        assertThat(noDate.html().selectFirst("#when-on").hasAttr("checked")).isTrue();
        assertThat(notADate.html().selectFirst("#endsOn-error").text()).startsWith("Fel: Ange sista dagen som ett "
                + "datum, till exempel ");
        assertThat(notADate.html().selectFirst("#endsOn").val()).isEqualTo("30 juni");
        assertThat(notADate.html().selectFirst("#endsOn").attr("aria-describedby"))
                .isEqualTo("endsOn-hint endsOn-error");
        assertThat(past.html().selectFirst("#endsOn-error").text())
                .isEqualTo("Fel: Sista dagen måste vara i dag eller senare");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#endsOn-error").text())
                .isEqualTo("Fel: Sista dagen måste vara i dag eller senare");
        assertThat(collaboration.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }

    @Test
    void anEndingThatCannotBeDoneIsSaidInWords() {
        collaboration(CollabFixtures.with(active(), "endsOn", "2026-06-30", "endSide", "CLIENT"));
        Document clientsEnding = browser.get(end).html();
        collaboration(CollabFixtures.with(active(), "status", "INVITED"));
        Document invited = browser.get(end).html();
        collaboration(active());
        collaboration.onJson("POST", "/collaborations/" + id + "/ending", 409, Fixtures.conflict());
        Page conflict = browser.post(end, Form.of("_csrf", token, "when", "nu"));
        collaboration.on("POST", "/collaborations/" + id + "/ending", request -> Answer.problem(500, "{}"));
        Page down = browser.post(end, Form.of("_csrf", token, "when", "nu"));

        assertThat(clientsEnding.text()).contains("Kunden har bestämt att samarbetet avslutas 2026-06-30.");
        assertThat(clientsEnding.select("main form")).isEmpty();
        assertThat(invited.text()).contains("Bara ett aktivt samarbete kan avslutas.");
        assertThat(invited.select("main form")).isEmpty();
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().selectFirst("main > .notice").text()).startsWith("Samarbetet kunde inte avslutas");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("#when").hasAttr("checked")).as("as chosen").isTrue();
    }

    @Test
    void anEndingTheAgencySetCanBeMoved() {
        collaboration(CollabFixtures.with(active(), "endsOn", "2026-06-30", "endSide", "AGENCY"));

        Document html = browser.get(end).html();

        assertThat(html.text()).contains("Samarbetet avslutas redan 2026-06-30. Du kan välja en annan dag eller "
                + "avsluta det nu.");
        assertThat(html.select("main form[method=post]")).hasSize(1);
    }

    @Test
    void unknownDownAndRefusedAreSaidAsOnEveryPage() {
        String unknown = "/byra/samarbeten/" + UUID.randomUUID();
        assertThat(browser.get(unknown + "/redigera").status()).isEqualTo(404);
        assertThat(browser.get(unknown + "/avsluta").status()).isEqualTo(404);
        collaboration.on("GET", "/collaborations/" + id, request -> Answer.problem(500, "{}"));
        Page down = browser.get(edit);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("h1").text()).isEqualTo("Samarbetet kan inte visas just nu");
        assertThat(browser.get(end).status()).isEqualTo(503);

        assertThat(browser.post(edit, edited(current.toString(), "STANDARD", "AGENCY", "3").add("x", "y"))
                .status()).isEqualTo(503);
        assertThat(browser.post(end, Form.of("_csrf", "forged", "when", "nu")).status()).isEqualTo(403);
        assertThat(browser.post(edit, Form.of("_csrf", "forged")).status()).isEqualTo(403);
        assertThat(changed()).isFalse();

        browser = new Browser();
        signInClientUser();
        assertThat(browser.get(edit).status()).isEqualTo(403);
        assertThat(browser.get(end).status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }
}
