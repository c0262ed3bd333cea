package se.byra.platform.events.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;

/**
 * Someone commented on a case. The comment's text stays in case-service: a notice says there is one, not what it
 * says. Key: the client id.
 * The agency is the envelope's {@code agencyid}.
 *
 * @param caseId the case (ärende)
 * @param clientId the client company
 * @param clientName the company's name in the agency's client register
 * @param caseType QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM
 * @param title the case's title
 * @param commentId the comment
 * @param side who commented: AGENCY or CLIENT
 * @param authorId the staff member or client user; null for a staff login without a staff record
 * @param authorName their name
 * @param assigneeId the staff member responsible for it, or null
 * @param staffIds the staff to tell: for a client's comment the assignee, or whoever sent it when none; else empty
 * @param commentedAt when
 */
public record CaseCommented(
        UUID caseId,
        UUID clientId,
        String clientName,
        String caseType,
        String title,
        UUID commentId,
        String side,
        UUID authorId,
        String authorName,
        UUID assigneeId,
        List<UUID> staffIds,
        Instant commentedAt) {

    public static final EventType<CaseCommented> TYPE =
            new EventType<>("se.byra.case.CaseCommented", 1, CaseCommented.class, Topics.CASE_EVENTS);

    public CaseCommented {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(authorName, "authorName");
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        Objects.requireNonNull(commentedAt, "commentedAt");
    }
}
