package se.byra.notification.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.engine.Notice;
import se.byra.notification.support.Api;
import se.byra.notification.support.BothSidesTest;
import se.byra.notification.support.Events.Company;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.People.Person;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.TestTokens;

/**
 * case-service's events, published on case.events as it publishes them (keyed by the company), tell the
 * company's main contact or the staff they name, each in their language with the link of their side.
 */
@QuarkusTest
class CaseMappingsTest extends BothSidesTest {

    private Company company;

    @BeforeEach
    void theCompanyAsCaseServiceNamesIt() {
        company = new Company(agency, client, COMPANY);
    }

    private String clientOverview() {
        return "/byra/kunder/" + client;
    }

    private String consentPage() {
        return "/portal/foretag/" + client + "/samtycke";
    }

    @Test
    void aConsentRequestToAMainContactTheDirectoryDoesNotKnowIsMailedToTheirAddress() {
        String email = UUID.randomUUID() + "@kund.se";
        UUID address = new Notice.Address("Karl Nyström", email, "sv").id();

        events.consentRequested(company, "Karl Nyström", email, anna.id(), "Anna Lindqvist", false);

        MimeMessage mail = Mailbox.await(email, AGENCY + " vill skicka ärenden till " + COMPANY + " i kundportalen");
        assertThat(Mailbox.text(mail)).contains("Hej Karl Nyström!", "Ett ärende är en fråga, en begäran om underlag",
                "Innan byrån kan skicka ärenden behöver ni ge ert samtycke.",
                "Anna Lindqvist på " + AGENCY + " har skickat förfrågan till dig som huvudkontakt för " + COMPANY,
                "Är du ny i kundportalen får du ett separat mejl", BASE + consentPage())
                .doesNotContain("Påminnelse");
        assertThat(Mailbox.html(mail)).contains("href=\"" + BASE + consentPage() + "\"", "Svara på förfrågan",
                "Bergs Bygg &amp; Måleri AB");
        assertThat(Mailbox.senderName(mail)).isEqualTo(AGENCY);
        // the agency's administrator follows it like any other mail, to the address it went to
        String admin = TestTokens.agencyAdmin(agency).token();
        await().atMost(Mailbox.WAIT).untilAsserted(() -> Api.as(admin).get("/deliveries?status=SENT").then()
                .statusCode(200).body("items.recipientEmail", hasItem(email))
                .body("items.recipientName", hasItem("Karl Nyström")));
        // no list to show it in: an e-mail only, once
        assertThat(store.deliveries(address)).hasSize(1);
        assertThat(store.notifications(address)).isEmpty();
        toldNothing(maria, olof, lisa, anna, erik);
    }

    @Test
    void aConsentRequestToAMemberTheDirectoryKnowsTellsThemAsAUserInTheirLanguage() {
        events.consentRequested(company, "Olof Berg", olof.email().toUpperCase(), anna.id(), "Anna Lindqvist", true);

        MimeMessage toOlof = Mailbox.await(olof.email(),
                "Reminder: " + AGENCY + " would like to send cases to " + COMPANY + " in the client portal");
        assertThat(Mailbox.text(toOlof)).contains("Hello Olof Berg,", "This is a reminder",
                "Sign in to the client portal to give your consent, or to decline:\n" + BASE + consentPage())
                .doesNotContain("new to the client portal");
        assertThat(store.notices(olof.id())).last()
                .isEqualTo(new Store.Notification("consent-requested", "INVITATION", consentPage()));
        olof.api().header("Accept-Language", "en").get("/me/notifications").then()
                .body("items[0].title", equalTo("Reminder: consent to cases from " + AGENCY))
                .body("items[0].link", equalTo(BASE + consentPage()));
        toldNothing(maria, lisa, anna, erik);
    }

    @Test
    void aConsentGivenIsToldToTheStaffWhoAskedWithTheClientsOverview() {
        events.consentGranted(company, maria.id(), "Maria Berg", List.of(anna.id(), erik.id()));

        MimeMessage toAnna = Mailbox.await(anna.email(), COMPANY + " har gett sitt samtycke till ärenden");
        assertThat(Mailbox.text(toAnna)).contains("Maria Berg på " + COMPANY + " har gett samtycke till ärenden",
                "Nu kan byrån skicka ärenden till kunden.", BASE + clientOverview());
        Mailbox.await(erik.email(), COMPANY + " has consented to cases");
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("consent-granted", "CASE", clientOverview()));
        toldNothing(maria, olof, lisa);
    }

    @Test
    void aConsentDeclinedIsToldToTheStaffWithTheReason() {
        events.consentDeclined(company, maria.id(), "Maria Berg", "Vi mejlar hellre.", List.of(anna.id()));

        MimeMessage toAnna = Mailbox.await(anna.email(), COMPANY + " har tackat nej till ärenden");
        assertThat(Mailbox.text(toAnna)).contains("Maria Berg på " + COMPANY + " har tackat nej",
                "Det här skrev Maria Berg:\nVi mejlar hellre.", BASE + clientOverview());
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("consent-declined", "CASE", clientOverview()));
        toldNothing(maria, olof, lisa, erik);
    }

    @Test
    void aConsentWithdrawnTellsTheStaffHowManyOpenCasesWereClosed() {
        events.consentRevoked(company, olof.id(), "Olof Berg", null, 3, List.of(anna.id(), erik.id()));

        MimeMessage toAnna = Mailbox.await(anna.email(), COMPANY + " har dragit tillbaka sitt samtycke till ärenden");
        assertThat(Mailbox.text(toAnna)).contains("Olof Berg på " + COMPANY + " har dragit tillbaka samtycket",
                "Byrån kan inte längre skicka nya ärenden till kunden.", "3 öppna ärenden stängdes.",
                "Inget skäl angavs.", BASE + clientOverview());
        MimeMessage toErik = Mailbox.await(erik.email(), COMPANY + " has withdrawn its consent to cases");
        assertThat(Mailbox.text(toErik)).contains("3 open cases were closed.");
        erik.api().header("Accept-Language", "en").get("/me/notifications").then()
                .body("items[0].category", equalTo("CASE"))
                .body("items[0].summary", equalTo("3 open cases were closed."))
                .body("items[0].link", equalTo(BASE + clientOverview()));
        toldNothing(maria, olof, lisa);
    }
}
