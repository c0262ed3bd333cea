package se.byra.cases.casefile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.cases.Side;
import se.byra.cases.directory.KnownClient;
import se.byra.platform.events.cases.CaseAnswered;
import se.byra.platform.events.cases.CaseClosed;
import se.byra.platform.events.cases.CaseCommented;
import se.byra.platform.events.cases.CaseCreated;
import se.byra.platform.events.cases.CaseReminderDue;
import se.byra.platform.events.cases.CaseReturned;
import se.byra.platform.messaging.outbox.Outbox;

/** A case's events, through the outbox in the transaction of the change; key: the client id. */
@ApplicationScoped
public class CaseEvents {

    @Inject
    Outbox outbox;

    @Transactional(TxType.MANDATORY)
    void created(Case c, UUID byId, String byName) {
        List<UUID> tell = c.origin == Side.CLIENT ? agencySide(c) : List.of();
        outbox.publish(CaseCreated.TYPE, c.agencyId, c.clientId, new CaseCreated(c.id, c.clientId, name(c),
                c.type.name(), c.title, c.origin.name(), c.status.name(), c.assigneeId, c.dueOn, byId, byName, tell,
                c.sentAt));
    }

    @Transactional(TxType.MANDATORY)
    void answered(Case c) {
        outbox.publish(CaseAnswered.TYPE, c.agencyId, c.clientId, new CaseAnswered(c.id, c.clientId, name(c),
                c.type.name(), c.title, c.status.name(), c.answer.decision() == null ? null
                        : c.answer.decision().name(), c.answeredById, c.answeredByName, c.assigneeId, agencySide(c),
                c.answeredAt));
    }

    @Transactional(TxType.MANDATORY)
    void returned(Case c, UUID byId, String byName, Instant at) {
        outbox.publish(CaseReturned.TYPE, c.agencyId, c.clientId, new CaseReturned(c.id, c.clientId, name(c),
                c.type.name(), c.title, byId, byName, c.dueOn, at));
    }

    @Transactional(TxType.MANDATORY)
    void commented(Case c, CaseComment comment) {
        outbox.publish(CaseCommented.TYPE, c.agencyId, c.clientId, new CaseCommented(c.id, c.clientId, name(c),
                c.type.name(), c.title, comment.id, comment.side.name(), comment.authorId, comment.authorName,
                c.assigneeId, comment.side == Side.CLIENT ? agencySide(c) : List.of(), comment.at));
    }

    @Transactional(TxType.MANDATORY)
    void closed(Case c, String byName, Side by) {
        outbox.publish(CaseClosed.TYPE, c.agencyId, c.clientId, new CaseClosed(c.id, c.clientId, name(c),
                c.type.name(), c.title, c.status.name(), c.closingReason.name(), c.closingNote, byName,
                by == Side.AGENCY ? List.of() : agencySide(c), c.closedAt));
    }

    @Transactional(TxType.MANDATORY)
    public void reminderDue(Case c, int daysFromDue, Instant at) {
        outbox.publish(CaseReminderDue.TYPE, c.agencyId, c.clientId, new CaseReminderDue(c.id, c.clientId, name(c),
                c.type.name(), c.title, c.dueOn, daysFromDue, c.assigneeId, at));
    }

    /** Whom to tell at the agency: the assignee, or whoever created the case when it has none. */
    static List<UUID> agencySide(Case c) {
        if (c.assigneeId != null) {
            return List.of(c.assigneeId);
        }
        return c.origin == Side.AGENCY && c.createdById != null ? List.of(c.createdById) : List.of();
    }

    private static String name(Case c) {
        return KnownClient.nameOf(c.clientId);
    }
}
