package se.byra.gateway.pages.cases;

import static se.byra.gateway.downstream.CaseApi.APPROVAL;
import static se.byra.gateway.downstream.CaseApi.APPROVAL_DOCUMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.AttachmentView;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseApi.CommentView;
import se.byra.gateway.downstream.CaseApi.Document;
import se.byra.gateway.downstream.CaseApi.Field;
import se.byra.gateway.downstream.CaseApi.HistoryView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.PagesConfig;
import se.byra.gateway.pages.Paths;

/**
 * One case as a page: whose turn it is, its details, what it asks with the client's answer beside each part (the
 * files per document or field as downloads through the gateway), the approval's decision, the files, the comments
 * with their form, the history, and the actions the service's {@code actions} allow. The case itself must be read
 * (a 404 is the page's, a service that does not answer the page in words); the comments and the history are each
 * said to be missing when they cannot be read. Showing it marks it read for the agency. An action that could not be
 * done shows the page again with a notice, or with its form's errors.
 */
@ApplicationScoped
public class CasePage {

    /** The comments and history steps shown; a case rarely has more. */
    static final int SHOWN = ServicePage.LARGEST;
    static final String FILE_FIELD = "fil";
    static final String COMMENT_FIELD = "comment";
    static final List<String> FIELD_ORDER = List.of(FILE_FIELD, COMMENT_FIELD);

    @Inject
    CaseCalls cases;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    PagesConfig config;

    @CheckedTemplate(basePath = "CaseResource")
    static class Templates {

        static native TemplateInstance detail(Detail view);
    }

    /** A line of a summary list; {@code href} makes its value a link. */
    public record Row(String key, String value, String href) {
    }

    /** A file as a download: its name, where it is, its size, who added it and when. */
    public record FileLink(String name, String href, String size, String by, String date) {
    }

    /** A file in the table of all the case's files; {@code removeAction} when the agency may remove it. */
    public record FileRow(FileLink file, String concerns, String removeAction) {
    }

    /** A document asked for, with the files the client uploaded for it. */
    public record DocumentAnswer(String name, boolean required, List<FileLink> files) {
    }

    /** A form field with the client's value or files. */
    public record FieldAnswer(String label, String type, boolean required, String value, List<FileLink> files) {

        public boolean answered() {
            return value != null && !value.isEmpty() || !files.isEmpty();
        }
    }

    /** What the case asks, with the client's answer beside each part. */
    public record Answer(String text, List<DocumentAnswer> documents, List<FieldAnswer> fields, String decision,
            boolean decided, String comment, List<FileLink> approvalDocuments, boolean acknowledged,
            String answered, boolean saved) {
    }

    public record Comment(String author, String date, String text, boolean agency) {
    }

    public record Step(String date, String what, String by, String note) {
    }

    /** What the user may do now, by the service's {@code actions}. */
    public record Actions(boolean send, boolean edit, boolean giveBack, boolean close, boolean cancel,
            boolean comment, boolean attach) {

        public boolean any() {
            return send || edit || giveBack || close || cancel;
        }
    }

