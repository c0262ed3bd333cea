package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.ConsentDeclined;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A company declined cases: the staff who invited it learn who did, and why if they said. */
@ApplicationScoped
public class ConsentDeclinedMapping extends Mapping<ConsentDeclined> {

    @Override
    public EventType<ConsentDeclined> type() {
        return ConsentDeclined.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<ConsentDeclined> event) {
        ConsentDeclined e = event.data();
        return Cases.consent(event, e.clientId(), e.clientName(), Category.CASE)
                .with("declinedByName", e.declinedByName()).with("reason", e.reason())
                .toStaff(e.staffIds(), "consent-declined");
    }
}
