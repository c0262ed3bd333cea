package se.byra.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * The agency sent the case back to the client with a comment: it waits for the client again. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param returnedById the staff member who returned it; null for a login without a staff record
 * @param returnedByName their name
 * @param dueOn the last day to answer, or null
 * @param returnedAt when
 */
public record CaseReturned(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        UUID returnedById,
        String returnedByName,
        LocalDate dueOn,
        Instant returnedAt) {

    public static final EventType<CaseReturned> TYPE =
            new EventType<>("se.byra.case.CaseReturned", 1, CaseReturned.class, Topics.CASE_EVENTS);

    public CaseReturned {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(returnedByName, "returnedByName");
        Objects.requireNonNull(returnedAt, "returnedAt");
    }
}
