package se.byra.cases.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.cases.support.Agency;
import se.byra.cases.support.Company;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.testkit.Race;

/** Reminders before and after the due date: each rule once per case and due date, also with two sweeps at once. */
@QuarkusTest
class ReminderTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Inject
    Reminders reminders;

    private final Agency agency = new Agency();

    private UUID caseDue(Company company, LocalDate dueOn, int sentDaysAgo) {
        UUID id = UUID.fromString(company.sentQuestion());
        Agency.records().execute("update client_case set due_on = ?2, sent_at = now() - make_interval(days => ?3) "
                + "where id = ?1", id, dueOn, sentDaysAgo);
        return id;
    }

    private List<CaseReminderDue> reminded(Company company) {
        return Agency.records().outbox(CaseReminderDue.TYPE, company.clientId).stream().map(p -> p.payload())
                .toList();
    }

    @Test
    void aReminderBeforeTheDueDateIsSentOnceEvenWhenTwoSweepsRunAtOnce() throws Exception {
        Company company = agency.consentingCompany();
        UUID id = caseDue(company, TODAY.plusDays(3), 10);

        List<Integer> taken = Race.of(2, () -> reminders.remind(-3, TODAY));
        reminders.remind(-3, TODAY);

        assertThat(taken.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        assertThat(reminded(company)).singleElement().satisfies(r -> {
            assertThat(r.caseId()).isEqualTo(id);
            assertThat(r.daysFromDue()).isEqualTo(-3);
            assertThat(r.dueOn()).isEqualTo(TODAY.plusDays(3));
        });
        company.asAdministrator().get(company.caseOf(id.toString()) + "/history").then().statusCode(200)
                .body("items.what", org.hamcrest.Matchers.hasItem("REMINDED"));
    }

    @Test
    void aRuleWhoseDayHadPassedWhenTheCaseWasSentIsSkipped() {
        Company company = agency.consentingCompany();
        caseDue(company, TODAY.plusDays(2), 0);
        reminders.remind(-3, TODAY);
        assertThat(reminded(company)).isEmpty();
    }

    @Test
    void anOverdueCaseIsRemindedAfterItsDueDateAndANewDueDateStartsAgain() {
        Company company = agency.consentingCompany();
        UUID id = caseDue(company, TODAY.minusDays(1), 20);
        reminders.remind(1, TODAY);
        reminders.remind(1, TODAY);
        assertThat(reminded(company)).extracting(CaseReminderDue::daysFromDue).containsExactly(1);

        Agency.records().execute("update client_case set due_on = ?2 where id = ?1", id, TODAY.minusDays(2));
        reminders.remind(1, TODAY);
        assertThat(reminded(company)).hasSize(2);
    }

    @Test
    void aCaseNoLongerWaitingForTheClientIsNotReminded() {
        Company company = agency.consentingCompany();
        UUID id = caseDue(company, TODAY.plusDays(3), 10);
        company.asAdministrator().body(Company.answer(java.util.Map.of("text", "Klart"))).post(
                company.caseOf(id.toString()) + "/answer/submission").then().statusCode(200);
        reminders.remind(-3, TODAY);
        assertThat(reminded(company)).isEmpty();
    }
}
