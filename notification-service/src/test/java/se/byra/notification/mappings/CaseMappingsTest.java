package se.byra.notification.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.engine.Notice;
import se.byra.notification.support.Api;
import se.byra.notification.support.BothSidesTest;
import se.byra.notification.support.Events.Case;
import se.byra.notification.support.Events.Company;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.People.Person;
import se.byra.notification.support.Store;
import se.byra.platform.testkit.TestTokens;

/**
 * case-service's events, published on case.events as it publishes them (keyed by the company), tell the
 * company's main contact, every member of the company, or the staff they name, each in their language with
 * the link of their side.
 */
@QuarkusTest
class CaseMappingsTest extends BothSidesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 14);

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

    private static String staffLink(Case c) {
        return "/byra/arenden/" + c.id();
    }

    private String portalLink(Case c) {
        return "/portal/foretag/" + client + "/arenden/" + c.id();
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

    @Test
    void aCaseFromTheAgencyTellsEveryMemberOfTheCompanyWhatIsAskedAndByWhen() {
        Case receipts = Case.of(company, "DOCUMENT_REQUEST", "Kvitton för november");
        events.caseCreated(receipts, "AGENCY", anna.id(), DUE, anna.id(), "Anna Lindqvist", List.of());

        String subject = "Nytt ärende från " + AGENCY + ": Kvitton för november";
        MimeMessage toMaria = Mailbox.await(maria.email(), subject);
        assertThat(Mailbox.text(toMaria)).contains("Hej Maria Berg!",
                "Anna Lindqvist på " + AGENCY + " har skickat ett ärende till " + COMPANY + ": Kvitton för november",
                "Byrån behöver underlag från er", "Svara senast 2026-12-14.",
                "Öppna ärendet i kundportalen:\n" + BASE + portalLink(receipts));
        assertThat(Mailbox.html(toMaria)).contains("href=\"" + BASE + portalLink(receipts) + "\"", "Öppna ärendet");
        // not only the administrators: every member
        Mailbox.await(lisa.email(), subject);
        MimeMessage toOlof = Mailbox.await(olof.email(), "New case from " + AGENCY + ": Kvitton för november");
        assertThat(Mailbox.text(toOlof)).contains("Please answer by 14 Dec 2026.", BASE + portalLink(receipts));
        assertThat(store.notices(lisa.id())).last()
                .isEqualTo(new Store.Notification("case-created-client", "CASE", portalLink(receipts)));
        maria.api().get("/me/notifications").then()
                .body("items[0].title", equalTo("Nytt ärende: Kvitton för november"))
                .body("items[0].summary", equalTo(AGENCY + " har skickat ett ärende till " + COMPANY
                        + ". Svara senast 2026-12-14."));
        toldNothing(anna, erik);
    }

    @Test
    void aCaseWithoutALastDayNamesNone() {
        Case question = Case.of(company, "QUESTION", "Bilförmån");
        events.caseCreated(question, "AGENCY", null, null, erik.id(), "Erik Johansson", List.of());

        MimeMessage toMaria = Mailbox.await(maria.email(), "Nytt ärende från " + AGENCY + ": Bilförmån");
        assertThat(Mailbox.text(toMaria)).contains("Byrån har en fråga som de behöver ert svar på.")
                .doesNotContain("Svara senast");
    }

    @Test
    void aClientsQuestionIsToldToTheStaffItNamesAndNoOtherClientUser() {
        Case question = Case.of(company, "QUESTION", "Moms på hyra");
        events.caseCreated(question, "CLIENT", anna.id(), null, lisa.id(), "Lisa Sandberg", List.of(anna.id()));

        MimeMessage toAnna = Mailbox.await(anna.email(), "Ny fråga från " + COMPANY + ": Moms på hyra");
        assertThat(Mailbox.text(toAnna)).contains(
                "Lisa Sandberg på " + COMPANY + " har skickat en fråga till byrån i kundportalen: Moms på hyra",
                "Ärendet väntar på byrån.", BASE + staffLink(question));
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("case-created-staff", "CASE", staffLink(question)));
        toldNothing(maria, olof, lisa, erik);
    }

    @Test
    void anAnswerIsToldToTheStaffWithAnApprovalsDecision() {
        Case approval = Case.of(company, "APPROVAL", "Årsredovisning 2025");
        events.caseAnswered(approval, "WAITING_FOR_AGENCY", "APPROVED", maria.id(), "Maria Berg", anna.id(),
                List.of(anna.id()));
        Case rejected = Case.of(company, "APPROVAL", "Bokslutsdispositioner");
        events.caseAnswered(rejected, "WAITING_FOR_AGENCY", "REJECTED", olof.id(), "Olof Berg", null,
                List.of(erik.id()));
        Case information = Case.of(company, "INFORMATION", "Nya regler för friskvård");
        events.caseAnswered(information, "CLOSED", null, maria.id(), "Maria Berg", null, List.of(anna.id()));

        MimeMessage approved = Mailbox.await(anna.email(), COMPANY + " har godkänt ärendet Årsredovisning 2025");
        assertThat(Mailbox.text(approved)).contains("Maria Berg på " + COMPANY + " har svarat i ärendet",
                "Beslut: godkänt.", "Ärendet väntar nu på byrån.", BASE + staffLink(approval));
        MimeMessage notApproved = Mailbox.await(erik.email(),
                COMPANY + " has not approved the case Bokslutsdispositioner");
        assertThat(Mailbox.text(notApproved)).contains("Decision: not approved.", BASE + staffLink(rejected));
        MimeMessage acknowledged = Mailbox.await(anna.email(),
                COMPANY + " har svarat i ärendet Nya regler för friskvård");
        assertThat(Mailbox.text(acknowledged)).contains("så ärendet är avslutat").doesNotContain("Beslut");
        assertThat(store.notices(anna.id())).contains(
                new Store.Notification("case-answered", "CASE", staffLink(approval)));
        toldNothing(maria, olof, lisa);
    }

    @Test
    void aCaseSentBackIsToldToEveryMember() {
        Case receipts = Case.of(company, "DOCUMENT_REQUEST", "Kvitton för november");
        events.caseReturned(receipts, anna.id(), "Anna Lindqvist", DUE);

        MimeMessage toLisa = Mailbox.await(lisa.email(),
                AGENCY + " har skickat tillbaka ärendet Kvitton för november");
        assertThat(Mailbox.text(toLisa)).contains(
                "Anna Lindqvist på " + AGENCY + " har skickat tillbaka ärendet Kvitton för november till " + COMPANY
                        + " med en kommentar.",
                "Svara senast 2026-12-14.", BASE + portalLink(receipts));
        Mailbox.await(maria.email(), AGENCY + " har skickat tillbaka ärendet Kvitton för november");
        Mailbox.await(olof.email(), AGENCY + " has sent the case Kvitton för november back");
        assertThat(store.notices(maria.id())).last()
                .isEqualTo(new Store.Notification("case-returned", "CASE", portalLink(receipts)));
        toldNothing(anna, erik);
    }

    @Test
    void aClientsCommentGoesToTheAssigneeAndTheAgencysToTheCompany() {
        Case question = Case.of(company, "QUESTION", "Moms på hyra");
        events.caseCommented(question, "CLIENT", lisa.id(), "Lisa Sandberg", anna.id(), List.of(anna.id()));

        MimeMessage toAnna = Mailbox.await(anna.email(), "Ny kommentar från " + COMPANY + " i ärendet Moms på hyra");
        assertThat(Mailbox.text(toAnna)).contains(
                "Lisa Sandberg på " + COMPANY + " har skrivit en kommentar i ärendet Moms på hyra.",
                "Läs kommentaren i ärendet:\n" + BASE + staffLink(question));
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("case-commented", "CASE", staffLink(question)));
        toldNothing(maria, olof, lisa, erik);

        events.caseCommented(question, "AGENCY", anna.id(), "Anna Lindqvist", anna.id(), List.of());

        MimeMessage toMaria = Mailbox.await(maria.email(), "Ny kommentar från " + AGENCY + " i ärendet Moms på hyra");
        assertThat(Mailbox.text(toMaria)).contains(
                "Anna Lindqvist på " + AGENCY + " har skrivit en kommentar i ärendet Moms på hyra.",
                "Läs kommentaren i kundportalen:\n" + BASE + portalLink(question));
        Mailbox.await(lisa.email(), "Ny kommentar från " + AGENCY + " i ärendet Moms på hyra");
        Mailbox.await(olof.email(), "New comment from " + AGENCY + " on the case Moms på hyra");
        assertThat(store.notices(lisa.id())).last()
                .isEqualTo(new Store.Notification("case-commented", "CASE", portalLink(question)));
        // the staff's own comment is not told back to them
        assertThat(store.notifications(anna.id())).hasSize(2);
        toldNothing(erik);
    }

    @Test
    void aClosedCaseIsToldInThePlatformOnlyWithWhy() {
        Case receipts = Case.of(company, "DOCUMENT_REQUEST", "Kvitton för november");
        events.caseClosed(receipts, "COMPLETED", null, "Anna Lindqvist", List.of());
        Case question = Case.of(company, "QUESTION", "Moms på hyra");
        events.caseClosed(question, "CONSENT_REVOKED", "Samtycket drogs tillbaka.", "Olof Berg", List.of(erik.id()));

        await().atMost(Mailbox.WAIT).until(() -> store.notifications(maria.id()).size() == 3
                && store.notifications(erik.id()).size() == 2);
        assertThat(store.notices(lisa.id())).contains(
                new Store.Notification("case-closed", "CASE", portalLink(receipts)),
                new Store.Notification("case-closed", "CASE", portalLink(question)));
        assertThat(store.notices(erik.id())).last()
                .isEqualTo(new Store.Notification("case-closed", "CASE", staffLink(question)));
        maria.api().get("/me/notifications").then()
                .body("items.title", hasItem("Ärendet är avslutat: Kvitton för november"))
                .body("items.summary", hasItem("Byrån har avslutat ärendet. Ni behöver inte göra något mer."))
                .body("items.title", hasItem("Ärendet har stängts: Moms på hyra"))
                .body("items.summary", hasItem("Ärendet stängdes när ni drog tillbaka samtycket till ärenden."));
        erik.api().header("Accept-Language", "en").get("/me/notifications").then()
                .body("items[0].title", equalTo("The case has been closed: Moms på hyra"))
                .body("items[0].summary", equalTo(
                        "The case was closed when " + COMPANY + " withdrew the consent to cases."));
        // the deliveries would have been written with the notifications: no e-mail
        for (Person person : List.of(maria, olof, lisa, erik)) {
            assertThat(store.deliveries(person.id())).hasSize(1);
        }
        toldNothing(anna);
    }

    @Test
    void aReminderSaysWhetherTheLastDayIsAheadOrPassed() {
        Case receipts = Case.of(company, "DOCUMENT_REQUEST", "Kvitton för november");
        events.caseReminderDue(receipts, DUE, -3);
        Case approval = Case.of(company, "APPROVAL", "Årsredovisning 2025");
        events.caseReminderDue(approval, DUE, 2);

        MimeMessage ahead = Mailbox.await(maria.email(),
                "Påminnelse: ärendet Kvitton för november ska besvaras senast 2026-12-14");
        assertThat(Mailbox.text(ahead)).contains(
                AGENCY + " väntar på svar från " + COMPANY + " i ärendet Kvitton för november.",
                "Ärendet ska besvaras senast 2026-12-14.", BASE + portalLink(receipts))
                .doesNotContain("så snart ni kan");
        MimeMessage passed = Mailbox.await(lisa.email(),
                "Påminnelse: ärendet Årsredovisning 2025 skulle ha besvarats senast 2026-12-14");
        assertThat(Mailbox.text(passed)).contains("Svara så snart ni kan.", BASE + portalLink(approval));
        Mailbox.await(olof.email(), "Reminder: the case Årsredovisning 2025 should have been answered by 14 Dec 2026");
        assertThat(store.notices(maria.id())).contains(
                new Store.Notification("case-reminder", "CASE", portalLink(receipts)));
        toldNothing(anna, erik);
    }
}
