package se.byra.notification.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.support.BothSidesTest;
import se.byra.notification.support.Events.Collaboration;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;

/**
 * The collaboration events, published as collaboration-service publishes them (keyed by the company, after
 * its memberships), tell the staff they name and the company's administrators, each in their language with
 * the link of their side; the company's other users are told nothing.
 */
@QuarkusTest
class CollaborationMappingsTest extends BothSidesTest {

    private Collaboration collaboration;

    @BeforeEach
    void aCollaborationOfTheCompany() {
        collaboration = Collaboration.of(agency, client, COMPANY);
    }

    private String staffLink() {
        return "/byra/samarbeten/" + collaboration.id();
    }

    private String clientLink() {
        return "/portal/foretag/" + client + "/samarbeten/" + collaboration.id();
    }

    @Test
    void anInvitationAsksEachAdministratorInTheirLanguageAndNobodyElse() {
        // 22:30 UTC on 31 March is past midnight in Stockholm: the invitation expires on 1 April there
        events.invited(collaboration, "EXISTING_SERVICE", false, anna.id(), "Anna Lindqvist",
                Instant.parse("2026-03-31T22:30:00Z"));

        MimeMessage toMaria = Mailbox.await(maria.email(),
                AGENCY + " bjuder in " + COMPANY + " att samarbeta i Digitala fakturor");
        assertThat(Mailbox.text(toMaria)).contains("Hej Maria Berg!", "arbetar i samma tjänst",
                "Anna Lindqvist på " + AGENCY + " skickade inbjudan.", "godkänna samarbetet och villkoren",
                "Inbjudan går ut 2026-04-01.", BASE + clientLink())
                .doesNotContain("Påminnelse", "lösenord");
        assertThat(Mailbox.html(toMaria)).contains("Bergs Bygg &amp; Måleri AB", "Lind &amp; Co Redovisning",
                "href=\"" + BASE + clientLink() + "\"", "Svara på inbjudan");
        MimeMessage toOlof = Mailbox.await(olof.email(),
                AGENCY + " invites " + COMPANY + " to collaborate in Digital invoices");
        assertThat(Mailbox.text(toOlof)).contains("Hello Olof Berg,", "The invitation expires on 1 Apr 2026.",
                BASE + clientLink());

        assertThat(store.notices(maria.id())).last()
                .isEqualTo(new Store.Notification("collaboration-invited", "INVITATION", clientLink()));
        maria.api().get("/me/notifications").then().statusCode(200)
                .body("items[0].title", equalTo("Inbjudan att samarbeta i Digitala fakturor"))
                .body("items[0].category", equalTo("INVITATION"))
                .body("items[0].link", equalTo(BASE + clientLink()));
        olof.api().header("Accept-Language", "en").get("/me/notifications").then()
                .body("items[0].title", equalTo("Invitation to collaborate in Digital invoices"));
        toldNothing(lisa, anna, erik);
    }

    @Test
    void anInvitationSentAgainIsAReminderAndANewCustomerLearnsOfThePasswordMail() {
        events.invited(collaboration, "NEW_CUSTOMER", true, null, "Karin Admin", Instant.parse("2026-05-10T10:00:00Z"));

        MimeMessage toMaria = Mailbox.await(maria.email(),
                "Påminnelse: " + AGENCY + " bjuder in " + COMPANY + " att samarbeta i Digitala fakturor");
        assertThat(Mailbox.text(toMaria)).contains("Det här är en påminnelse",
                AGENCY + " har öppnat kundportalen för " + COMPANY, "välja ditt lösenord", "Inbjudan går ut 2026-05-10.");
        MimeMessage toOlof = Mailbox.await(olof.email(),
                "Reminder: " + AGENCY + " invites " + COMPANY + " to collaborate in Digital invoices");
        assertThat(Mailbox.text(toOlof)).contains("This is a reminder", "opened the client portal for " + COMPANY,
                "choose your password");
    }

