package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The client submitted its answer: the case waits for the agency, or is closed when the answer was all it needed
 * (information acknowledged). Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param status its status now: WAITING_FOR_AGENCY or CLOSED
 * @param decision an approval's decision (APPROVED or REJECTED), else null
 * @param answeredById the client user who answered
 * @param answeredByName their name
 * @param assigneeId the staff member responsible for it, or null
 * @param staffIds the staff to tell: the assignee, or whoever sent it when none
 * @param answeredAt when
 */
public record CaseAnswered(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        String status,
        String decision,
        UUID answeredById,
        String answeredByName,
        UUID assigneeId,
        List<UUID> staffIds,
        Instant answeredAt) {

    public static final EventType<CaseAnswered> TYPE =
            new EventType<>("se.byra.case.CaseAnswered", 1, CaseAnswered.class, Topics.CASE_EVENTS);

    public CaseAnswered {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answeredById, "answeredById");
        Objects.requireNonNull(answeredByName, "answeredByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
