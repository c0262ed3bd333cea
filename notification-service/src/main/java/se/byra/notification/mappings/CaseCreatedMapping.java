package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * A case sent. The agency's: every member of the company learns what the agency asks of it, and by when if
 * there is a last day. A client user's question: the staff the event names (its assignee) learn who asked
 * what; the company's other users are not told.
 */
@ApplicationScoped
public class CaseCreatedMapping extends Mapping<CaseCreated> {

    @Inject
    Directory directory;

    @Override
    public EventType<CaseCreated> type() {
        return CaseCreated.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseCreated> event) {
        CaseCreated e = event.data();
        ClientNotices created = Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("createdByName", e.createdByName()).with("dueOn", e.dueOn());
        return switch (e.origin()) {
            case "AGENCY" -> created.toMembers(directory, "case-created-client");
            case "CLIENT" -> created.toStaff(e.staffIds(), "case-created-staff");
            default -> throw new PoisonEventException("case " + e.caseId() + " has an unknown origin " + e.origin());
        };
    }
}