    /**
     * The page. {@code comments} and {@code history} null when they cannot be read; {@code banner}, {@code notice}
     * (with its link) and {@code errors} after an action; {@code commentText} a comment as typed when it was refused.
     */
    public record Detail(CaseView c, String typeName, Badge status, List<Row> details,
            Answer answer, List<FileRow> files, List<Comment> comments, boolean moreComments, List<Step> history,
            Actions actions, String banner, String notice, String noticeHref, String noticeLinkText,
            FormErrors errors, String commentText, long fileLimitMb, String consentWarning) {

        /** Whether the case is of {@code type} (not {@code is}: a Qute operator). */
        public boolean ofType(String type) {
            return type.equals(c.type());
        }

        public boolean approval() {
            return ofType(APPROVAL);
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean commentsUnavailable() {
            return comments == null;
        }

        public boolean historyUnavailable() {
            return history == null;
        }

        /** Where the client's consent is, and its invitation: the overview's Ärenden. */
        public String consentHref() {
            return CasePaths.overviewSection(c.clientId());
        }

        public String sendAction() {
            return CasePaths.send(c.id());
        }

        public String editHref() {
            return CasePaths.edit(c.id());
        }

        public String giveBackHref() {
            return CasePaths.giveBack(c.id());
        }

        public String closeHref() {
            return CasePaths.close(c.id());
        }

        public String cancelHref() {
            return CasePaths.cancel(c.id());
        }

        public String commentAction() {
            return CasePaths.comments(c.id());
        }

        public String uploadAction() {
            return CasePaths.files(c.id());
        }

        /** An approval's document still to attach: the upload's choice starts at it. */
        public boolean approvalDocumentMissing() {
            return approval() && answer.approvalDocuments().isEmpty();
        }
    }

    /** The page, with the banner an action left, if any. */
    public Uni<Response> show(UUID id) {
        return show(id, CasePages.bannerText(banner, page), null, null, null, noErrors(), "", 200, true);
    }

    /** The page after an action that could not be done: the notice above it (a link with it), answered with status. */
    public Uni<Response> show(UUID id, String notice, String noticeHref, String noticeLinkText, int status) {
        return show(id, null, notice, noticeHref, noticeLinkText, noErrors(), "", status, true);
    }

    /**
     * The page after sending was refused for want of consent (409 consent-required, the consent changed after the
     * page was shown): the notice says it with the way to the consent, and no warning below says it again.
     */
    public Uni<Response> consentRequired(UUID id) {
        CaseMsg words = page.caseMsg();
        return cases.get(id).flatMap(c -> show(id, null, words.notice_consent_required(),
                CasePaths.overviewSection(c.clientId()), words.notice_consent_required_link(), noErrors(), "", 409,
                false));
    }

    /** The page with a form's errors (the upload's, the comment's), the comment as typed. */
    public Uni<Response> show(UUID id, FormErrors errors, String commentText, int status) {
        return show(id, null, null, null, null, errors, commentText, status, true);
    }

    static FormErrors noErrors() {
        return new FormErrors(FIELD_ORDER);
    }

    /** The page; {@code warnConsent}: a draft whose client has not consented says so where its Skicka would be. */
    private Uni<Response> show(UUID id, String bannerText, String notice, String noticeHref, String noticeLinkText,
            FormErrors errors, String commentText, int status, boolean warnConsent) {
        return cases.get(id).flatMap(c -> {
            Uni<Optional<ServicePage<CommentView>>> comments = CasePages.optional(cases.comments(id, 0, SHOWN),
                    "comments");
            Uni<Optional<ServicePage<HistoryView>>> history = CasePages.optional(cases.history(id, 0, SHOWN),
                    "history");
            Uni<Optional<Void>> read = c.unread() ? CasePages.optional(cases.markRead(id), "read marker")
                    : Uni.createFrom().item(Optional.empty());
            return Uni.combine().all().unis(comments, history, read).with((said, steps, marked) -> CasePages.page(
                    status, Templates.detail(detail(c, said.orElse(null), steps.orElse(null), bannerText, notice,
                            noticeHref, noticeLinkText, errors, commentText, warnConsent))));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(page));
    }

    private Detail detail(CaseView c, ServicePage<CommentView> comments, ServicePage<HistoryView> history,
            String bannerText, String notice, String noticeHref, String noticeLinkText, FormErrors errors,
            String commentText, boolean warnConsent) {
        CaseMsg words = page.caseMsg();
        List<Comment> said = comments == null ? null : comments.items().stream().map(comment -> new Comment(
                CaseWords.by(comment.authorName(), comment.side(), words), Formats.date(comment.at(), page),
                comment.text(), CaseApi.AGENCY.equals(comment.side()))).toList();
        List<Step> steps = history == null ? null : history.items().stream().map(step -> new Step(
                Formats.date(step.at(), page), CaseWords.step(step.what(), words),
                CaseWords.by(step.byName(), step.side(), words), step.note() == null ? "" : step.note())).toList();
        // GOV.UK: no button for what cannot succeed; the warning says why instead, and where consent is asked for
        String consentWarning = c.may(CaseApi.SEND) ? CaseWords.consentWarning(c.consent(), words) : null;
        Actions actions = new Actions(c.may(CaseApi.SEND) && consentWarning == null, c.may(CaseApi.EDIT),
                c.may(CaseApi.RETURN), c.may(CaseApi.CLOSE), c.may(CaseApi.CANCEL), c.may(CaseApi.COMMENT),
                c.may(CaseApi.ATTACH));
        return new Detail(c, CaseWords.type(c.type(), words), CaseWords.status(c.status(), words), details(c),
                answer(c), files(c), said, comments != null && comments.totalItems()
                        > comments.items().size(), steps, actions, bannerText, notice, noticeHref, noticeLinkText,
                errors, commentText, config.pages().caseFileMaxSize().asLongValue() / (1024 * 1024),
                warnConsent ? consentWarning : null);
    }

    private List<Row> details(CaseView c) {
        CaseMsg words = page.caseMsg();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(words.column_client(), c.clientName(), c.clientId() == null ? null
                : Paths.client(c.clientId())));
        rows.add(new Row(words.column_type(), CaseWords.type(c.type(), words), null));
        rows.add(new Row(words.column_assignee(), CaseWords.present(c.assigneeName()) ? c.assigneeName()
                : words.assignee_none(), null));
        rows.add(new Row(words.column_due(), c.dueOn() == null ? words.due_none() : c.overdue()
                ? words.due_overdue(Formats.date(c.dueOn(), page)) : Formats.date(c.dueOn(), page), null));
        rows.add(new Row(words.detail_created(), words.date_by(Formats.date(c.createdAt(), page),
                CaseWords.present(c.createdByName()) ? c.createdByName() : words.side_agency()), null));
        if (CaseApi.CLIENT.equals(c.origin())) {
            rows.add(new Row(words.detail_origin(), words.detail_origin_client(), null));
        }
        if (c.sentAt() != null) {
            rows.add(new Row(words.detail_sent(), Formats.date(c.sentAt(), page), null));
        }
        if (c.closedAt() != null) {
            rows.add(new Row(c.is(CaseApi.CANCELLED) ? words.detail_cancelled() : words.detail_closed(),
                    Formats.date(c.closedAt(), page), null));
            String reason = CaseWords.closingReason(c.closingReason(), words);
            if (reason != null) {
                rows.add(new Row(words.detail_closing_reason(), reason, null));
            }
            if (CaseWords.present(c.closingNote())) {
                rows.add(new Row(words.detail_closing_note(), c.closingNote(), null));
            }
        }
        return rows;
    }

    private Answer answer(CaseView c) {
        CaseMsg words = page.caseMsg();
        CaseApi.Answer a = c.answer();
        List<DocumentAnswer> documents = new ArrayList<>();
        for (Document d : c.definition().documentList()) {
            documents.add(new DocumentAnswer(d.name(), d.required(), links(c, d.key(), CaseApi.CLIENT)));
        }
        List<FieldAnswer> fields = new ArrayList<>();
        for (Field f : c.definition().fieldList()) {
            fields.add(new FieldAnswer(f.label(), CaseWords.fieldType(f.type(), words), f.required(),
                    CaseWords.value(f.type(), a.values().get(f.key()), words), CaseApi.FILE.equals(f.type())
                            ? links(c, f.key(), CaseApi.CLIENT) : List.of()));
        }
        String answered = c.answeredAt() == null ? null : words.date_by(Formats.date(c.answeredAt(), page),
                CaseWords.present(c.answeredByName()) ? c.answeredByName() : words.side_client());
        return new Answer(a.text(), documents, fields, CaseWords.decision(a.decision(), words), a.decision() != null,
                a.comment(), links(c, APPROVAL_DOCUMENT, CaseApi.AGENCY), Boolean.TRUE.equals(a.acknowledged()),
                answered, c.answeredAt() != null && !c.submitted());
    }

    /** The files of {@code item} added by {@code side}. */
    private List<FileLink> links(CaseView c, String item, String side) {
        return c.attachments().stream().filter(f -> item.equals(f.item()) && side.equals(f.side()))
                .map(f -> link(c, f)).toList();
    }

    private FileLink link(CaseView c, AttachmentView f) {
        CaseMsg words = page.caseMsg();
        return new FileLink(f.fileName(), CasePaths.file(c.id(), f.id()), CaseWords.size(f.size(), words),
                CaseWords.by(f.uploadedByName(), f.side(), words), Formats.date(f.uploadedAt(), page));
    }

    private List<FileRow> files(CaseView c) {
        CaseMsg words = page.caseMsg();
        List<FileRow> rows = new ArrayList<>();
        for (AttachmentView f : c.attachments()) {
            boolean removable = c.is(CaseApi.DRAFT) && CaseApi.AGENCY.equals(f.side());
            rows.add(new FileRow(link(c, f), concerns(c, f.item(), words), removable
                    ? CasePaths.removeFile(c.id(), f.id()) : null));
        }
        return rows;
    }

    /** What a file is for: a document, a field, an approval's document, or the case as a whole. */
    private static String concerns(CaseView c, String item, CaseMsg words) {
        if (item == null) {
            return words.file_concerns_case();
        }
        if (APPROVAL_DOCUMENT.equals(item) && c.is(APPROVAL)) {
            return words.file_concerns_approval();
        }
        return c.definition().documentList().stream().filter(d -> item.equals(d.key())).map(Document::name)
                .findFirst().or(() -> c.definition().fieldList().stream().filter(f -> item.equals(f.key()))
                        .map(Field::label).findFirst())
                .orElse(words.file_concerns_case());
    }
}
