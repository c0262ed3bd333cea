package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.notification.directory.Directory;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A reminder of a case that waits for the company: every member of the company is told that it is to be
 * answered by its last day ({@code timing} {@code BEFORE}), today ({@code TODAY}), or that it should have been
 * ({@code AFTER}), as the reminder's rule says (days from the last day, negative before it).
 */
@ApplicationScoped
public class CaseReminderDueMapping extends Mapping<CaseReminderDue> {

    @Inject
    Directory directory;

    @Override
    public EventType<CaseReminderDue> type() {
        return CaseReminderDue.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<CaseReminderDue> event) {
        CaseReminderDue e = event.data();
        String timing = e.daysFromDue() < 0 ? "BEFORE" : e.daysFromDue() == 0 ? "TODAY" : "AFTER";
        return Cases.of(event, e.caseId(), e.clientId(), e.clientName(), e.caseType(), e.title())
                .with("dueOn", e.dueOn()).with("timing", timing)
                .toMembers(directory, "case-reminder");
    }
}
