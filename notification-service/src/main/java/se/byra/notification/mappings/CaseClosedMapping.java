package se.byra.notification.mappings;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A case closed: every member of the company, and the staff the event names (the assignee, when the company's
 * side closed it), learn why (done, cancelled, the information acknowledged, the consent withdrawn) and the
 * closing note if any. In the platform only: a closed case asks nothing of anyone, the one who closed it
 * learns nothing new, and a withdrawn consent closes every open case at once, which would be a mail each (the
 * staff have {@link ConsentRevokedMapping}'s one mail with the count; an answer that closed a case, the
 * answer's).
 */
@ApplicationScoped
public class CaseClosedMapping extends Mapping<CaseClosed> {

    @Inject
    Directory directory;

    @Override
    public EventType<CaseClosed> type() {
        return CaseClosed.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseClosed> event) {
        CaseClosed e = event.data();
        ClientNotices closed = Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("reason", e.reason()).with("note", e.note()).with("closedByName", e.closedByName());
        return Stream.concat(closed.toMembers(directory, "case-closed").stream(),
                closed.toStaff(e.staffIds(), "case-closed").stream())
                .map(Notice::inPlatformOnly).toList();
    }
}
