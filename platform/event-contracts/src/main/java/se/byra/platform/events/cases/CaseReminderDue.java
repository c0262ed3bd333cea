package se.byra.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A reminder rule came due for a case waiting for the client (before or after its due date): published once per
 * case and rule, whichever replica reached it first. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param dueOn the last day to answer
 * @param daysFromDue the rule: days after the due date, negative before it
 * @param assigneeId the staff member responsible for it, or null
 * @param remindedAt when
 */
public record CaseReminderDue(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        LocalDate dueOn,
        int daysFromDue,
        UUID assigneeId,
        Instant remindedAt) {

    public static final EventType<CaseReminderDue> TYPE =
            new EventType<>("se.byra.case.CaseReminderDue", 1, CaseReminderDue.class, Topics.CASE_EVENTS);

    public CaseReminderDue {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(remindedAt, "remindedAt");
    }
}
