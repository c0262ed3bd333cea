package se.byra.notification.mappings;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.byra.notification.engine.Category;
import se.byra.notification.engine.Mapping;
import se.byra.notification.engine.Notice;
import se.byra.platform.events.EventType;
import se.byra.platform.events.cases.ConsentRevoked;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * A company withdrew its consent to cases: the staff who invited it and those responsible for its open cases
 * learn who did, why if they said, and how many open cases were closed with it (each closing is also a
 * notification of its own, in the platform only: {@link CaseClosedMapping}).
 */
@ApplicationScoped
public class ConsentRevokedMapping extends Mapping<ConsentRevoked> {

    @Override
    public EventType<ConsentRevoked> type() {
        return ConsentRevoked.TYPE;
    }

    @Override
    protected List<Notice> notices(InboundEvent<ConsentRevoked> event) {
        ConsentRevoked e = event.data();
        return Cases.consent(event, e.clientId(), e.clientName(), Category.CASE)
                .with("revokedByName", e.revokedByName()).with("reason", e.reason())
                .with("closedCases", e.closedCases())
                .toStaff(e.staffIds(), "consent-revoked");
    }
}
