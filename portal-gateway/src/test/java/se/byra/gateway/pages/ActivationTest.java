package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.byra.gateway.support.ServiceStub;

/** Activating a collaboration with a client: the three cases of seed 002, what stops it, and its errors. */
@QuarkusTest
class ActivationTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID id = UUID.randomUUID();
    private final UUID engagementId = UUID.randomUUID();
    private final UUID created = UUID.randomUUID();
    private final String base = "/byra/kunder/" + id + "/samarbeten/aktivera";
    private final String payroll = base + "?tjanst=payroll";
    private String token;

    @BeforeEach
    void staffSignedIn() {
        signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
    }

    private void preview(Map<String, Object> preview) {
        collaboration.onJson("GET", "/clients/" + id + "/activation", 200, preview);
    }

    private Map<String, Object> payrollPreview(String scenario) {
        return CollabFixtures.preview(id, CollabFixtures.payroll(), scenario, List.of(CollabFixtures
                .engagementOption(engagementId, "Löpande bokföring", "2026-01-01", "2026-12-31")));
    }

    private Form choices(String variant, String recipient) {
        return Form.of("_csrf", token, "engagementId", engagementId.toString(), "variant", variant,
                "invoiceRecipient", recipient);
    }

    private JsonNode sent() throws Exception {
        return JSON.readTree(collaboration.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow().body());
    }

    private boolean activated() {
        return collaboration.requests().stream().anyMatch(r -> r.method().equals("POST"));
    }

    @Test
    void aNewCustomerIsToldWhatHappensWithTheMainContactToCheckAndTheChoices() {
        preview(payrollPreview("NEW_CUSTOMER"));

        Page page = browser.get(payroll);

        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.title()).isEqualTo("Aktivera Lön – Byråplattformen");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Aktivera Lön");
        assertThat(html.selectFirst(".caption").text()).isEqualTo("Acme AB");
        assertThat(html.select("main h2").eachText()).containsExactly("Det här ger tjänsten",
                "Det här händer när du aktiverar", "Obligatoriska kontaktuppgifter för Acme AB");
        assertThat(html.text()).contains("Ni och byrån arbetar i Lön.", "Kunden har inget konto i portalen ännu. "
                + "När du aktiverar skapas kontot, huvudkontakten blir administratör och får ett mejl med "
                + "inloggningsinstruktioner, och måste godkänna villkoren innan samarbetet börjar.",
                "Villkoren för Lön.");
        assertThat(html.select("section[aria-labelledby=main-contact] dd").eachText())
                .containsExactly("Eva Ek", "eva@acme.se");
        Element form = html.selectFirst("main form[method=post]");
        assertThat(form.attr("action")).isEqualTo(payroll);
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo(token);
        assertThat(form.select("legend").eachText()).containsExactly("Uppdrag", "Variant", "Fakturamottagare");
        assertThat(form.selectFirst("label[for=engagementId]").text()).isEqualTo("Löpande bokföring");
        assertThat(form.selectFirst("#engagementId").hasAttr("checked")).as("the only engagement").isTrue();
        assertThat(form.selectFirst("#engagementId-hint").text()).isEqualTo("Period: 2026-01-01 – 2026-12-31");
        assertThat(form.select("input[name=variant]").eachAttr("value")).containsExactly("STANDARD", "START");
        assertThat(form.selectFirst("#variant-2-hint").text()).isEqualTo("Bara byrån arbetar i tjänsten.");
        assertThat(form.select("input[name=variant][checked]")).as("a choice to make").isEmpty();
        assertThat(form.select("input[name=invoiceRecipient] + label").eachText()).containsExactly("Byrån",
                "Kunden");
        assertThat(form.selectFirst("#invoiceRecipient-group-hint").text()).isEqualTo("Den som får fakturan för "
                + "tjänsten. Med Standard kan byrån eller kunden få fakturan. Med Start får bara byrån fakturan.");
        assertThat(form.select("input[name=agencyPaymentRecipient]")).isEmpty();
        assertThat(form.select("input[name=agreementMonths]")).isEmpty();
        assertThat(form.select("button").eachText()).containsExactly("Aktivera");
        assertThat(collaboration.requests()).singleElement().satisfies(r -> {
            assertThat(r.query()).containsEntry("service", "payroll");
            assertThat(r.header("Accept-Language")).isEqualTo("sv");
        });
    }

    @Test
    void thePageSpeaksEnglishWhenAskedToAndAsksTheServiceInEnglish() {
        preview(payrollPreview("EXISTING_SERVICE"));
        browser.post("/sprak", Form.of("_csrf", token, "lang", "en", "tillbaka", "/"));

        Document html = browser.get(payroll).html();

        assertThat(html.selectFirst("h1").text()).isEqualTo("Activate Lön");
        assertThat(html.text()).contains("The client already uses the service. The administrators (Maria Berg, Olof "
                + "Sandberg) get an e-mail and approve the collaboration in the portal.");
        assertThat(html.select("main form legend").eachText()).containsExactly("Engagement", "Variant",
                "Invoice recipient");
        assertThat(html.select("nav[aria-label] a").eachText()).contains("Collaborations");
        assertThat(collaboration.requests()).last().satisfies(r -> assertThat(r.header("Accept-Language"))
                .isEqualTo("en"));
    }

    @Test
    void aCustomerUsingTheServiceHasItsAdministratorsNamed() {
        preview(payrollPreview("EXISTING_SERVICE"));

        Document html = browser.get(payroll).html();

        assertThat(html.text()).contains("Kunden använder redan tjänsten. Administratörerna (Maria Berg, Olof "
                + "Sandberg) får ett mejl och godkänner samarbetet i portalen.");
        assertThat(html.select("section[aria-labelledby=main-contact]")).isEmpty();
    }

    @Test
    void aCustomerNewToTheServiceGetsItWithTheCollaboration() {
        preview(payrollPreview("NEW_SERVICE"));

        assertThat(browser.get(payroll).text()).contains("Tjänsten aktiveras för kunden tillsammans med samarbetet.");
    }

    @Test
    void aMainContactWithoutAnEmailIsSaidExactlyWithTheWayToTheEditPageAndNoButton() {
        Map<String, Object> preview = CollabFixtures.with(payrollPreview("NEW_CUSTOMER"), "mainContact",
                CollabFixtures.mainContact("Eva Ek", null, "mainContactEmail"), "ready", false);
        preview(preview);

        Document html = browser.get(payroll).html();

        Element box = html.selectFirst("section[aria-labelledby=main-contact]");
        assertThat(box.select("dd").eachText()).containsExactly("Eva Ek", "Saknas");
        assertThat(box.selectFirst(".notice").text()).startsWith("Huvudkontakten saknar e-postadress.");
        assertThat(box.selectFirst(".notice a").attr("href")).isEqualTo("/byra/kunder/" + id + "/redigera");
        assertThat(html.select("main form")).isEmpty();
        assertThat(html.select("main button")).isEmpty();
    }

    @Test
    void anOpenCollaborationIsSaidWithTheWayToIt() {
        UUID open = UUID.randomUUID();
        preview(CollabFixtures.with(payrollPreview("EXISTING_SERVICE"), "openCollaborationId", open.toString(),
                "openStatus", "INVITED", "ready", false));

        Document html = browser.get(payroll).html();

        assertThat(html.text()).contains("Kunden har redan en inbjudan till samarbete i Lön som väntar på svar.");
        assertThat(html.selectFirst("main a[href=/byra/samarbeten/" + open + "]").text())
                .isEqualTo("Visa samarbetet");
        assertThat(html.select("main form")).isEmpty();
    }

    @Test
    void withoutAnEngagementInForceTheNoticeLeadsToTheClientsEngagements() {
        preview(CollabFixtures.preview(id, CollabFixtures.payroll(), "EXISTING_SERVICE", List.of()));

        Document html = browser.get(payroll).html();

        assertThat(html.selectFirst("main .notice").text()).startsWith("Ett samarbete kräver ett uppdrag med "
                + "signerat uppdragsbrev.");
        assertThat(html.selectFirst("main .notice a").attr("href")).isEqualTo("/byra/kunder/" + id + "#engagements");
        assertThat(html.select("main form")).isEmpty();
    }

    @Test
    void aServiceWithPeriodsAndOneRecipientAndOneWithThePaymentRecipient() {
        preview(CollabFixtures.preview(id, CollabFixtures.financialOverview(), "EXISTING_SERVICE", List.of(
                CollabFixtures.engagementOption(engagementId, "Löpande bokföring", "2026-01-01", null))));
        Document periods = browser.get(base + "?tjanst=financial-overview").html();
        preview(CollabFixtures.preview(id, CollabFixtures.digitalInvoices(), "EXISTING_SERVICE", List.of(
                CollabFixtures.engagementOption(engagementId, "Löpande bokföring", "2026-01-01", null))));
        Document payment = browser.get(base + "?tjanst=digital-invoices").html();

        assertThat(periods.select("input[name=agreementMonths] + label").eachText()).containsExactly("3 månader",
                "12 månader");
        assertThat(periods.selectFirst("#invoiceRecipient").hasAttr("checked")).as("the only one").isTrue();
        assertThat(periods.select("input[name=variant]")).isEmpty();
        assertThat(payment.selectFirst("label[for=agencyPaymentRecipient]").text())
                .isEqualTo("Byrån är betalningsmottagare");
        assertThat(payment.selectFirst("#agencyPaymentRecipient").attr("aria-describedby"))
                .isEqualTo("agencyPaymentRecipient-hint");
    }

    @Test
    void activatingSendsTheChoicesAndLeadsToTheCollaborationWithABannerAndTheNextSteps() throws Exception {
        preview(payrollPreview("EXISTING_SERVICE"));
        collaboration.onJson("POST", "/clients/" + id + "/collaborations", 201, CollabFixtures.collaboration(created,
                id, "payroll", "Lön", "INVITED"));

        Page done = browser.post(payroll, choices("STANDARD", "CLIENT"));

        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).contains(browser.base().resolve("/byra/samarbeten/" + created).toString());
        JsonNode body = sent();
        assertThat(body.get("service").asText()).isEqualTo("payroll");
        assertThat(body.get("engagementId").asText()).isEqualTo(engagementId.toString());
        assertThat(body.get("variant").asText()).isEqualTo("STANDARD");
        assertThat(body.get("invoiceRecipient").asText()).isEqualTo("CLIENT");
        assertThat(body.get("agreementMonths").isNull()).isTrue();
        assertThat(body.get("agencyPaymentRecipient").asBoolean()).isFalse();

        collaboration.onJson("GET", "/collaborations/" + created, 200, CollabFixtures.collaboration(created, id,
                "payroll", "Lön", "INVITED"));
        collaboration.onJson("GET", "/catalogue/payroll", 200, CollabFixtures.payroll());
        Document detail = browser.get("/byra/samarbeten/" + created).html();
        assertThat(detail.selectFirst(".notification-banner").text()).contains("Samarbetet är aktiverat och en "
                + "inbjudan har skickats till administratörerna för Acme AB. Samarbetet börjar när någon av dem har "
                + "godkänt det.");
        Element steps = detail.selectFirst("section[aria-labelledby=steps]");
        assertThat(steps.selectFirst("h2").text()).isEqualTo("Så här gör ni nu");
        assertThat(steps.select("li").eachText()).containsExactly("Gör det första.", "Gör det andra.");
        assertThat(browser.get("/byra/samarbeten/" + created).html().select(".notification-banner"))
                .as("shown once").isEmpty();
    }

    @Test
    void whatIsNotChosenIsListedWithoutCallingTheService() {
        preview(payrollPreview("EXISTING_SERVICE"));

        Page page = browser.post(payroll, Form.of("_csrf", token));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: Aktivera Lön");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#engagementId", "#variant",
                "#invoiceRecipient");
        assertThat(html.select(".error-summary a").eachText()).containsExactly(
                "Välj vilket uppdrag samarbetet hör till", "Välj en variant", "Välj vem som får fakturan");
        assertThat(html.selectFirst("#variant-error").text()).isEqualTo("Fel: Välj en variant");
        assertThat(html.selectFirst("#variant").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("variant-error");
        assertThat(html.selectFirst("#engagementId").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("engagementId-group-hint engagementId-error");
        assertThat(activated()).isFalse();
    }

    @Test
    void aRecipientTheVariantDoesNotAllowIsAnErrorAtTheField() {
        preview(payrollPreview("EXISTING_SERVICE"));

        Page page = browser.post(payroll, choices("START", "CLIENT"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#invoiceRecipient-error").text())
                .isEqualTo("Fel: Med Start kan den fakturamottagaren inte väljas. Välj en annan.");
        assertThat(page.html().selectFirst("#variant-2").hasAttr("checked")).isTrue();
        assertThat(page.html().selectFirst("#invoiceRecipient-2").hasAttr("checked")).isTrue();
        assertThat(activated()).isFalse();
    }

    @Test
    void theServicesFieldErrorsAreShownAtTheFieldsInWords() {
        preview(payrollPreview("EXISTING_SERVICE"));
        collaboration.onJson("POST", "/clients/" + id + "/collaborations", 400, CollabFixtures.problem("validation",
                400, "engagementId", "somethingElse"));

        Page page = browser.post(payroll, choices("STANDARD", "AGENCY"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.selectFirst("#engagementId-error").text()).isEqualTo("Fel: Välj ett uppdrag som gäller nu");
        assertThat(html.select(".error-summary li").eachText()).containsExactly("somethingElse is wrong",
                "Välj ett uppdrag som gäller nu");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#engagementId");
    }

    @Test
    void aCollaborationOpenedMeanwhileIsSaidWithTheWayToIt() {
        UUID open = UUID.randomUUID();
        preview(payrollPreview("EXISTING_SERVICE"));
        collaboration.on("POST", "/clients/" + id + "/collaborations", request -> {
            preview(CollabFixtures.with(payrollPreview("EXISTING_SERVICE"), "openCollaborationId", open.toString(),
                    "openStatus", "ACTIVE", "ready", false));
            return Answer.problem(409, ServiceStub.json(CollabFixtures.problem("collaboration-exists", 409)));
        });

        Page page = browser.post(payroll, choices("STANDARD", "AGENCY"));

        assertThat(page.status()).isEqualTo(409);
        Document html = page.html();
        assertThat(html.selectFirst("main > .notice[role=alert]").text()).isEqualTo("Samarbetet kunde inte "
                + "aktiveras eftersom kunden redan har ett samarbete i tjänsten som väntar på svar eller är aktivt.");
        assertThat(html.text()).contains("Kunden har redan ett aktivt samarbete i Lön.");
        assertThat(html.select("main a[href=/byra/samarbeten/" + open + "]")).hasSize(1);
        assertThat(page.body()).doesNotContain("English words");
    }

    @Test
    void theServicesRefusalsForTheEngagementAndTheMainContactAreSaidInWords() {
        preview(payrollPreview("NEW_CUSTOMER"));
        collaboration.onJson("POST", "/clients/" + id + "/collaborations", 422,
                CollabFixtures.problem("engagement-required", 422, "engagementId"));
        Page engagementRequired = browser.post(payroll, choices("STANDARD", "AGENCY"));

        collaboration.onJson("POST", "/clients/" + id + "/collaborations", 422,
                Fixtures.mainContactIncomplete("mainContactEmail"));
        Page contactIncomplete = browser.post(payroll, choices("STANDARD", "AGENCY"));

        assertThat(engagementRequired.status()).isEqualTo(422);
        Element notice = engagementRequired.html().selectFirst("main > .notice[role=alert]");
        assertThat(notice.text()).startsWith("Ett samarbete kräver ett uppdrag med signerat uppdragsbrev.");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/byra/kunder/" + id + "#engagements");
        assertThat(contactIncomplete.status()).isEqualTo(422);
        Element incomplete = contactIncomplete.html().selectFirst("main > .notice[role=alert]");
        assertThat(incomplete.text()).startsWith("Huvudkontakten saknar e-postadress. Lägg till den under Redigera "
                + "kund först.");
        assertThat(incomplete.selectFirst("a").attr("href")).isEqualTo("/byra/kunder/" + id + "/redigera");
        assertThat(contactIncomplete.body()).doesNotContain("main contact of Acme AB");
    }

    @Test
    void aServiceThatDoesNotAnswerKeepsTheChoices() {
        preview(payrollPreview("EXISTING_SERVICE"));
        collaboration.on("POST", "/clients/" + id + "/collaborations", request -> Answer.problem(500, "{}"));

        Page page = browser.post(payroll, choices("STANDARD", "CLIENT"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("main > .notice").text()).startsWith("Samarbetet kunde inte aktiveras "
                + "eftersom tjänsten inte svarar just nu.");
        assertThat(page.html().selectFirst("#variant").hasAttr("checked")).isTrue();
        assertThat(page.html().selectFirst("#invoiceRecipient-2").hasAttr("checked")).isTrue();
    }

    @Test
    void whenThePreviewCannotBeReadThePageSaysSo() {
        collaboration.on("GET", "/clients/" + id + "/activation", request -> Answer.problem(500, "{}"));

        Page page = browser.get(payroll);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Samarbetet kan inte visas just nu");
        assertThat(page.html().selectFirst("a.back-link").attr("href")).isEqualTo("/byra/kunder/" + id);
    }

    @Test
    void anUnknownServiceAnUnknownClientAndNoServiceAreTheNotFoundPage() {
        collaboration.onJson("GET", "/clients/" + id + "/activation", 400, CollabFixtures.problem("validation", 400,
                "service"));

        assertThat(browser.get(base + "?tjanst=finns-inte").status()).isEqualTo(404);
        assertThat(browser.get("/byra/kunder/" + UUID.randomUUID() + "/samarbeten/aktivera?tjanst=payroll")
                .status()).isEqualTo(404);
        assertThat(browser.get(base).status()).isEqualTo(404);
        assertThat(browser.get(base).html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
    }

    @Test
    void activatingNeedsTheFormsTokenAndTheStaffRole() {
        preview(payrollPreview("EXISTING_SERVICE"));

        Page forged = browser.post(payroll, Form.of("_csrf", "forged", "engagementId", engagementId.toString(),
                "variant", "STANDARD", "invoiceRecipient", "AGENCY"));
        Page without = browser.post(payroll, Form.of("engagementId", engagementId.toString()));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(activated()).isFalse();

        browser = new Browser();
        signInClientUser();
        String clientToken = browser.get("/portal/finns-inte").csrf();
        assertThat(browser.get(payroll).status()).isEqualTo(403);
        assertThat(browser.post(payroll, Form.of("_csrf", clientToken, "engagementId", engagementId.toString(),
                "variant", "STANDARD", "invoiceRecipient", "AGENCY")).status()).isEqualTo(403);
        // The portal home the sign-in lands on may ask for the user's collaboration tasks; no activation is sent.
        assertThat(activated()).isFalse();
    }
}
