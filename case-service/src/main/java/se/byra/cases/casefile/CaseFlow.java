package se.byra.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.byra.cases.CasesConfig;
import se.byra.cases.Problems;
import se.byra.cases.Side;
import se.byra.cases.attachment.Attachment;
import se.byra.cases.casefile.CaseApi.AnswerBody;
import se.byra.cases.casefile.CaseApi.CaseEdit;
import se.byra.cases.casefile.CaseApi.CaseView;
import se.byra.cases.casefile.CaseApi.Closing;
import se.byra.cases.casefile.CaseApi.CommentView;
import se.byra.cases.casefile.CaseApi.NewCase;
import se.byra.cases.casefile.CaseApi.Question;
import se.byra.cases.casefile.CaseApi.Text;
import se.byra.cases.casefile.CaseHistory.What;
import se.byra.cases.casefile.CaseStatus.Step;
import se.byra.cases.consent.Consent;
import se.byra.cases.directory.KnownClient;
import se.byra.cases.directory.KnownStaff;
import se.byra.cases.template.Template;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.problem.ProblemException;

/**
 * Everything that changes a case, on either side. Each change locks the case, asks the state machine
 * ({@link CaseStatus#after}), writes the history and publishes its event in one transaction.
 */
@ApplicationScoped
public class CaseFlow {

    @Inject
    CaseEvents events;

    @Inject
    CaseViews views;

    @Inject
    CasesConfig config;

    @Inject
    EntityManager em;

    // ---- the agency's side

    /** A draft, written out or from one of the agency's templates. */
    @Transactional
    public CaseView create(StaffAccess staff, NewCase body, String byName) {
        KnownClient client = KnownClient.visibleTo(staff, body.clientId());
        Template template = body.templateId() == null ? null : Template.ofAgency(staff.agencyId(), body.templateId());
        CaseType type = template != null ? template.type : body.type();
        if (type == null) {
            throw ProblemException.invalidField("type", "choose the kind of case");
        }
        if (template != null && body.type() != null && body.type() != type) {
            throw ProblemException.invalidField("type", "the template is of another kind: " + template.type);
        }
        String title = body.title() != null ? body.title().strip() : template != null ? template.title : null;
        if (title == null || title.isEmpty()) {
            throw ProblemException.invalidField("title", "give the case a title");
        }
        Instant now = Instant.now();
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.agencyId = staff.agencyId();
        c.clientId = client.clientId;
        c.type = type;
        c.title = title;
        c.description = body.description() != null ? body.description().strip()
                : template != null ? template.description : "";
        c.definition = CaseRules.definition(type, body.definition() != null || template == null ? body.definition()
                : template.definition, "definition");
        c.dueOn = body.dueOn() != null ? dueOn(body.dueOn()) : template != null && template.dueInDays != null
                ? today().plusDays(template.dueInDays) : null;
        c.assigneeId = assignee(staff.agencyId(), body.assigneeId());
        c.templateId = template == null ? null : template.id;
        c.status = CaseStatus.DRAFT;
        c.origin = Side.AGENCY;
        c.answer = Answer.EMPTY;
        c.createdById = staff.staffId().orElse(null);
        c.createdByName = byName;
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        CaseHistory.record(c.id, What.CREATED, Side.AGENCY, byName, null, now);
        return views.forStaff(c);
    }

    /** A case from the template, sent at once to a client whose consent the caller checked (bulk send); its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID dispatched(StaffAccess staff, Template template, UUID clientId, LocalDate dueOn, UUID assigneeId,
            String byName) {
        Instant now = Instant.now();
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.agencyId = staff.agencyId();
        c.clientId = clientId;
        c.type = template.type;
        c.title = template.title;
        c.description = template.description;
        c.definition = template.definition;
        c.dueOn = dueOn != null ? dueOn(dueOn) : template.dueInDays != null ? today().plusDays(template.dueInDays)
                : null;
        c.assigneeId = assignee(staff.agencyId(), assigneeId);
        c.templateId = template.id;
        c.status = CaseStatus.DRAFT.after(Step.SEND);
        c.origin = Side.AGENCY;
        c.answer = Answer.EMPTY;
        c.createdById = staff.staffId().orElse(null);
        c.createdByName = byName;
        c.createdAt = now;
        c.sentAt = now;
        c.clientUnread = true;
        c.updatedAt = now;
        c.persist();
        CaseHistory.record(c.id, What.SENT, Side.AGENCY, byName, null, now);
        events.created(c, c.createdById, byName);
        return c.id;
    }

    /** A draft changes wholly; a sent case only its due date and assignee. */
    @Transactional
    public CaseView edit(StaffAccess staff, UUID id, CaseEdit body, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        if (c.version != body.version()) {
            throw Problems.conflict("case-changed", "Case changed",
                    "Someone else changed the case since it was read: reload it");
        }
        c.status.after(Step.EDIT);
        Definition definition = CaseRules.definition(c.type, body.definition(), "definition");
        if (c.status == CaseStatus.DRAFT) {
            c.title = body.title().strip();
            c.description = body.description().strip();
            c.definition = definition;
        } else if (!c.title.equals(body.title().strip()) || !c.description.equals(body.description().strip())
                || !c.definition.equals(definition)) {
            throw Problems.conflict("case-sent", "Case already sent",
                    "A sent case keeps what it asks: only its due date and assignee change");
        }
        c.dueOn = body.dueOn() == null || body.dueOn().equals(c.dueOn) ? body.dueOn() : dueOn(body.dueOn());
        c.assigneeId = assignee(staff.agencyId(), body.assigneeId());
        c.updatedAt = Instant.now();
        CaseHistory.record(c.id, What.EDITED, Side.AGENCY, byName, null, c.updatedAt);
        return views.forStaff(c);
    }

