package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/** Linking an imported collaboration to its service and an engagement in force: two steps without JavaScript. */
@QuarkusTest
class CollaborationLinkTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID id = UUID.randomUUID();
    private final UUID clientId = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private final String path = "/byra/samarbeten/" + id;
    private final String link = path + "/koppla";
    private String token;

    @BeforeEach
    void anUnlinkedImport() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        collaboration.onJson("GET", "/collaborations/" + id, 200, CollabFixtures.collaboration(id, clientId, null,
                null, "UNLINKED"));
        collaboration.onJson("GET", "/catalogue", 200, List.of(CollabFixtures.digitalInvoices(),
                CollabFixtures.payroll()));
        collaboration.onJson("GET", "/catalogue/payroll", 200, CollabFixtures.payroll());
        collaboration.onJson("GET", "/engagements", 200, Fixtures.page(List.of(
                CollabFixtures.signedEngagement(engagementId, clientId, "Löpande bokföring", null)), 0, 100, 1));
    }

    private Form linked(String service, String variant, String recipient) {
        return Form.of("_csrf", token, "service", service, "engagementId", engagementId.toString(), "variant",
                variant, "invoiceRecipient", recipient);
    }

    @Test
    void firstTheServiceIsChosenWithTheOneTheOlderSystemNamedSelected() {
        Page page = browser.get(link);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.selectFirst("h1").text()).isEqualTo("Koppla samarbetet med Acme AB");
        Element form = html.selectFirst("main form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo(link);
        assertThat(form.selectFirst("label[for=service]").text()).isEqualTo("Tjänst");
        assertThat(form.selectFirst("#service-hint").text()).isEqualTo("I det tidigare systemet hette tjänsten ”Lön”.");
        assertThat(form.selectFirst("select").attr("name")).isEqualTo("tjanst");
        assertThat(form.select("option").eachText()).containsExactly("Välj en tjänst",
                "Digitala fakturor & dokument", "Lön");
        assertThat(form.selectFirst("option[selected]").val()).isEqualTo("payroll");
        assertThat(form.selectFirst("button").text()).isEqualTo("Fortsätt");
    }

    @Test
    void thenTheEngagementAndTheServicesOptions() {
        Document html = browser.get(link + "?tjanst=payroll").html();

        assertThat(html.select("main dd").first().text()).isEqualTo("Lön Byt tjänst");
        assertThat(html.selectFirst("a:contains(Byt tjänst)").attr("href")).isEqualTo(link);
        Element form = html.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(link);
        assertThat(form.selectFirst("input[name=service]").val()).isEqualTo("payroll");
        assertThat(form.select("legend").eachText()).containsExactly("Uppdrag", "Variant", "Fakturamottagare");
        assertThat(form.selectFirst("#engagementId").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("button").text()).isEqualTo("Koppla samarbetet");
    }

    @Test
    void linkingSendsTheChoicesAndLeadsToTheCollaborationWithABanner() throws Exception {
        collaboration.onJson("POST", "/collaborations/" + id + "/link", 200, CollabFixtures.collaboration(id, clientId,
                "payroll", "Lön", "ACTIVE"));

        Page done = browser.post(link, linked("payroll", "START", "AGENCY"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).contains(browser.base().resolve(path).toString());
        JsonNode body = JSON.readTree(collaboration.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow().body());
        assertThat(body.get("service").asText()).isEqualTo("payroll");
        assertThat(body.get("engagementId").asText()).isEqualTo(engagementId.toString());
        assertThat(body.get("variant").asText()).isEqualTo("START");
        assertThat(body.get("invoiceRecipient").asText()).isEqualTo("AGENCY");
        collaboration.onJson("GET", "/collaborations/" + id, 200, CollabFixtures.collaboration(id, clientId,
                "payroll", "Lön", "ACTIVE"));
        assertThat(browser.get(path).html().selectFirst(".notification-banner").text())
                .contains("Samarbetet är kopplat och aktivt.");
    }

    @Test
    void errorsAreAtTheFields() {
        Page noService = browser.post(link, Form.of("_csrf", token));
        Page unknownService = browser.get(link + "?tjanst=finns-inte");
        Page own = browser.post(link, linked("payroll", "", ""));
        collaboration.onJson("POST", "/collaborations/" + id + "/link", 400, CollabFixtures.problem("validation", 400,
                "variant"));
        Page service = browser.post(link, linked("payroll", "STANDARD", "CLIENT"));

        assertThat(noService.status()).isEqualTo(400);
        assertThat(noService.html().select(".error-summary a").eachAttr("href")).containsExactly("#service");
        assertThat(noService.html().selectFirst("#service-error").text())
                .isEqualTo("Fel: Välj vilken tjänst samarbetet hör till");
        assertThat(noService.html().selectFirst("#service").attr("aria-describedby"))
                .isEqualTo("service-hint service-error");
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.html().select(".error-summary a").eachAttr("href")).containsExactly("#variant",
                "#invoiceRecipient");
        assertThat(service.html().selectFirst("#variant-error").text()).isEqualTo("Fel: Välj en variant");
        assertThat(collaboration.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }

    @Test
    void whatStopsTheLinkIsSaidInWords() {
        collaboration.onJson("POST", "/collaborations/" + id + "/link", 409, Fixtures.conflict());
        Page conflict = browser.post(link, linked("payroll", "STANDARD", "CLIENT"));
        collaboration.onJson("POST", "/collaborations/" + id + "/link", 422,
                CollabFixtures.problem("engagement-required", 422));
        Page noEngagement = browser.post(link, linked("payroll", "STANDARD", "CLIENT"));
        collaboration.on("POST", "/collaborations/" + id + "/link", request -> Answer.problem(500, "{}"));
        Page down = browser.post(link, linked("payroll", "STANDARD", "CLIENT"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.html().selectFirst("main > .notice").text()).startsWith("Samarbetet kunde inte kopplas "
                + "eftersom det redan är kopplat");
        assertThat(noEngagement.status()).isEqualTo(422);
        assertThat(noEngagement.html().selectFirst("main .notice").text()).startsWith("Ett samarbete kräver ett "
                + "uppdrag med signerat uppdragsbrev.");
        assertThat(noEngagement.html().select("main form[method=post]")).isEmpty();
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("#variant").hasAttr("checked")).isTrue();
    }

    @Test
    void withoutAnEngagementInForceThereIsNothingToLinkTo() {
        collaboration.onJson("GET", "/engagements", 200, Fixtures.page(List.of(
                CollabFixtures.signedEngagement(engagementId, clientId, "Bokslut 2024", "2025-04-30")), 0, 100, 1));

        Document html = browser.get(link + "?tjanst=payroll").html();

        assertThat(html.selectFirst("main .notice a").attr("href")).isEqualTo("/byra/kunder/" + clientId
                + "#engagements");
        assertThat(html.select("main form[method=post]")).isEmpty();
    }

    @Test
    void aLinkedCollaborationIsNotLinkedAgain() {
        collaboration.onJson("GET", "/collaborations/" + id, 200, CollabFixtures.collaboration(id, clientId,
                "payroll", "Lön", "ACTIVE"));

        Page form = browser.get(link);
        Page posted = browser.post(link, linked("payroll", "STANDARD", "CLIENT"));

        assertThat(form.html().text()).contains("Samarbetet är redan kopplat.");
        assertThat(form.html().select("main form")).isEmpty();
        assertThat(posted.status()).isEqualTo(409);
        assertThat(collaboration.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void unknownDownForgedAndTheWrongRole() {
        assertThat(browser.get("/byra/samarbeten/" + UUID.randomUUID() + "/koppla").status()).isEqualTo(404);
        collaboration.on("GET", "/catalogue", request -> Answer.problem(500, "{}"));
        Page down = browser.get(link);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.html().selectFirst("h1").text()).isEqualTo("Samarbetet kan inte visas just nu");
        assertThat(browser.post(link, Form.of("_csrf", "forged", "service", "payroll")).status()).isEqualTo(403);
        assertThat(collaboration.requests()).noneMatch(r -> r.method().equals("POST"));

        browser = new Browser();
        signInClientUser();
        assertThat(browser.get(link).status()).isEqualTo(403);
        assertThat(collaboration.requests()).isEmpty();
    }
}
