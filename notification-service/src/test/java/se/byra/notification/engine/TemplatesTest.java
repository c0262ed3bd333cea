package se.byra.notification.engine;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every template renders in both languages: its subject, its in-platform title and summary, both mail parts. */
@QuarkusTest
class TemplatesTest {

    private static final String LINK = "http://localhost:8080/byra/kunder";
    private static final List<String> TEMPLATES = List.of("staff-invited", "company-invitation", "membership-revoked",
            "engagement-signed", "collaboration-invited", "collaboration-activated-staff",
            "collaboration-activated-client", "collaboration-declined", "collaboration-expired-staff",
            "collaboration-expired-client", "collaboration-updated", "collaboration-ended", "consent-requested",
            "consent-granted", "consent-declined", "consent-revoked", "case-created-client", "case-created-staff",
            "case-answered", "case-returned", "case-commented", "case-closed", "case-reminder");

    /** What the mappings give, every template's values together. */
    private static final Map<String, String> DATA = Map.ofEntries(entry("clientName", "Bergs Bygg AB"),
            entry("title", "Bokslut"), entry("organisationNumber", "559102-4830"), entry("letterVersion", "1"),
            entry("periodStart", "2027-01-01"), entry("serviceSv", "Digitala fakturor"),
            entry("serviceEn", "Digital invoices"), entry("audience", "AGENCY"), entry("invitedByName", "Anna Lindqvist"),
            entry("scenario", "EXISTING_SERVICE"), entry("resent", "false"), entry("expiresOn", "2026-04-01"),
            entry("origin", "INVITATION"), entry("acceptedByName", "Maria Berg"), entry("declinedByName", "Maria Berg"),
            entry("invitedOn", "2026-03-01"), entry("side", "AGENCY"), entry("changedByName", "Anna Lindqvist"),
            entry("endedByName", "Anna Lindqvist"), entry("endedOn", "2026-06-30"),
            entry("requestedByName", "Anna Lindqvist"), entry("newcomer", "true"), entry("grantedByName", "Maria Berg"),
            entry("revokedByName", "Maria Berg"), entry("closedCases", "3"), entry("caseType", "DOCUMENT_REQUEST"),
            entry("createdByName", "Anna Lindqvist"), entry("dueOn", "2026-12-14"), entry("answeredByName", "Maria Berg"),
            entry("status", "WAITING_FOR_AGENCY"), entry("returnedByName", "Anna Lindqvist"),
            entry("authorName", "Anna Lindqvist"), entry("closedByName", "Anna Lindqvist"), entry("timing", "BEFORE"));

    @Inject
    Texts texts;