    /** Sends a draft to the client (CaseCreated): only with its consent, and an approval with its document. */
    @Transactional
    public CaseView send(StaffAccess staff, UUID id, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        c.status.after(Step.SEND);
        requireConsent(c.clientId);
        if (c.type == CaseType.APPROVAL
                && !Attachment.items(c.id, Side.AGENCY).contains(Attachment.APPROVAL_DOCUMENT)) {
            throw Problems.unprocessable("approval-document-missing", "Document missing",
                    "Attach the document to approve (item \"document\") before sending", "attachments");
        }
        Instant now = Instant.now();
        c.step(Step.SEND, Side.AGENCY, now);
        c.sentAt = now;
        CaseHistory.record(c.id, What.SENT, Side.AGENCY, byName, null, now);
        events.created(c, staff.staffId().orElse(null), byName);
        return views.forStaff(c);
    }

    /** Back to the client with a comment (CaseReturned). */
    @Transactional
    public CaseView returnToClient(StaffAccess staff, UUID id, Text body, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        Instant now = Instant.now();
        c.step(Step.RETURN, Side.AGENCY, now);
        comment(c, Side.AGENCY, staff.staffId().orElse(null), byName, body.text(), now);
        CaseHistory.record(c.id, What.RETURNED, Side.AGENCY, byName, body.text(), now);
        events.returned(c, staff.staffId().orElse(null), byName, now);
        return views.forStaff(c);
    }

    @Transactional
    public CaseView close(StaffAccess staff, UUID id, Closing body, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        Instant now = Instant.now();
        c.step(Step.CLOSE, Side.AGENCY, now);
        closed(c, Case.ClosingReason.COMPLETED, body.note(), now);
        CaseHistory.record(c.id, What.CLOSED, Side.AGENCY, byName, body.note(), now);
        events.closed(c, byName, Side.AGENCY);
        return views.forStaff(c);
    }

    /** Withdraws a draft or an open case; the client hears of it only if it was sent. */
    @Transactional
    public CaseView cancel(StaffAccess staff, UUID id, Closing body, String byName) {
        Case c = CaseAccess.forStaff(staff, id, true);
        Instant now = Instant.now();
        c.step(Step.CANCEL, Side.AGENCY, now);
        closed(c, Case.ClosingReason.CANCELLED, body.note(), now);
        CaseHistory.record(c.id, What.CANCELLED, Side.AGENCY, byName, body.note(), now);
        if (c.sent()) {
            events.closed(c, byName, Side.AGENCY);
        }
        return views.forStaff(c);
    }

    @Transactional
    public CommentView comment(StaffAccess staff, UUID id, Text body, String byName) {
        Case c = CaseAccess.forStaff(staff, id, false);
        return commented(c, Side.AGENCY, staff.staffId().orElse(null), byName, body.text());
    }

    /** The agency has looked at the case: its marker goes, without changing the version an edit is based on. */
    @Transactional
    public CaseView readByAgency(StaffAccess staff, UUID id) {
        Case c = CaseAccess.forStaff(staff, id, false);
        em.createNativeQuery("update client_case set agency_unread = false where id = ?1 and agency_unread")
                .setParameter(1, id).executeUpdate();
        em.refresh(c);
        return views.forStaff(c);
    }

    // ---- the client's side

    /** A question to the agency, to a staff member the company has received cases from (CaseCreated). */
    @Transactional
    public CaseView ask(ClientUserAccess user, UUID clientId, Question body, String byName) {
        user.requireClient(clientId);
        KnownClient client = KnownClient.findById(clientId);
        if (client == null) {
            throw ProblemException.notFound("Client", clientId);
        }
        requireConsent(clientId);
        if (!CaseReads.contactIds(clientId).contains(body.assigneeId())) {
            throw ProblemException.invalidField("assigneeId", "choose one of the people you have received cases from");
        }
        Instant now = Instant.now();
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.agencyId = client.agencyId;
        c.clientId = clientId;
        c.type = CaseType.QUESTION;
        c.title = body.title().strip();
        c.description = body.description().strip();
        c.definition = Definition.NONE;
        c.answer = Answer.EMPTY;
        c.status = CaseStatus.asked();
        c.origin = Side.CLIENT;
        c.assigneeId = body.assigneeId();
        c.createdById = user.clientUserId().orElseThrow();
        c.createdByName = byName;
        c.createdAt = now;
        c.sentAt = now;
        c.agencyUnread = true;
        c.updatedAt = now;
        c.persist();
        CaseHistory.record(c.id, What.ASKED, Side.CLIENT, byName, null, now);
        events.created(c, c.createdById, byName);
        return views.forClient(c);
    }

