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
import se.byra.gateway.support.CollabFixtures;
import se.byra.gateway.support.Fixtures;
import se.byra.gateway.support.ServiceStub;
import se.byra.gateway.support.SignInProvider.User;

@QuarkusTest
class ClientFormTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String token;

    private User signIn() {
        User user = signInStaff();
        token = browser.get("/byra/kunder/ny").csrf();
        engagement.clearRequests();
        return user;
    }

    /** Nothing was saved: the service was at most read (the staff to choose the client manager from). */
    private void nothingSent() {
        assertThat(engagement.requests()).allMatch(r -> r.method().equals("GET"));
    }

    /** The form as a browser posts it: two contacts, the second the main one. */
    private Form filledIn(String organisationNumber) {
        return Form.of("_csrf", token, "clientManagerId", "", "country", "",
                "name", "Acme AB", "organisationNumber", organisationNumber,
                "street", "Storgatan 1", "postalCode", "111 22", "city", "Stockholm",
                "contactId", "", "contactName", "Eva Ek", "contactEmail", "eva@acme.se", "contactPhone", "",
                "contactId", "", "contactName", "Per Ek", "contactEmail", "", "contactPhone", "070-123 45 67",
                "mainContact", "1");
    }

    @Test
    void theNewClientFormHasLabelsHintsAndOneContactThatIsTheMainOne() {
        signIn();

        Document form = browser.get("/byra/kunder/ny").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Registrera kund");
        for (String field : List.of("name", "organisationNumber", "street", "postalCode", "city",
                "contacts-0-name", "contacts-0-email", "contacts-0-phone", "mainContact-0")) {
            assertThat(form.select("label[for=" + field + "]")).as(field).hasSize(1);
            assertThat(form.select("#" + field)).as(field).hasSize(1);
        }
        assertThat(form.selectFirst("#organisationNumber-hint").text()).isEqualTo("10 siffror, till exempel 556703-7485");
        assertThat(form.selectFirst("#organisationNumber").attr("aria-describedby")).isEqualTo("organisationNumber-hint");
        assertThat(form.selectFirst("#mainContact-0").hasAttr("checked")).isTrue();
        assertThat(form.select("button[value^=remove-contact]")).isEmpty();
        assertThat(form.select("button.button:not(.button--secondary)").eachText()).containsExactly("Registrera kund");
        assertThat(form.select(".error-summary")).isEmpty();
    }

    @Test
    void aWrongOrganisationNumberIsShownAtTheFieldAndInTheSummaryWithoutCallingTheService() {
        signIn();

        Page page = browser.post("/byra/kunder/ny", filledIn("556703-7484").add("action", "save"));

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        String message = "Ange ett giltigt organisationsnummer med 10 siffror, till exempel 556703-7485";
        assertThat(html.select(".error-summary a").eachText()).containsExactly(message);
        assertThat(html.selectFirst(".error-summary a").attr("href")).isEqualTo("#organisationNumber");
        assertThat(html.selectFirst("#organisationNumber-error").text()).isEqualTo("Fel: " + message);
        assertThat(html.selectFirst("#organisationNumber").attr("aria-describedby"))
                .isEqualTo("organisationNumber-hint organisationNumber-error");
        assertThat(html.title()).startsWith("Fel: ");
        assertThat(html.selectFirst("#organisationNumber").val()).isEqualTo("556703-7484");
        assertThat(html.selectFirst("#name").val()).isEqualTo("Acme AB");
        assertThat(html.selectFirst("#contacts-1-phone").val()).isEqualTo("070-123 45 67");
        assertThat(html.selectFirst("#mainContact-1").hasAttr("checked")).isTrue();
        nothingSent();
    }

    @Test
    void missingFieldsAreListedInTheFormsOrder() {
        signIn();

        Page page = browser.post("/byra/kunder/ny", Form.of("_csrf", token, "name", " ", "organisationNumber", "",
                "contactId", "", "contactName", "", "contactEmail", "eva@acme.se", "contactPhone", "",
                "action", "save"));

        assertThat(page.html().select(".error-summary a").eachAttr("href")).containsExactly("#name",
                "#organisationNumber", "#contacts-0-name", "#mainContact-0");
        assertThat(page.html().select(".error-summary a").eachText()).containsExactly("Ange kundens namn",
                "Ange kundens organisationsnummer", "Ange namnet på kontakt 1", "Välj vem som är huvudkontakt");
        nothingSent();
    }

    @Test
    void theOrganisationNumberIsCheckedAsItChanges() {
        signIn();

        Page wrong = browser.post("/byra/kunder/organisationsnummer", Form.of("organisationNumber", "5567037484"),
                "HX-Request", "true", "X-CSRF-Token", token);
        Page right = browser.post("/byra/kunder/organisationsnummer", Form.of("organisationNumber", "5567037485"),
                "HX-Request", "true", "X-CSRF-Token", token);

        assertThat(wrong.body()).doesNotContain("<html");
        assertThat(wrong.html().selectFirst("#organisationNumber-group.form-group--error #organisationNumber-error")
                .text()).contains("Ange ett giltigt organisationsnummer");
        assertThat(right.html().select("#organisationNumber-error")).isEmpty();
        assertThat(right.html().selectFirst("#organisationNumber").val()).isEqualTo("556703-7485");
        assertThat(right.html().selectFirst("#organisationNumber").attr("hx-post"))
                .isEqualTo("/byra/kunder/organisationsnummer");
        nothingSent();
    }

    @Test
    void registeringSendsTheClientAndShowsItsOverviewWithABanner() throws Exception {
        User user = signIn();
        UUID id = UUID.randomUUID();
        engagement.onJson("POST", "/clients", 201, Fixtures.clientView(id, "Acme AB", "556703-7485", user.subject(),
                0, List.of(Fixtures.contact(UUID.randomUUID(), "Per Ek", null, "070-123 45 67", true))));
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485",
                user.subject(), 0, List.of()));
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(), 0, 20, 0));
        collaboration.onJson("GET", "/clients/.*/services", 200,
                CollabFixtures.clientServices(id, "Acme AB", 0, 0, List.of()));

        Page saved = browser.post("/byra/kunder/ny", filledIn("5567037485").add("action", "save"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).contains(browser.base().resolve("/byra/kunder/" + id).toString());
        JsonNode sent = JSON.readTree(engagement.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow().body());
        assertThat(sent.get("name").asText()).isEqualTo("Acme AB");
        assertThat(sent.get("organisationNumber").asText()).isEqualTo("556703-7485");
        assertThat(sent.get("clientManagerId").isNull()).as("Ingen was chosen").isTrue();
        assertThat(sent.get("address").get("postalCode").asText()).isEqualTo("111 22");
        assertThat(sent.get("address").get("country").isNull()).isTrue();
        assertThat(sent.get("contacts")).hasSize(2);
        assertThat(sent.get("contacts").get(0).get("main").asBoolean()).isFalse();
        assertThat(sent.get("contacts").get(1).get("main").asBoolean()).isTrue();
        assertThat(sent.get("contacts").get(1).get("email").isNull()).isTrue();

        Page overview = browser.get(saved.location().get());
        assertThat(overview.html().selectFirst(".notification-banner").text()).contains("Kunden är registrerad");
        assertThat(browser.get(saved.location().get()).html().select(".notification-banner")).isEmpty();
    }

    @Test
    void theClientManagerIsChosenAmongTheActiveStaffWithTheUserChosenFirst() throws Exception {
        User user = signIn();
        UUID karin = UUID.randomUUID();
        UUID erik = UUID.randomUUID();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(
                Fixtures.staffMember(erik, "Erik Johansson", "erik@byran.test"),
                Fixtures.staffMember(karin, "Karin Kundansvarig", "KARIN@byran.test")), 0, 100, 2));
        engagement.clearRequests();

        Document form = browser.get("/byra/kunder/ny").html();

        assertThat(engagement.requests()).singleElement().satisfies(r -> assertThat(r.query())
                .containsEntry("status", "ACTIVE").containsEntry("page", "0").containsEntry("size", "100"));
        assertThat(form.selectFirst("label[for=clientManagerId]").text()).isEqualTo("Kundansvarig");
        assertThat(form.selectFirst("#clientManagerId").attr("aria-describedby")).isEqualTo("clientManagerId-hint");
        assertThat(form.select("#clientManagerId option").eachText()).containsExactly("Ingen", "Erik Johansson",
                "Karin Kundansvarig");
        assertThat(form.select("#clientManagerId option[selected]").eachAttr("value")).containsExactly(karin.toString());
        assertThat(user.email()).isEqualTo("karin@byran.test");

        UUID id = UUID.randomUUID();
        engagement.onJson("POST", "/clients", 201, Fixtures.clientView(id, "Acme AB", "556703-7485",
                erik.toString(), 0, List.of()));
        Form chosen = Form.of("_csrf", token, "clientManagerId", erik.toString(), "country", "",
                "name", "Acme AB", "organisationNumber", "556703-7485", "street", "", "postalCode", "", "city", "",
                "contactId", "", "contactName", "Eva Ek", "contactEmail", "", "contactPhone", "", "mainContact", "0",
                "action", "save");
        assertThat(browser.post("/byra/kunder/ny", chosen).status()).isEqualTo(303);
        JsonNode sent = JSON.readTree(engagement.requests().stream().filter(r -> r.method().equals("POST"))
                .findFirst().orElseThrow().body());
        assertThat(sent.get("clientManagerId").asText()).isEqualTo(erik.toString());
    }

    @Test
    void theUsersStaffRecordIsFoundByItsLoginOnceTheServiceShowsIt() {
        User user = signIn();
        UUID karin = UUID.randomUUID();
        // an e-mail that is not the user's, but the login's id is
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.with(
                Fixtures.staffMember(karin, "Karin K", "karin.k@annan.test"), "subject", user.subject())), 0, 100, 1));

        Document form = browser.get("/byra/kunder/ny").html();

        assertThat(form.select("#clientManagerId option[selected]").eachAttr("value")).containsExactly(karin.toString());
    }

    @Test
    void withoutAStaffRecordNobodyIsChosen() {
        signIn();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(UUID.randomUUID(),
                "Erik Johansson", "erik@byran.test")), 0, 100, 1));

        Document form = browser.get("/byra/kunder/ny").html();

        assertThat(form.select("#clientManagerId option[selected]")).isEmpty();
        assertThat(form.selectFirst("#clientManagerId option").text()).isEqualTo("Ingen");
        assertThat(form.selectFirst("#clientManagerId option").val()).isEmpty();
    }

    @Test
    void everyPageOfTheDirectoryIsOffered() {
        signIn();
        List<Object> first = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            first.add(Fixtures.staffMember(UUID.randomUUID(), "Medarbetare %03d".formatted(i), i + "@byran.test"));
        }
        UUID last = UUID.randomUUID();
        engagement.on("GET", "/staff", request -> ServiceStub.Answer.json(200, ServiceStub.json(
                "1".equals(request.query().get("page"))
                        ? Fixtures.page(List.of(Fixtures.staffMember(last, "Östen Sist", "osten@byran.test")), 1, 100, 101)
                        : Fixtures.page(first, 0, 100, 101))));
        engagement.clearRequests();

        Document form = browser.get("/byra/kunder/ny").html();

        assertThat(form.select("#clientManagerId option")).hasSize(102);
        assertThat(form.select("#clientManagerId option").last().val()).isEqualTo(last.toString());
        assertThat(engagement.requests()).extracting(r -> r.query().get("page")).containsExactlyInAnyOrder("0", "1");
    }

    @Test
    void aManagerWhoIsNoActiveStaffMemberIsKeptWhenEditing() {
        signIn();
        UUID id = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        engagement.onJson("GET", "/staff", 200, Fixtures.page(List.of(Fixtures.staffMember(UUID.randomUUID(),
                "Erik Johansson", "erik@byran.test")), 0, 100, 1));
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.with(Fixtures.clientView(id, "Acme AB",
                "556703-7485", gone.toString(), 2, List.of()), "clientManagerName", "Greta Slutat"));

        Document form = browser.get("/byra/kunder/" + id + "/redigera").html();

        assertThat(form.select("#clientManagerId option").eachText()).containsExactly("Ingen", "Greta Slutat",
                "Erik Johansson");
        assertThat(form.select("#clientManagerId option[selected]").eachAttr("value")).containsExactly(gone.toString());
    }

    @Test
    void theFormStillWorksWhenTheStaffCannotBeReadAndKeepsTheManager() {
        signIn();
        UUID id = UUID.randomUUID();
        engagement.on("GET", "/staff", request -> ServiceStub.Answer.problem(500, "{\"status\":500}"));
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485",
                "someone", 2, List.of()));

        Page page = browser.get("/byra/kunder/" + id + "/redigera");

        assertThat(page.status()).isEqualTo(200);
        Document form = page.html();
        assertThat(form.selectFirst("#clientManagerId-hint").text()).startsWith("Byråns medarbetare kan inte visas just nu");
        assertThat(form.select("#clientManagerId option").eachAttr("value")).containsExactly("", "someone");
        assertThat(form.selectFirst("#clientManagerId option[selected]").text()).isEqualTo("En annan medarbetare");
    }

    @Test
    void theServicesRefusalOfTheManagerIsShownAtTheField() {
        signIn();
        engagement.onJson("POST", "/clients", 400, Fixtures.invalid(Map.of("clientManagerId",
                "måste vara en aktiv medarbetare")));

        Page page = browser.post("/byra/kunder/ny", filledIn("556703-7485").add("action", "save"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html().selectFirst("#clientManagerId-error").text()).isEqualTo("Fel: Måste vara en aktiv medarbetare");
        assertThat(page.html().select(".error-summary a").eachText()).containsExactly(
                "Kundansvarig: måste vara en aktiv medarbetare");
        assertThat(page.html().selectFirst("#clientManagerId").attr("aria-describedby"))
                .isEqualTo("clientManagerId-hint clientManagerId-error");
    }

    @Test
    void theServicesFieldErrorsLandOnTheRightFields() {
        signIn();
        engagement.onJson("POST", "/clients", 400, Fixtures.invalid(Map.of(
                "address.postalCode", "måste vara ett postnummer med fem siffror",
                "contacts[0].email", "måste vara en välformad e-postadress",
                "somethingElse", "är fel")));
        // the first row is left empty, so the service's contacts[0] is the form's second row
        Form form = Form.of("_csrf", token, "name", "Acme AB", "organisationNumber", "556703-7485",
                "street", "", "postalCode", "1", "city", "",
                "contactId", "", "contactName", "", "contactEmail", "", "contactPhone", "",
                "contactId", "", "contactName", "Eva Ek", "contactEmail", "eva@", "contactPhone", "",
                "mainContact", "1", "action", "save");

        Page page = browser.post("/byra/kunder/ny", form);

        assertThat(page.status()).isEqualTo(400);
        Document html = page.html();
        assertThat(html.selectFirst("#postalCode-error").text()).isEqualTo("Fel: Måste vara ett postnummer med fem siffror");
        assertThat(html.selectFirst("#contacts-1-email-error").text()).isEqualTo("Fel: Måste vara en välformad e-postadress");
        assertThat(html.select("#contacts-0-email-error")).isEmpty();
        assertThat(html.select(".error-summary li").eachText()).containsExactly("Är fel",
                "Postnummer: måste vara ett postnummer med fem siffror",
                "Kontakt 2, e-post: måste vara en välformad e-postadress");
        assertThat(html.select(".error-summary a").eachAttr("href")).containsExactly("#postalCode", "#contacts-1-email");
        assertThat(html.selectFirst("#contacts-1-email").val()).isEqualTo("eva@");
        assertThat(html.selectFirst("#contacts-1-email").hasClass("input--error")).isTrue();
        assertThat(engagement.requests().get(0).header("Accept-Language")).isEqualTo("sv");
    }

    @Test
    void aDuplicateOrganisationNumberIsShownAtTheField() {
        signIn();
        engagement.onJson("POST", "/clients", 409, Fixtures.conflict());

        Page page = browser.post("/byra/kunder/ny", filledIn("556703-7485").add("action", "save"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst("#organisationNumber-error").text())
                .isEqualTo("Fel: Det finns redan en kund med organisationsnummer 556703-7485");
        assertThat(page.html().select(".error-summary a").eachAttr("href")).containsExactly("#organisationNumber");
    }

    @Test
    void contactsAreAddedAndRemovedWithoutJavaScript() {
        signIn();

        Page added = browser.post("/byra/kunder/ny", filledIn("556703-7485").add("action", "add-contact"));
        Document three = added.html();

        assertThat(added.status()).isEqualTo(200);
        assertThat(three.select("fieldset.contact")).hasSize(3);
        assertThat(three.selectFirst("#contacts-2-name").val()).isEmpty();
        assertThat(three.select(".error-summary")).isEmpty();
        nothingSent();

        Form withThree = filledIn("556703-7485").add("contactId", "").add("contactName", "Ny Person")
                .add("contactEmail", "").add("contactPhone", "").add("action", "remove-contact-0");
        Document two = browser.post("/byra/kunder/ny", withThree).html();
        assertThat(two.select("fieldset.contact")).hasSize(2);
        assertThat(two.selectFirst("#contacts-0-name").val()).isEqualTo("Per Ek");
        assertThat(two.selectFirst("#contacts-1-name").val()).isEqualTo("Ny Person");
        assertThat(two.selectFirst("#mainContact-0").hasAttr("checked")).isTrue();
        nothingSent();
    }

    @Test
    void editingShowsTheClientAndSavesTheChangesWithItsVersion() throws Exception {
        User user = signIn();
        UUID id = UUID.randomUUID();
        UUID eva = UUID.randomUUID();
        engagement.onJson("GET", "/clients/" + id, 200, Fixtures.clientView(id, "Acme AB", "556703-7485", "someone",
                7, List.of(Fixtures.contact(eva, "Eva Ek", "eva@acme.se", null, true))));
        engagement.onJson("PUT", "/clients/" + id, 200, Fixtures.clientView(id, "Acme Nya AB", "556703-7485",
                "someone", 8, List.of()));
        engagement.onJson("GET", "/engagements", 200, Fixtures.page(List.of(), 0, 20, 0));
        collaboration.onJson("GET", "/clients/.*/services", 200,
                CollabFixtures.clientServices(id, "Acme AB", 0, 0, List.of()));

        Document form = browser.get("/byra/kunder/" + id + "/redigera").html();

        assertThat(form.selectFirst("h1").text()).isEqualTo("Ändra Acme AB");
        assertThat(form.selectFirst("main form[method=post]").attr("action")).isEqualTo("/byra/kunder/" + id + "/redigera");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Acme AB");
        assertThat(form.selectFirst("#city").val()).isEqualTo("Stockholm");
        assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("7");
        assertThat(form.selectFirst("input[name=contactId]").val()).isEqualTo(eva.toString());
        assertThat(form.selectFirst("#contacts-0-email").val()).isEqualTo("eva@acme.se");
        assertThat(form.selectFirst("#mainContact-0").hasAttr("checked")).isTrue();

        Form changed = Form.of("_csrf", token, "version", "7", "clientManagerId", "someone", "country", "SE",
                "name", "Acme Nya AB", "organisationNumber", "556703-7485", "street", "Storgatan 1",
                "postalCode", "111 22", "city", "Stockholm",
                "contactId", eva.toString(), "contactName", "Eva Ek", "contactEmail", "eva@acme.se", "contactPhone", "",
                "contactId", "", "contactName", "Ny Kontakt", "contactEmail", "", "contactPhone", "",
                "mainContact", "0", "action", "save");
        Page saved = browser.post("/byra/kunder/" + id + "/redigera", changed);

        assertThat(saved.status()).isEqualTo(303);
        JsonNode sent = JSON.readTree(engagement.requests().stream().filter(r -> r.method().equals("PUT"))
                .findFirst().orElseThrow().body());
        assertThat(sent.get("version").asLong()).isEqualTo(7);
        assertThat(sent.get("name").asText()).isEqualTo("Acme Nya AB");
        assertThat(sent.get("clientManagerId").asText()).isEqualTo("someone");
        assertThat(sent.get("address").get("country").asText()).isEqualTo("SE");
        assertThat(sent.get("contacts").get(0).get("id").asText()).isEqualTo(eva.toString());
        assertThat(sent.get("contacts").get(1).get("id").isNull()).isTrue();
        assertThat(browser.get(saved.location().get()).html().selectFirst(".notification-banner").text())
                .contains("Ändringarna är sparade");
        assertThat(user.subject()).isNotEqualTo("someone");
    }

    @Test
    void aStaleEditIsExplainedAndTheTypedValuesKept() {
        signIn();
        UUID id = UUID.randomUUID();
        engagement.onJson("PUT", "/clients/" + id, 409, Fixtures.conflict());

        Page page = browser.post("/byra/kunder/" + id + "/redigera", filledIn("556703-7485").add("version", "3").add("action", "save"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Någon annan har ändrat kunden medan du redigerade.");
        assertThat(page.html().selectFirst(".notice a").attr("href")).isEqualTo("/byra/kunder/" + id + "/redigera");
        assertThat(page.html().selectFirst("#name").val()).isEqualTo("Acme AB");
    }

    @Test
    void aServiceThatDoesNotAnswerKeepsTheTypedValues() {
        signIn();
        engagement.mode(ServiceStub.Mode.FAILING);

        Page page = browser.post("/byra/kunder/ny", filledIn("556703-7485").add("action", "save"));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().selectFirst(".notice").text()).startsWith("Kunden kunde inte sparas eftersom tjänsten inte svarar");
        assertThat(page.html().selectFirst("#contacts-0-email").val()).isEqualTo("eva@acme.se");
    }

    @Test
    void editingAnUnknownClientIsTheNotFoundPage() {
        signIn();

        Page page = browser.get("/byra/kunder/" + UUID.randomUUID() + "/redigera");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo("Sidan finns inte");
    }
}
