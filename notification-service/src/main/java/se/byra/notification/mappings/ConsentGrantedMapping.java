package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.messaging.inbox.InboundEvent;

/** A company consented to cases: the staff who invited it learn who did, and that they can send cases now. */
@ApplicationScoped
public class ConsentGrantedMapping extends Mapping<ConsentGranted> {

    @Override
    public EventType<ConsentGranted> type() {
        return ConsentGranted.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<ConsentGranted> event) {
        ConsentGranted e = event.data();
        return Cases.consent(event, e.clientId(), e.clientName(), Category.CASE)
                .with("grantedByName", e.grantedByName())
                .toStaff(e.staffIds(), "consent-granted");
    }
}
