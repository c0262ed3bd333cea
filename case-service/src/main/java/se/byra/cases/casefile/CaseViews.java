package se.byra.cases.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.byra.cases.CasesConfig;
import se.byra.cases.attachment.Attachment;
import se.byra.cases.casefile.CaseApi.Action;
import se.byra.cases.casefile.CaseApi.AttachmentView;
import se.byra.cases.casefile.CaseApi.CaseSummary;
import se.byra.cases.casefile.CaseApi.CaseView;
import se.byra.cases.casefile.CaseStatus.Step;
import se.byra.cases.consent.Consent;
import se.byra.cases.consent.ConsentStatus;
import se.byra.cases.directory.KnownClient;
import se.byra.cases.directory.KnownStaff;

/**
 * A case as each side reads it: the same facts, the reader's unread marker, the reader's actions; the agency's also
 * where the client's consent stands, so its page says why a draft cannot be sent before anyone tries.
 */
@ApplicationScoped
public class CaseViews {

    @Inject
    CasesConfig config;

    public CaseView forStaff(Case c) {
        List<Action> actions = new ArrayList<>();
        add(actions, c.status.allows(Step.EDIT), Action.EDIT);
        add(actions, c.status.allows(Step.SEND), Action.SEND);
        add(actions, c.status.allows(Step.RETURN), Action.RETURN);
        add(actions, c.status.allows(Step.CLOSE), Action.CLOSE);
        add(actions, c.status.allows(Step.CANCEL), Action.CANCEL);
        add(actions, c.status.allows(Step.COMMENT), Action.COMMENT);
        add(actions, c.status.allows(Step.EDIT), Action.ATTACH);
        return view(c, c.agencyUnread, actions, consent(c.clientId));
    }

    public CaseView forClient(Case c) {
        List<Action> actions = new ArrayList<>();
        boolean clientsTurn = c.status == CaseStatus.WAITING_FOR_CLIENT;
        add(actions, clientsTurn, Action.ANSWER);
        add(actions, clientsTurn, Action.SUBMIT);
        add(actions, c.status.allows(Step.COMMENT), Action.COMMENT);
        add(actions, clientsTurn, Action.ATTACH);
        return view(c, c.clientUnread, actions, null);
    }

    public CaseSummary summary(Case c, String clientName, String assigneeName, boolean unread) {
        return new CaseSummary(c.id, c.clientId, clientName, c.type, c.title, c.status, c.origin, c.assigneeId,
                assigneeName, c.dueOn, overdue(c), unread, c.updatedAt);
    }

    /** Waiting for the client after its due date (in the agencies' time zone). */
    public boolean overdue(Case c) {
        return c.status == CaseStatus.WAITING_FOR_CLIENT && c.dueOn != null
                && c.dueOn.isBefore(LocalDate.now(config.zone()));
    }

    /** Where the client's consent stands: one lookup by its key, NONE when it was never invited. */
    private static ConsentStatus consent(UUID clientId) {
        Consent consent = Consent.findById(clientId);
        return consent == null ? ConsentStatus.NONE : consent.status;
    }

    private CaseView view(Case c, boolean unread, List<Action> actions, ConsentStatus consent) {
        String assigneeName = c.assigneeId == null ? null : KnownStaff.names(List.of(c.assigneeId)).get(c.assigneeId);
        List<AttachmentView> attachments = Attachment.of(c.id).stream().map(CaseViews::attachment).toList();
        boolean submitted = c.answeredAt != null && c.status != CaseStatus.WAITING_FOR_CLIENT;
        return new CaseView(c.id, c.clientId, KnownClient.nameOf(c.clientId), c.type, c.title, c.description,
                c.status, c.origin, c.assigneeId, assigneeName, c.dueOn, overdue(c), unread, c.definition, c.answer,
                submitted, c.answeredAt, c.answeredByName, attachments, c.createdByName, c.createdAt, c.sentAt,
                c.closedAt, c.closingReason, c.closingNote, c.updatedAt, c.version, actions, consent);
    }

    public static AttachmentView attachment(Attachment a) {
        return new AttachmentView(a.id, a.item, a.fileName, a.contentType, a.size, a.side, a.uploadedByName,
                a.uploadedAt);
    }

    private static void add(List<Action> actions, boolean when, Action action) {
        if (when) {
            actions.add(action);
        }
    }
}