    /** A partial answer, kept for later: checked for form, not for completeness; the agency is not told. */
    @Transactional
    public CaseView saveAnswer(ClientUserAccess user, UUID clientId, UUID id, AnswerBody body) {
        Case c = CaseAccess.forClient(user, clientId, id, true);
        c.status.after(Step.SAVE_ANSWER);
        c.answer = CaseRules.answer(c.type, c.definition, body.answer(), false, Attachment.items(c.id, Side.CLIENT));
        c.updatedAt = Instant.now();
        return views.forClient(c);
    }

    /** The answer, complete: the agency's turn (CaseAnswered), or closed when information was acknowledged. */
    @Transactional
    public CaseView submit(ClientUserAccess user, UUID clientId, UUID id, AnswerBody body, String byName) {
        Case c = CaseAccess.forClient(user, clientId, id, true);
        Step step = c.type == CaseType.INFORMATION ? Step.ACKNOWLEDGE : Step.SUBMIT;
        c.status.after(step);
        c.answer = CaseRules.answer(c.type, c.definition, body.answer() != null ? body.answer() : c.answer, true,
                Attachment.items(c.id, Side.CLIENT));
        Instant now = Instant.now();
        c.step(step, Side.CLIENT, now);
        c.answeredAt = now;
        c.answeredById = user.clientUserId().orElseThrow();
        c.answeredByName = byName;
        if (step == Step.ACKNOWLEDGE) {
            closed(c, Case.ClosingReason.ANSWERED, null, now);
        }
        CaseHistory.record(c.id, step == Step.ACKNOWLEDGE ? What.ACKNOWLEDGED : What.ANSWERED, Side.CLIENT, byName,
                c.answer.decision() == null ? null : c.answer.decision().name(), now);
        events.answered(c);
        return views.forClient(c);
    }

    @Transactional
    public CommentView comment(ClientUserAccess user, UUID clientId, UUID id, Text body, String byName) {
        Case c = CaseAccess.forClient(user, clientId, id, false);
        return commented(c, Side.CLIENT, user.clientUserId().orElseThrow(), byName, body.text());
    }

    @Transactional
    public CaseView readByClient(ClientUserAccess user, UUID clientId, UUID id) {
        Case c = CaseAccess.forClient(user, clientId, id, false);
        em.createNativeQuery("update client_case set client_unread = false where id = ?1 and client_unread")
                .setParameter(1, id).executeUpdate();
        em.refresh(c);
        return views.forClient(c);
    }

    // ---- shared

    private CommentView commented(Case c, Side side, UUID authorId, String byName, String text) {
        c.status.after(Step.COMMENT);
        Instant now = Instant.now();
        CaseComment comment = comment(c, side, authorId, byName, text, now);
        touch(c.id, side, now);
        CaseHistory.record(c.id, What.COMMENTED, side, byName, null, now);
        events.commented(c, comment);
        return new CommentView(comment.id, comment.side, comment.authorName, comment.text, comment.at);
    }

    private static CaseComment comment(Case c, Side side, UUID authorId, String byName, String text, Instant at) {
        CaseComment comment = new CaseComment();
        comment.id = UUID.randomUUID();
        comment.caseId = c.id;
        comment.side = side;
        comment.authorId = authorId;
        comment.authorName = byName;
        comment.text = text.strip();
        comment.at = at;
        comment.persist();
        return comment;
    }

    /**
     * Marks the other side's unread and the time cards sort by, without the version: a comment or a file does not
     * make an edit in progress stale.
     */
    void touch(UUID caseId, Side by, Instant at) {
        String marker = by == Side.AGENCY ? "client_unread" : "agency_unread";
        em.createNativeQuery("update client_case set " + marker + " = (status <> 'DRAFT'), updated_at = ?2 "
                + "where id = ?1").setParameter(1, caseId).setParameter(2, at).executeUpdate();
    }

    static void closed(Case c, Case.ClosingReason reason, String note, Instant at) {
        c.closedAt = at;
        c.closingReason = reason;
        c.closingNote = note == null || note.isBlank() ? null : note.strip();
    }

    private static void requireConsent(UUID clientId) {
        if (!Consent.granted(clientId)) {
            throw Problems.conflict("consent-required", "Consent required",
                    "The client has not consented to case management: invite it from the client's page first");
        }
    }

    private UUID assignee(UUID agencyId, UUID assigneeId) {
        if (assigneeId != null && KnownStaff.activeInAgency(agencyId, assigneeId) == null) {
            throw ProblemException.invalidField("assigneeId", "not an active staff member of the agency");
        }
        return assigneeId;
    }

    private LocalDate dueOn(LocalDate dueOn) {
        if (dueOn.isBefore(today())) {
            throw ProblemException.invalidField("dueOn", "a date from today on");
        }
        return dueOn;
    }

    LocalDate today() {
        return LocalDate.now(config.zone());
    }
}
