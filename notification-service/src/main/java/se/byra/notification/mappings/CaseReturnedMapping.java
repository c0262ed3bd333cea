package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseReturned;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * The agency sent a case back with a comment: every member of the company learns that it waits for them
 * again, and by when if there is a last day. The comment itself is read in the portal.
 */
@ApplicationScoped
public class CaseReturnedMapping extends Mapping<CaseReturned> {

    @Inject
    Directory directory;

    @Override
    public EventType<CaseReturned> type() {
        return CaseReturned.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseReturned> event) {
        CaseReturned e = event.data();
        return Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("returnedByName", e.returnedByName()).with("dueOn", e.dueOn())
                .toMembers(directory, "case-returned");
    }
}
