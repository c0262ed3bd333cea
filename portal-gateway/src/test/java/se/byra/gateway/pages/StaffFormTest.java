package se.byra.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.gateway.support.Browser.Form;
import se.byra.gateway.support.Browser.Page;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;

@QuarkusTest
class StaffFormTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID erik = UUID.randomUUID();
    private String token;

    private void signIn() {
        signInAdmin();
        token = browser.get("/byra/medarbetare/ny").csrf();
    }

    private Form invitation(String email) {
        return Form.of("_csrf", token, "name", "Erik Johansson", "email", email, "language", "en",
                "permission", "OWN_CLIENTS", "administrator", "true");
    }

    private Map<String, Object> erik(long version) {
        return Fixtures.with(Fixtures.with(Fixtures.staffMember(erik, "Erik Johansson", "erik@byran.test"),
                "version", version), "permission", "OWN_CLIENTS");
    }

    private JsonNode sent(String method) throws Exception {
        return JSON.readTree(engagement.requests().stream().filter(r -> r.method().equals(method)).findFirst()
                .orElseThrow().body());
    }

    @Test
    void theInvitationHasLabelledFieldsRadiosWithHintsAndAnAdministratorBox() {
        signIn();

        Document form = browser.get("/byra/medarbetare/ny").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Bjud in medarbetare");
        for (String field : List.of("name", "email", "language", "language-en", "permission", "permission-own",
                "administrator")) {
            assertThat(form.select("label[for=" + field + "]")).as(field).hasSize(1);
        }
        assertThat(form.select("fieldset legend").eachText()).containsExactly("Språk", "Behörighet");
        assertThat(form.selectFirst("label[for=permission]").text()).isEqualTo("Alla kunder");
        assertThat(form.selectFirst("label[for=permission-own]").text()).isEqualTo("Egna kunder");
        assertThat(form.selectFirst("#permission-own-hint").text())
                .isEqualTo("Ser bara de kunder där medarbetaren är kundansvarig eller arbetar i ett uppdrag.");
        assertThat(form.selectFirst("#permission-own").attr("aria-describedby")).isEqualTo("permission-own-hint");
        assertThat(form.select("input[name=permission][checked]")).as("a choice to make, not a default").isEmpty();
        assertThat(form.selectFirst("#language").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("#administrator").attr("type")).isEqualTo("checkbox");
        assertThat(form.selectFirst("#administrator").hasAttr("checked")).isFalse();
        assertThat(form.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-hint");
        assertThat(form.select("button.button").eachText()).containsExactly("Skicka inbjudan");
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void inviteSendsTheStaffMemberAndTheListSaysSo() throws Exception {
        signIn();
        engagement.onJson("POST", "/staff", 201, erik(0));
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.with(erik(0), "provisioningState",
                "PENDING")), 0, 20, 1));

        Page saved = browser.post("/byra/medarbetare/ny", invitation(" Erik@Byran.test "));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(browser.base().resolve("/byra/medarbetare").toString());
        JsonNode sent = sent("POST");
        assertThat(sent.get("name").asText()).isEqualTo("Erik Johansson");
        assertThat(sent.get("email").asText()).isEqualTo("Erik@Byran.test");
        assertThat(sent.get("language").asText()).isEqualTo("en");
        assertThat(sent.get("permission").asText()).isEqualTo("OWN_CLIENTS");
        assertThat(sent.get("administrator").asBoolean()).isTrue();
        Document list = browser.get(saved.location().get()).html();
        assertThat(list.selectFirst(".notification-banner").text()).contains("Inbjudan är skickad");
        assertThat(list.selectFirst("tbody tr").text()).contains("Inbjudan skickad");
        assertThat(browser.get(saved.location().get()).html().select(".notification-banner")).isEmpty();
    }

    @Test
    void missingChoicesAreListedInTheFormsOrderWithoutCallingTheService() {
        signIn();

        Page page = browser.post("/byra/medarbetare/ny", Form.of("_csrf", token, "name", " ", "email", "erik@",
                "language", "fi"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.title()).startsWith("Fel: ");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#name", "#email", "#language",
                "#permission");
        assertThat(html.select(".error-summary a").eachText()).containsExactly("Ange medarbetarens namn",
                "Ange en e-postadress i rätt format, till exempel namn@byran.se",
                "Välj vilket språk medarbetaren använder", "Välj vilka kunder medarbetaren ser");
        assertThat(html.selectFirst("#email").val()).isEqualTo("erik@");
        assertThat(html.selectFirst("#email").attr("aria-describedby")).isEqualTo("email-hint email-error");
        assertThat(html.selectFirst("#permission-error").text()).isEqualTo("Fel: Välj vilka kunder medarbetaren ser");
        assertThat(html.selectFirst("#permission").closest("fieldset").attr("aria-describedby"))
                .isEqualTo("permission-error");
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void anEmailAlreadyInTheAgencyIsShownAtTheField() {
        signIn();
        engagement.onJson("POST", "/staff", 409, Fixtures.conflict());

        Page page = browser.post("/byra/medarbetare/ny", invitation("erik@byran.test"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst("#email-error").text())
                .isEqualTo("Fel: Det finns redan en medarbetare med e-postadressen erik@byran.test");
        assertThat(page.html().selectFirst("#permission-own").hasAttr("checked")).isTrue();
        assertThat(page.html().selectFirst("#administrator").hasAttr("checked")).isTrue();
        assertThat(page.html().selectFirst("#language-en").hasAttr("checked")).isTrue();
    }

    @Test
    void theServicesFieldErrorsLandAtTheFields() {
        signIn();
        engagement.onJson("POST", "/staff", 400, Fixtures.invalid(Map.of("email",
                "måste vara en välformad e-postadress", "body", "är fel")));

        Page page = browser.post("/byra/medarbetare/ny", invitation("erik@byran.test"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#email-error").text()).isEqualTo("Fel: Måste vara en välformad e-postadress");
        assertThat(page.html().select(".error-summary li").eachText()).containsExactly("Är fel",
                "E-post: måste vara en välformad e-postadress");
    }

    @Test
    void aServiceThatDoesNotAnswerKeepsTheTypedValues() {
        signIn();
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.post("/byra/medarbetare/ny", invitation("erik@byran.test"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Medarbetaren kunde inte sparas");
        assertThat(page.html().selectFirst("#name").val()).isEqualTo("Erik Johansson");
    }

    @Test
    void editingShowsTheStaffMemberAndSavesWithItsVersion() throws Exception {
        signIn();
        engagement.onJson("GET", "/staff/" + erik, 200, erik(4));
        engagement.onJson("PUT", "/staff/" + erik, 200, erik(5));

        Document form = browser.get("/byra/medarbetare/" + erik + "/redigera").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Ändra Erik Johansson");
        assertThat(form.selectFirst("#email").val()).isEqualTo("erik@byran.test");
        assertThat(form.selectFirst("#permission-own").hasAttr("checked")).isTrue();
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("4");
        assertThat(form.selectFirst("#email-hint").text()).isEqualTo("Medarbetaren loggar in med den här adressen.");
        assertThat(form.selectFirst("a.button--warning").attr("href")).isEqualTo("/byra/medarbetare/" + erik + "/inaktivera");

        Page saved = browser.post("/byra/medarbetare/" + erik + "/redigera", Form.of("_csrf", token, "version", "4",
                "name", "Erik J", "email", "erik@byran.test", "language", "sv", "permission", "FULL"));

        assertThat(saved.status()).isEqualTo(303);
        JsonNode sent = sent("PUT");
        assertThat(sent.get("version").asLong()).isEqualTo(4);
        assertThat(sent.get("name").asText()).isEqualTo("Erik J");
        assertThat(sent.get("permission").asText()).isEqualTo("FULL");
        assertThat(sent.get("administrator").asBoolean()).isFalse();
    }

    @Test
    void theUserIsNotOfferedToDeactivateThemself() {
        signIn();
        UUID anna = UUID.randomUUID();
        engagement.onJson("GET", "/staff/" + anna, 200, Fixtures.staffMember(anna, "Anna Administratör",
                "anna@byran.test"));

        Document form = browser.get("/byra/medarbetare/" + anna + "/redigera").html();
        Document confirmation = browser.get("/byra/medarbetare/" + anna + "/inaktivera").html();

        assertThat(form.select("a[href$=/inaktivera]")).isEmpty();
        assertThat(confirmation.select("main form[method=post]")).isEmpty();
        assertThat(confirmation.selectFirst("main").text()).contains("Du kan inte inaktivera dig själv.");
    }

    @Test
    void aStaleEditIsExplainedAndTheTypedValuesKept() {
        signIn();
        engagement.onJson("PUT", "/staff/" + erik, 409, Fixtures.conflict());
        engagement.onJson("GET", "/staff/" + erik, 200, erik(5));

        Page page = browser.post("/byra/medarbetare/" + erik + "/redigera", invitation("erik@byran.test")
                .add("version", "4"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Någon annan har ändrat medarbetaren");
        assertThat(page.html().selectFirst(".notice a").attr("href")).isEqualTo("/byra/medarbetare/" + erik + "/redigera");
        assertThat(page.html().selectFirst("#name").val()).isEqualTo("Erik Johansson");
    }

    @Test
    void takingTheRoleFromTheLastAdministratorIsExplainedAtTheBox() {
        signIn();
        engagement.onJson("PUT", "/staff/" + erik, 409, Fixtures.conflict());
        engagement.onJson("GET", "/staff/" + erik, 200, Fixtures.with(erik(4), "administrator", true));

        Page page = browser.post("/byra/medarbetare/" + erik + "/redigera", Form.of("_csrf", token, "version", "4",
                "name", "Erik Johansson", "email", "erik@byran.test", "language", "sv", "permission", "FULL"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst("#administrator-error").text()).isEqualTo("Fel: Erik Johansson är byråns "
                + "enda aktiva administratör. Gör en annan medarbetare till administratör först.");
        assertThat(page.html().selectFirst(".error-summary a").attr("href")).isEqualTo("#administrator");
    }

    @Test
    void anEditToAnotherMembersEmailIsShownAtTheField() {
        signIn();
        engagement.onJson("PUT", "/staff/" + erik, 409, Fixtures.conflict());
        engagement.onJson("GET", "/staff/" + erik, 200, erik(4));

        Page page = browser.post("/byra/medarbetare/" + erik + "/redigera", invitation("anna@byran.test")
                .add("version", "4"));

        assertThat(page.html().selectFirst("#email-error").text())
                .isEqualTo("Fel: Det finns redan en medarbetare med e-postadressen anna@byran.test");
    }

    @Test
    void anUnknownStaffMemberIsTheNotFoundPage() {
        signIn();

        for (String path : List.of("/byra/medarbetare/" + UUID.randomUUID() + "/redigera",
                "/byra/medarbetare/" + UUID.randomUUID() + "/inaktivera", "/byra/medarbetare/inte-ett-id/redigera")) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
        }
    }

    @Test
    void theDeactivationPageSaysWhatHappensAndDeactivates() {
        signIn();
        engagement.onJson("GET", "/staff/" + erik, 200, erik(4));
        engagement.onJson("POST", "/staff/" + erik + "/deactivation", 200, Fixtures.with(erik(5), "status",
                "DEACTIVATED"));
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(), 0, 20, 0));

        Document confirmation = browser.get("/byra/medarbetare/" + erik + "/inaktivera").html();

        assertThat(confirmation.selectFirst("h1").text()).isEqualTo("Inaktivera Erik Johansson");
        assertThat(confirmation.select("main .list li").eachText()).containsExactly(
                "Hen loggas ut direkt, på alla enheter.", "Hen kan inte logga in i Byråplattformen igen.",
                "Namnet finns kvar i kundernas historik, till exempel som kundansvarig och i uppdrag.");
        assertThat(confirmation.selectFirst("main form button").text()).isEqualTo("Inaktivera Erik Johansson");
        assertThat(engagement.requests()).noneMatch(r -> r.method().equals("POST"));

        Page done = browser.post("/byra/medarbetare/" + erik + "/inaktivera", Form.of("_csrf", token));

        assertThat(done.status()).isEqualTo(303);
        assertThat(engagement.requests()).anyMatch(r -> r.method().equals("POST")
                && r.path().equals("/staff/" + erik + "/deactivation"));
        assertThat(browser.get(done.location().get()).html().selectFirst(".notification-banner").text())
                .contains("Medarbetaren är inaktiverad och utloggad");
    }

    @Test
    void theServicesRefusalsToDeactivateAreExplained() {
        signIn();
        UUID anna = UUID.randomUUID();
        engagement.onJson("POST", "/staff/.*/deactivation", 409, Fixtures.conflict());
        engagement.onJson("GET", "/staff/" + erik, 200, Fixtures.with(erik(4), "administrator", true));
        engagement.onJson("GET", "/staff/" + anna, 200, Fixtures.staffMember(anna, "Anna Administratör",
                "ANNA@byran.test"));

        Page lastAdministrator = browser.post("/byra/medarbetare/" + erik + "/inaktivera", Form.of("_csrf", token));
        Page self = browser.post("/byra/medarbetare/" + anna + "/inaktivera", Form.of("_csrf", token));

        assertThat(lastAdministrator.status()).isEqualTo(409);
        assertThat(lastAdministrator.html().selectFirst(".error-summary li").text()).isEqualTo("Erik Johansson kan "
                + "inte inaktiveras eftersom hen är byråns enda aktiva administratör. Gör en annan medarbetare till "
                + "administratör först.");
        assertThat(lastAdministrator.html().select("main form[method=post]")).isEmpty();
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.html().selectFirst(".error-summary li").text())
                .isEqualTo("Du kan inte inaktivera dig själv. En annan administratör på byrån kan göra det.");
    }

    @Test
    void aFailedLoginIsTriedAgain() {
        signIn();
        engagement.onJson("POST", "/staff/" + erik + "/provisioning", 200, Fixtures.with(erik(4),
                "provisioningState", "PENDING"));
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(), 0, 20, 0));

        Page retried = browser.post("/byra/medarbetare/" + erik + "/inloggning", Form.of("_csrf", token));

        assertThat(retried.status()).isEqualTo(303);
        assertThat(engagement.requests()).anyMatch(r -> r.method().equals("POST")
                && r.path().equals("/staff/" + erik + "/provisioning"));
        assertThat(browser.get(retried.location().get()).html().selectFirst(".notification-banner").text())
                .contains("Inloggningen skapas på nytt");

        engagement.onJson("POST", "/staff/" + erik + "/provisioning", 409, Fixtures.conflict());
        Page nothingFailed = browser.post("/byra/medarbetare/" + erik + "/inloggning", Form.of("_csrf", token));
        assertThat(nothingFailed.status()).isEqualTo(303);
        assertThat(browser.get(nothingFailed.location().get()).html().select(".notification-banner")).isEmpty();
    }

    @Test
    void staffWhoAreNotAdministratorsGetTheForbiddenPageForEveryChange() {
        signInStaff();
        String staffToken = browser.get("/byra/kunder/ny").csrf();
        engagement.onJson("GET", "/staff/.*", 200, erik(4));
        engagement.clearRequests();

        for (String path : List.of("/byra/medarbetare/ny", "/byra/medarbetare/" + erik + "/redigera",
                "/byra/medarbetare/" + erik + "/inaktivera")) {
            Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().selectFirst("h1").text()).isEqualTo("Du har inte behörighet till sidan");
        }
        for (String path : List.of("/byra/medarbetare/ny", "/byra/medarbetare/" + erik + "/redigera",
                "/byra/medarbetare/" + erik + "/inaktivera", "/byra/medarbetare/" + erik + "/inloggning")) {
            Page page = browser.post(path, Form.of("_csrf", staffToken, "name", "X", "email", "x@byran.test",
                    "language", "sv", "permission", "FULL", "version", "4"));
            assertThat(page.status()).as(path).isEqualTo(403);
        }
        assertThat(engagement.requests()).isEmpty();
    }

    @Test
    void aChangeWithoutTheFormsTokenIsRefused() {
        signIn();

        Page refused = browser.post("/byra/medarbetare/" + erik + "/inaktivera", Form.of("_csrf", "forged"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().selectFirst("h1").text()).isEqualTo("Formuläret kunde inte skickas");
        assertThat(engagement.requests()).isEmpty();
    }
}
