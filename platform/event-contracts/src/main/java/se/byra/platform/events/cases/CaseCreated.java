package se.byra.platform.events.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A case was sent: by the agency to the client (waiting for the client), or by a client user as a question to the
 * agency (waiting for the agency). A draft publishes nothing. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param origin who created it: AGENCY or CLIENT
 * @param status its status now: WAITING_FOR_CLIENT or WAITING_FOR_AGENCY
 * @param assigneeId the staff member responsible for it, or null
 * @param dueOn the last day to answer, or null
 * @param createdById the staff member or client user who sent it; null for a staff login without a staff record
 * @param createdByName their name
 * @param staffIds the staff to tell: the assignee of a client's question; empty for the agency's own
 * @param sentAt when
 */
public record CaseCreated(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        String origin,
        String status,
        UUID assigneeId,
        LocalDate dueOn,
        UUID createdById,
        String createdByName,
        List<UUID> staffIds,
        Instant sentAt) {

    public static final EventType<CaseCreated> TYPE =
            new EventType<>("se.byra.case.CaseCreated", 1, CaseCreated.class, Topics.CASE_EVENTS);

    public CaseCreated {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdByName, "createdByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