    @Test
    void anApprovedCollaborationTellsTheStaffOnceAndTheOtherAdministrators() {
        events.activated(collaboration, "INVITATION", List.of(anna.id(), erik.id(), anna.id()), maria.id(),
                "Maria Berg");

        MimeMessage toAnna = Mailbox.await(anna.email(),
                COMPANY + " har godkänt samarbetet i Digitala fakturor");
        assertThat(Mailbox.text(toAnna)).contains("Maria Berg på " + COMPANY + " har godkänt samarbetet",
                "Du har nu tillgång till Digitala fakturor hos " + COMPANY, BASE + staffLink());
        assertThat(Mailbox.html(toAnna)).contains("href=\"" + BASE + staffLink() + "\"");
        Mailbox.await(erik.email(), COMPANY + " approved the collaboration in Digital invoices");
        MimeMessage toOlof = Mailbox.await(olof.email(),
                "The collaboration in Digital invoices with " + AGENCY + " is active");
        assertThat(Mailbox.text(toOlof)).contains("Maria Berg approved the collaboration", BASE + clientLink());

        assertThat(store.notices(anna.id())).extracting(Store.Notification::template)
                .containsExactly("staff-invited", "collaboration-activated-staff");
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("collaboration-activated-staff", "COLLABORATION", staffLink()));
        assertThat(store.notices(olof.id())).last()
                .isEqualTo(new Store.Notification("collaboration-activated-client", "COLLABORATION", clientLink()));
        // Maria approved it herself
        toldNothing(maria, lisa);
    }

    @Test
    void aLinkedImportTellsTheStaffAndNoClient() {
        events.activated(collaboration, "IMPORT", List.of(anna.id()), null, "Anna Lindqvist");

        MimeMessage toAnna = Mailbox.await(anna.email(),
                "Samarbetet med " + COMPANY + " i Digitala fakturor är kopplat");
        assertThat(Mailbox.text(toAnna)).contains("kommer från ett tidigare system",
                "Anna Lindqvist har kopplat det till uppdraget", BASE + staffLink());
        toldNothing(maria, olof, lisa, erik);
    }

    @Test
    void aDeclinedInvitationTellsTheStaffWithTheReasonIfAny() {
        events.declined(collaboration, List.of(anna.id()), maria.id(), "Maria Berg", "Vi sköter fakturorna själva.");
        events.declined(Collaboration.of(agency, client, COMPANY), List.of(erik.id()), olof.id(), "Olof Berg", null);

        MimeMessage toAnna = Mailbox.await(anna.email(),
                COMPANY + " har tackat nej till samarbetet i Digitala fakturor");
        assertThat(Mailbox.text(toAnna)).contains("Maria Berg på " + COMPANY + " har tackat nej",
                "Det här skrev Maria Berg:\nVi sköter fakturorna själva.", BASE + staffLink());
        MimeMessage toErik = Mailbox.await(erik.email(), COMPANY + " declined the collaboration in Digital invoices");
        assertThat(Mailbox.text(toErik)).contains("Olof Berg at " + COMPANY + " declined", "No reason was given.");
        assertThat(store.notices(anna.id())).last()
                .isEqualTo(new Store.Notification("collaboration-declined", "COLLABORATION", staffLink()));
        toldNothing(maria, olof, lisa);
    }

    @Test
    void anExpiredInvitationTellsTheStaffTheyCanSendItAgainAndTheAdministratorsToAskForIt() {
        events.invitationExpired(collaboration, List.of(anna.id()), Instant.parse("2026-02-01T09:00:00Z"));

        MimeMessage toAnna = Mailbox.await(anna.email(),
                "Inbjudan till " + COMPANY + " att samarbeta i Digitala fakturor har gått ut");
        assertThat(Mailbox.text(toAnna)).contains("Den skickades senast 2026-02-01.", "Du kan skicka inbjudan igen",
                BASE + staffLink());
        MimeMessage toMaria = Mailbox.await(maria.email(),
                "Inbjudan från " + AGENCY + " att samarbeta i Digitala fakturor har gått ut");
        assertThat(Mailbox.text(toMaria)).contains("Be " + AGENCY + " att skicka inbjudan igen", BASE + clientLink());
        Mailbox.await(olof.email(), "The invitation from " + AGENCY + " to collaborate in Digital invoices has expired");
        assertThat(store.notices(maria.id())).last()
                .isEqualTo(new Store.Notification("collaboration-expired-client", "COLLABORATION", clientLink()));
        toldNothing(lisa, erik);
    }

    @Test
    void aChangedCollaborationListsWhatChangedInWordsToBothSides() {
        events.updated(collaboration, List.of(anna.id(), erik.id()), null, "AGENCY", "Anna Lindqvist", List.of(
                new Change("engagementId", UUID.randomUUID().toString(), collaboration.engagementId().toString()),
                new Change("variant", "STANDARD", "START"), new Change("agreementMonths", "12", "24"),
                new Change("invoiceRecipient", "AGENCY", "CLIENT"),
                new Change("agencyPaymentRecipient", "true", "false"), new Change("endsOn", "2026-12-31", null)));

        MimeMessage toAnna = Mailbox.await(anna.email(),
                "Samarbetet med " + COMPANY + " i Digitala fakturor har ändrats");
        assertThat(Mailbox.text(toAnna)).contains("Anna Lindqvist på " + AGENCY + " har ändrat samarbetet",
                "- Uppdrag: ändrat\n- Variant: Start\n- Avtalsperiod: 24 månader\n- Fakturamottagare: företaget\n"
                        + "- Byrån är betalningsmottagare: nej\n- Avslutas: inte längre",
                BASE + staffLink())
                .doesNotContain(collaboration.engagementId().toString());
        MimeMessage toMaria = Mailbox.await(maria.email(),
                "Samarbetet med " + AGENCY + " i Digitala fakturor har ändrats");
        assertThat(Mailbox.text(toMaria)).contains("- Fakturamottagare: företaget", BASE + clientLink());
        assertThat(Mailbox.html(toMaria)).contains("<li>Avtalsperiod: 24 månader</li>");
        MimeMessage toOlof = Mailbox.await(olof.email(),
                "The collaboration with " + AGENCY + " in Digital invoices has changed");
        assertThat(Mailbox.text(toOlof)).contains("- Engagement: changed", "- Agreement period: 24 months",
                "- Invoice recipient: the company", "- The agency is the payment recipient: no", "- Ends: no longer");
        Mailbox.await(erik.email(), "The collaboration with " + COMPANY + " in Digital invoices has changed");
        toldNothing(lisa);
    }

    @Test
    void anEndedCollaborationTellsBothSidesAndAsksTheCompanyToChoose() {
        events.ended(collaboration, List.of(anna.id(), erik.id()), "CLIENT", "Maria Berg", LocalDate.of(2026, 6, 30));

        String subject = "Samarbetet i Digitala fakturor mellan " + AGENCY + " och " + COMPANY + " har avslutats";
        MimeMessage toAnna = Mailbox.await(anna.email(), subject);
        assertThat(Mailbox.text(toAnna)).contains("avslutades 2026-06-30", "Maria Berg på " + COMPANY + " avslutade det",
                "Du har inte längre tillgång", BASE + staffLink()).doesNotContain("på egen hand");
        MimeMessage toMaria = Mailbox.await(maria.email(), subject);
        assertThat(Mailbox.text(toMaria)).contains(
                "Välj i kundportalen om ni fortsätter använda Digitala fakturor på egen hand eller avslutar tjänsten också",
                BASE + clientLink());
        assertThat(Mailbox.html(toMaria)).contains("Välj i kundportalen</a>");
        MimeMessage toOlof = Mailbox.await(olof.email(),
                "The collaboration in Digital invoices between " + AGENCY + " and " + COMPANY + " has ended");
        assertThat(Mailbox.text(toOlof)).contains("ended on 30 Jun 2026", "keep using Digital invoices on your own");
        Mailbox.await(erik.email(),
                "The collaboration in Digital invoices between " + AGENCY + " and " + COMPANY + " has ended");
        assertThat(store.notices(maria.id())).last()
                .isEqualTo(new Store.Notification("collaboration-ended", "COLLABORATION", clientLink()));
        toldNothing(lisa);
    }
}