    static List<String> templates() {
        return TEMPLATES;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void rendersInSwedishAndEnglish(String template) {
        for (String language : new String[] { "sv", "en" }) {
            Texts.Mail mail = mail(template, language, DATA);
            assertThat(mail.subject()).isNotBlank().doesNotContain("\n");
            assertThat(mail.text()).contains("Karin Revisor", LINK);
            assertThat(mail.html()).contains("<html lang=\"" + language + "\">", "Karin Revisor",
                    "href=\"" + LINK + "\"");
            Texts.Headline headline = texts.headline(template, language, DATA, "Demobyrån AB", LINK);
            assertThat(headline.title()).isNotBlank();
            assertThat(headline.summary()).isNotBlank();
        }
    }

    @Test
    void everyTemplateOnDiskIsRenderedAboveInBothLanguagesAndBothParts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/notifications"))) {
            Set<String> names = files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("layout.html"))
                    .collect(Collectors.toSet());
            Set<String> expected = TEMPLATES.stream()
                    .flatMap(t -> Stream.of("sv.txt", "en.txt", "sv.html", "en.html").map(s -> t + "." + s))
                    .collect(Collectors.toSet());
            assertThat(names).isEqualTo(expected);
        }
    }

    @Test
    void aDateIsWrittenAsEachLanguageWritesIt() {
        assertThat(mail("collaboration-invited", "sv", DATA).text()).contains("Inbjudan går ut 2026-04-01.");
        assertThat(mail("collaboration-invited", "en", DATA).text()).contains("The invitation expires on 1 Apr 2026.");
        assertThat(texts.headline("collaboration-ended", "en", DATA, "Demobyrån AB", LINK).summary())
                .isEqualTo("The collaboration with Bergs Bygg AB ended on 30 Jun 2026.");
    }

    @Test
    void anInvitationSentAgainIsAReminderAndANewCustomerIsToldOfThePasswordMail() {
        Map<String, String> first = with(DATA, Map.of());
        Map<String, String> again = with(DATA, Map.of("resent", "true", "scenario", "NEW_CUSTOMER"));

        assertThat(mail("collaboration-invited", "sv", first).subject())
                .isEqualTo("Demobyrån AB bjuder in Bergs Bygg AB att samarbeta i Digitala fakturor");
        assertThat(mail("collaboration-invited", "sv", first).text()).doesNotContain("påminnelse", "lösenord");
        assertThat(mail("collaboration-invited", "sv", again).subject())
                .isEqualTo("Påminnelse: Demobyrån AB bjuder in Bergs Bygg AB att samarbeta i Digitala fakturor");
        assertThat(mail("collaboration-invited", "sv", again).text()).contains("Det här är en påminnelse",
                "Demobyrån AB har öppnat kundportalen för Bergs Bygg AB", "välja ditt lösenord");
        assertThat(mail("collaboration-invited", "en", again).subject()).startsWith("Reminder: Demobyrån AB invites");
        assertThat(texts.headline("collaboration-invited", "sv", again, "Demobyrån AB", LINK).title())
                .isEqualTo("Påminnelse: inbjudan att samarbeta i Digitala fakturor");
    }

    @Test
    void aChangeListsEachChangedFieldInWordsAndAnEndingDate() {
        Map<String, String> changed = with(DATA, Map.ofEntries(entry("changed", "true"),
                entry("variantChanged", "true"), entry("variant", "Start"), entry("agreementMonthsChanged", "true"),
                entry("agreementMonths", "1"), entry("invoiceRecipientChanged", "true"),
                entry("invoiceRecipient", "AGENCY"), entry("agencyPaymentRecipientChanged", "true"),
                entry("agencyPaymentRecipient", "true"), entry("endsOnChanged", "true"), entry("endsOn", "2026-12-31")));

        assertThat(mail("collaboration-updated", "sv", changed).text()).contains("har ändrat samarbetet i Digitala "
                + "fakturor mellan Demobyrån AB och Bergs Bygg AB.\n\nDet här har ändrats:\n- Variant: Start\n"
                + "- Avtalsperiod: 1 månad\n- Fakturamottagare: byrån\n- Byrån är betalningsmottagare: ja\n"
                + "- Avslutas: 2026-12-31\n\nSe samarbetet:\n" + LINK).doesNotContain("Uppdrag");
        assertThat(mail("collaboration-updated", "en", changed).text()).contains("- Agreement period: 1 month\n",
                "- Invoice recipient: the agency\n", "- The agency is the payment recipient: yes\n",
                "- Ends: 31 Dec 2026\n");
        assertThat(mail("collaboration-updated", "en", changed).html()).contains("<li>Ends: 31 Dec 2026</li>");
        // nothing the template knows changed: no empty list
        assertThat(mail("collaboration-updated", "sv", DATA).text()).doesNotContain("Det här har ändrats");
        assertThat(mail("collaboration-updated", "sv", DATA).html()).doesNotContain("<ul");
    }

    @Test
    void aSharedTemplateNamesTheOtherSideToEachReader() {
        Map<String, String> toClient = with(DATA, Map.of("audience", "CLIENT", "side", "CLIENT"));

        assertThat(mail("collaboration-updated", "sv", DATA).subject())
                .isEqualTo("Samarbetet med Bergs Bygg AB i Digitala fakturor har ändrats");
        assertThat(mail("collaboration-updated", "sv", toClient).subject())
                .isEqualTo("Samarbetet med Demobyrån AB i Digitala fakturor har ändrats");
        assertThat(mail("collaboration-updated", "sv", toClient).text())
                .contains("Anna Lindqvist på Bergs Bygg AB har ändrat");
        assertThat(mail("collaboration-ended", "sv", DATA).text()).contains("Du har inte längre tillgång")
                .doesNotContain("på egen hand");
        assertThat(mail("collaboration-ended", "sv", toClient).text()).contains("på egen hand")
                .doesNotContain("Du har inte längre tillgång");
    }

    @Test
    void theHtmlPartEscapesTheValues() {
        Map<String, String> marked = with(DATA, Map.of("clientName", "Bergs <b>Bygg</b> & Co",
                "reason", "<script>alert(1)</script>"));

        assertThat(mail("collaboration-declined", "sv", marked).html())
                .contains("Bergs &lt;b&gt;Bygg&lt;/b&gt; &amp; Co", "&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(mail("collaboration-declined", "sv", marked).text()).contains("<script>alert(1)</script>");
    }

    @Test
    void aNewCaseSaysWhatTheAgencyAsksForAndTheLastDayIfThereIsOne() {
        Map<String, String> approval = with(DATA, Map.of("audience", "CLIENT", "caseType", "APPROVAL"));
        Map<String, String> noDay = new HashMap<>(approval);
        noDay.remove("dueOn");

        assertThat(mail("case-created-client", "sv", approval).text()).contains("Byrån behöver ert godkännande.",
                "Svara senast 2026-12-14.\n\nÖppna ärendet i kundportalen:\n" + LINK);
        assertThat(mail("case-created-client", "en", approval).text()).contains("The agency needs your approval.",
                "Please answer by 14 Dec 2026.");
        assertThat(mail("case-created-client", "sv", noDay).text()).doesNotContain("Svara senast");
        assertThat(mail("case-created-client", "sv", noDay).html()).doesNotContain("Svara senast");
        assertThat(texts.headline("case-created-client", "sv", noDay, "Demobyrån AB", LINK).summary())
                .isEqualTo("Demobyrån AB har skickat ett ärende till Bergs Bygg AB.");
        assertThat(mail("case-created-client", "sv", with(approval, Map.of("caseType", "INFORMATION"))).text())
                .contains("Läs informationen och bekräfta att ni har tagit del av den.");
    }

    @Test
    void aConsentRequestSentAgainIsAReminderAndOnlyAnAddressIsToldOfThePasswordMail() {
        Map<String, String> member = with(DATA, Map.of("resent", "true", "newcomer", "false"));

        assertThat(mail("consent-requested", "sv", DATA).subject())
                .isEqualTo("Demobyrån AB vill skicka ärenden till Bergs Bygg AB i kundportalen");
        assertThat(mail("consent-requested", "sv", DATA).text()).contains("Är du ny i kundportalen")
                .doesNotContain("påminnelse");
        assertThat(mail("consent-requested", "sv", member).subject())
                .isEqualTo("Påminnelse: Demobyrån AB vill skicka ärenden till Bergs Bygg AB i kundportalen");
        assertThat(mail("consent-requested", "sv", member).text()).contains("Det här är en påminnelse")
                .doesNotContain("Är du ny i kundportalen");
        assertThat(mail("consent-requested", "en", member).html()).contains("This is a reminder")
                .doesNotContain("new to the client portal");
    }

    @Test
    void aWithdrawnConsentCountsTheClosedCasesInWords() {
        assertThat(texts.headline("consent-revoked", "sv", with(DATA, Map.of("closedCases", "0")), "Demobyrån AB",
                LINK).summary()).isEqualTo("Kunden hade inga öppna ärenden.");
        assertThat(mail("consent-revoked", "sv", with(DATA, Map.of("closedCases", "1"))).text())
                .contains("Ett öppet ärende stängdes.");
        assertThat(mail("consent-revoked", "en", with(DATA, Map.of("closedCases", "1"))).html())
                .contains("One open case was closed.");
        assertThat(mail("consent-revoked", "sv", DATA).text()).contains("3 öppna ärenden stängdes.");
    }

    @Test
    void aClosedCaseSaysWhyInTheReadersWords() {
        Map<String, String> toClient = with(DATA, Map.of("audience", "CLIENT"));

        assertThat(headline("case-closed", "sv", with(toClient, Map.of("reason", "COMPLETED"))))
                .isEqualTo(new Texts.Headline("Ärendet är avslutat: Bokslut",
                        "Byrån har avslutat ärendet. Ni behöver inte göra något mer."));
        assertThat(headline("case-closed", "sv", with(DATA, Map.of("reason", "COMPLETED"))).summary())
                .isEqualTo("Anna Lindqvist har avslutat ärendet.");
        assertThat(headline("case-closed", "sv", with(toClient, Map.of("reason", "CANCELLED"))))
                .isEqualTo(new Texts.Headline("Ärendet har avbrutits: Bokslut",
                        "Anna Lindqvist har avbrutit ärendet. Ni behöver inte svara på det."));
        assertThat(headline("case-closed", "en", with(DATA, Map.of("reason", "CANCELLED"))).summary())
                .isEqualTo("Anna Lindqvist has cancelled the case.");
        assertThat(headline("case-closed", "sv", with(toClient, Map.of("reason", "ANSWERED"))).summary())
                .isEqualTo("Anna Lindqvist har bekräftat informationen, så ärendet är avslutat.");
        assertThat(headline("case-closed", "sv", with(DATA, Map.of("reason", "CONSENT_REVOKED"))))
                .isEqualTo(new Texts.Headline("Ärendet har stängts: Bokslut",
                        "Ärendet stängdes när Bergs Bygg AB drog tillbaka samtycket till ärenden."));
        assertThat(mail("case-closed", "sv", with(toClient, Map.of("reason", "COMPLETED", "note", "Tack!"))).text())
                .contains("Det här skrev Anna Lindqvist:\nTack!");
    }

    @Test
    void aReminderSaysWhetherTheLastDayIsAheadTodayOrPassed() {
        assertThat(mail("case-reminder", "sv", DATA).subject())
                .isEqualTo("Påminnelse: ärendet Bokslut ska besvaras senast 2026-12-14");
        assertThat(mail("case-reminder", "sv", with(DATA, Map.of("timing", "TODAY"))).subject())
                .isEqualTo("Påminnelse: ärendet Bokslut ska besvaras senast i dag, 2026-12-14");
        assertThat(mail("case-reminder", "sv", with(DATA, Map.of("timing", "AFTER"))).subject())
                .isEqualTo("Påminnelse: ärendet Bokslut skulle ha besvarats senast 2026-12-14");
        assertThat(mail("case-reminder", "en", with(DATA, Map.of("timing", "AFTER"))).text())
                .contains("The case should have been answered by 14 Dec 2026.", "Please answer as soon as you can.");
        assertThat(headline("case-reminder", "en", DATA).summary())
                .isEqualTo("The case is to be answered by 14 Dec 2026.");
    }

    @Test
    void aCommentNamesTheSideThatWroteIt() {
        Map<String, String> fromClient = with(DATA, Map.of("side", "CLIENT", "audience", "AGENCY"));
        Map<String, String> fromAgency = with(DATA, Map.of("side", "AGENCY", "audience", "CLIENT"));

        assertThat(mail("case-commented", "sv", fromClient).subject())
                .isEqualTo("Ny kommentar från Bergs Bygg AB i ärendet Bokslut");
        assertThat(mail("case-commented", "sv", fromAgency).subject())
                .isEqualTo("Ny kommentar från Demobyrån AB i ärendet Bokslut");
        assertThat(mail("case-commented", "sv", fromAgency).text()).contains("Läs kommentaren i kundportalen:");
        assertThat(mail("case-commented", "en", fromClient).text())
                .contains("Anna Lindqvist at Bergs Bygg AB has written a comment on the case Bokslut.");
    }

    private Texts.Headline headline(String template, String language, Map<String, String> data) {
        return texts.headline(template, language, data, "Demobyrån AB", LINK);
    }

    private Texts.Mail mail(String template, String language, Map<String, String> data) {
        return texts.mail(template, language, data, "Karin Revisor", "Demobyrån AB", LINK);
    }

    private static Map<String, String> with(Map<String, String> data, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(data);
        all.putAll(more);
        return all;
    }
}
