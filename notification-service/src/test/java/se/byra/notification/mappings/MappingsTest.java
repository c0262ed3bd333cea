package se.byra.notification.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.support.Events;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;

/** Each mapping sends the right e-mail to the right address in the right language, with a working link. */
@QuarkusTest
class MappingsTest {

    private static final String BASE = "http://localhost:8080";

    @Inject
    Events events;

    @Inject
    Store store;

    private final UUID agency = UUID.randomUUID();

    @Test
    void anInvitedStaffMemberIsWelcomedInSwedishWithTheAgencyUisSignInLink() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);

        MimeMessage mail = Mailbox.await(email);
        assertThat(Mailbox.subject(mail)).startsWith("Välkommen till");
        assertThat(Mailbox.text(mail)).contains("Hej Karin Revisor!", "välja ditt lösenord", BASE + "/byra/kunder");
        assertThat(Mailbox.html(mail)).contains("href=\"" + BASE + "/byra/kunder\"", "Logga in");
        assertThat(store.notifications(staff)).containsExactly("staff-invited");
    }

    @Test
    void theAgencysNameIsTheSenderNameAndInTheWelcome() {
        events.agencyNamed(agency, "Lindqvist & Berg, Redovisning \"Syd\"");
        await().atMost(Mailbox.WAIT).until(() -> store.agencyKnown(agency));
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);

        MimeMessage mail = Mailbox.await(email);
        assertThat(Mailbox.senderName(mail)).isEqualTo("Lindqvist & Berg, Redovisning \"Syd\"");
        assertThat(Mailbox.subject(mail)).isEqualTo("Välkommen till Lindqvist & Berg, Redovisning \"Syd\" på Byråplattformen");
    }

    @Test
    void anInvitedStaffMemberWhoReadsEnglishIsWelcomedInEnglish() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        events.staffInvited(agency, staff, "Karin Auditor", email, "en", null);

        MimeMessage mail = Mailbox.await(email);
        assertThat(Mailbox.subject(mail)).startsWith("Welcome to");
        assertThat(Mailbox.text(mail)).contains("Hello Karin Auditor,", "choose your password", BASE + "/byra/kunder");
    }

    @Test
    void aPersonInvitedToACompanyIsWelcomedWithWhatThePortalIsAndTheCompanysLink() {
        UUID client = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String email = user + "@kund.se";
        events.accountCreated(agency, client, "Bergs Bygg & Måleri AB");
        events.membershipGranted(agency, client, user, "ADMINISTRATOR", "Maria Berg", email, "sv");

        MimeMessage mail = Mailbox.await(email);
        assertThat(Mailbox.subject(mail)).contains("Bergs Bygg & Måleri AB", "kundportalen");
        assertThat(Mailbox.text(mail)).contains("Hej Maria Berg!", "signerar uppdragsbrev",
                BASE + "/portal/foretag/" + client);
        assertThat(Mailbox.html(mail)).contains("Bergs Bygg &amp; Måleri AB", "href=\"" + BASE + "/portal/foretag/" + client);
        assertThat(store.notifications(user)).containsExactly("company-invitation");
    }

    @Test
    void aChangedRoleIsNoInvitation() {
        UUID client = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String email = user + "@kund.se";
        events.accountCreated(agency, client, "Sandbergs Design AB");
        events.membershipGranted(agency, client, user, "USER", "Lisa Sandberg", email, "sv");
        Mailbox.await(email);

        events.membershipGranted(agency, client, user, "ADMINISTRATOR", "Lisa Sandberg", email, "sv");

        await().atMost(Mailbox.WAIT).until(() -> store.member(client, user, "ADMINISTRATOR"));
        assertThat(Mailbox.to(email)).hasSize(1);
        assertThat(store.notifications(user)).containsExactly("company-invitation");
    }

    @Test
    void aRevokedMembershipIsToldToThePersonInTheirLanguage() {
        UUID client = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        String email = user + "@kund.se";
        events.accountCreated(agency, client, "Lindholmens Café AB");
        events.membershipGranted(agency, client, user, "USER", "Olof Lindholm", email, "en");
        events.membershipRevoked(agency, client, user);

        // the mailer sends a round's mails side by side: the two may arrive in either order
        MimeMessage revoked = Mailbox.await(email, "You no longer have access to Lindholmens Café AB");
        assertThat(Mailbox.text(revoked)).contains(BASE + "/portal");
        assertThat(store.member(client, user, "USER")).isFalse();
        assertThat(store.notifications(user)).containsExactly("company-invitation", "membership-revoked");
    }

    @Test
    void aSignedEngagementIsToldToItsOwnerAndEachParticipantOnce() {
        UUID owner = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        events.staffInvited(agency, owner, "Anna Lindqvist", owner + "@byran.se", "sv", null);
        events.staffInvited(agency, participant, "Erik Johansson", participant + "@byran.se", "en", null);
        UUID client = UUID.randomUUID();
        events.signed(agency, client, "Bergs Bygg AB", "Löpande bokföring", owner, List.of(participant, owner));

        // the welcome and the signing may be sent in one round, side by side, and arrive in either order
        MimeMessage toOwner = Mailbox.await(owner + "@byran.se",
                "Uppdragsbrevet för Löpande bokföring hos Bergs Bygg AB är signerat");
        assertThat(Mailbox.text(toOwner)).contains("gäller från 2027-01-01", BASE + "/byra/kunder/" + client);
        Mailbox.await(participant + "@byran.se", "The engagement letter for Löpande bokföring at Bergs Bygg AB is signed");
        assertThat(store.notifications(owner)).containsExactly("staff-invited", "engagement-signed");
    }

    @Test
    void aDeactivatedStaffMemberIsNotNotified() {
        UUID owner = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        events.staffInvited(agency, owner, "Anna Lindqvist", owner + "@byran.se", "sv", null);
        events.staffInvited(agency, gone, "Per Slutat", gone + "@byran.se", "sv", null);
        events.staffDeactivated(agency, gone);
        // the signing is keyed by its engagement, so it may overtake the deactivation on another partition
        await().atMost(Mailbox.WAIT).until(() -> store.staffDeactivated(gone));
        events.signed(agency, UUID.randomUUID(), "Bergs Bygg AB", "Lön", owner, List.of(gone));

        await().atMost(Mailbox.WAIT).until(() -> Mailbox.to(owner + "@byran.se").size() == 2
                && Mailbox.to(gone + "@byran.se").size() == 1);
        assertThat(store.deliveries(gone)).hasSize(1);
        assertThat(store.notifications(gone)).containsExactly("staff-invited");
    }

    @Test
    void aNoticeToAPersonNotKnownYetIsSentOnceTheirInvitationArrives() {
        UUID owner = UUID.randomUUID();
        events.signed(agency, UUID.randomUUID(), "Bergs Bygg AB", "Bokslut", owner, List.of());
        await().atMost(Mailbox.WAIT).until(() -> !store.deliveries(owner).isEmpty()
                && store.deliveries(owner).get(0).lastError() != null);

        events.staffInvited(agency, owner, "Anna Lindqvist", owner + "@byran.se", "sv", null);

        await().atMost(Mailbox.WAIT).until(() -> Mailbox.to(owner + "@byran.se").size() == 2);
        assertThat(Mailbox.to(owner + "@byran.se")).extracting(Mailbox::subject)
                .contains("Uppdragsbrevet för Bokslut hos Bergs Bygg AB är signerat");
    }
}
