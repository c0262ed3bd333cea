package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A company answered a case: the staff the event names (its assignee, else whoever sent it) learn who answered,
 * an approval's decision, and whether the case waits for them or is done (information acknowledged).
 */
@ApplicationScoped
public class CaseAnsweredMapping extends Mapping<CaseAnswered> {

    @Override
    public EventType<CaseAnswered> type() {
        return CaseAnswered.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseAnswered> event) {
        CaseAnswered e = event.data();
        return Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("answeredByName", e.answeredByName()).with("decision", e.decision())
                .with("status", e.status())
                .toStaff(e.staffIds(), "case-answered");
    }
}
