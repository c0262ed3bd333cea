package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * A sent case was closed: done (by the agency), cancelled, or closed because the consent was withdrawn. It stays in
 * both sides' history. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param status CLOSED or CANCELLED
 * @param reason COMPLETED, CANCELLED, ANSWERED (information acknowledged) or CONSENT_REVOKED
 * @param note the closing note, or null
 * @param closedByName the person who closed it
 * @param staffIds the staff to tell: the assignee when the client's side closed it; else empty
 * @param closedAt when
 */
public record CaseClosed(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        String status,
        String reason,
        String note,
        String closedByName,
        List<UUID> staffIds,
        Instant closedAt) {

    public static final EventType<CaseClosed> TYPE =
            new EventType<>("se.byra.case.CaseClosed", 1, CaseClosed.class, Topics.CASE_EVENTS);

    public CaseClosed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedByName, "closedByName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
