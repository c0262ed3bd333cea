package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * A comment on a case tells the other side that there is one and who wrote it, never what it says (the event
 * does not carry it: it is read where it was written). The agency's comment: every member of the company. A
 * client user's: the staff the event names (the assignee, else whoever sent the case).
 */
@ApplicationScoped
public class CaseCommentedMapping extends Mapping<CaseCommented> {

    @Inject
    Directory directory;

    @Override
    public EventType<CaseCommented> type() {
        return CaseCommented.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseCommented> event) {
        CaseCommented e = event.data();
        ClientNotices commented = Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("side", e.side()).with("authorName", e.authorName());
        return switch (e.side()) {
            case "AGENCY" -> commented.toMembers(directory, "case-commented");
            case "CLIENT" -> commented.toStaff(e.staffIds(), "case-commented");
            default -> throw new PoisonEventException("a comment on case " + e.caseId() + " from an unknown side "
                    + e.side());
        };
    }
}
