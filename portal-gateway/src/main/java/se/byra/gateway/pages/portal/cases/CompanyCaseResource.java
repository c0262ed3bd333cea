package se.byra.gateway.pages.portal.cases;

import static se.byra.gateway.pages.FormValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCaseApi;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.Comment;
import se.byra.gateway.downstream.CompanyCaseApi.FileDownload;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.HistoryRow;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.PagesConfig;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.gateway.pages.portal.Companies;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.gateway.pages.portal.cases.AnswerForm.Upload;
import se.byra.gateway.pages.portal.cases.AnswerParts.AnswerRow;
import se.byra.gateway.pages.portal.cases.AnswerParts.DocumentPart;
import se.byra.gateway.pages.portal.cases.AnswerParts.FieldPart;
import se.byra.platform.web.security.Roles;

/**
 * One of a company's cases in the portal: the agency's text, the day to answer by and whose turn it is; the answer
 * form of the case's type while it is the company's turn (every member answers), the answer given afterwards, the
 * closing in words; its comments and its history. Showing it marks it read. The answer form is one multipart form
 * with two buttons, "Spara utkast" (the answer saved, partial answers kept) and "Skicka till byrån" (sent: the
 * agency's turn); the files chosen are sent to the service first, each for its document or file field, and a
 * company's own file is removed with a button of the same form, so nothing typed is lost. The service's refusals are
 * errors at the fields in the page's words; another company's case, or a draft, is the 404 page.
 */
@Path(Paths.COMPANIES + "/{clientId}" + Paths.COMPANY_CASES + "/{caseId}")
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class CompanyCaseResource {

    /** A case's files, under the case: {@code …/arenden/{caseId}/filer/{attachmentId}}. */
    static final String FILES = "/filer";
    /** The comment form's text field (the approval's own comment is {@code comment}). */
    static final String COMMENT_FIELD = "comment-text";
    static final int COMMENT_MAX = 10_000;
    /** The types case-service takes (detected from the bytes), passed on as they are; anything else is bytes. */
    static final Set<String> DOWNLOAD_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic",
            "text/plain", "text/csv", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/xml", "text/x-sie");

    @Inject
    CompanyCaseCalls calls;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    PagesConfig config;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance show(CasePage view);
    }

    /** A line of the facts at the top: its label and its value. */
    public record Fact(String label, String value) {
    }

    /** A comment: who wrote it when, and what. */
    public record CommentRow(String by, String text, boolean agency) {
    }

    /**
     * One case: the facts in words; the answer form's parts (while the company may answer) or the answer given; the
     * closing; the comments and the history (each saying so when it cannot be read); the errors, notice or banner an
     * action left, and the comment as typed.
     */
    public record CasePage(CurrentCompany company, CaseView c, String type, Badge status, Badge overdue,
            List<Fact> facts, List<FileRow> agencyFiles, AnswerForm form, List<DocumentPart> documents,
            List<FieldPart> fields, List<Choice> decisions, List<AnswerRow> given, String answered, String closing,
            List<CommentRow> comments, boolean commentsUnavailable, String commentText, List<HistoryRow> history,
            boolean historyUnavailable, FormErrors errors, String notice, String banner, String fileLimitMb) {

        public String href() {
            return CaseWords.href(company.id(), c.id());
        }

        public String casesHref() {
            return CaseWords.casesHref(company.id());
        }

        public String answerAction() {
            return href() + "/svar";
        }

        public String commentAction() {
            return href() + "/kommentarer";
        }

        /** The company asked it: its own question, not the agency's text. */
        public boolean fromCompany() {
            return CompanyCaseApi.CLIENT.equals(c.origin());
        }

        public boolean editable() {
            return c.may(CompanyCaseApi.ANSWER);
        }

        public boolean submittable() {
            return c.may(CompanyCaseApi.SUBMIT);
        }

        public boolean commentable() {
            return c.may(CompanyCaseApi.COMMENT);
        }

        /** A draft the company saved and has not sent. */
        public boolean draft() {
            return editable() && !c.submitted() && c.answer() != null
                    && (CaseWords.named(c.answer().text()) || CaseWords.named(c.answer().decision())
                            || CaseWords.named(c.answer().comment()) || !c.answer().valueMap().isEmpty());
        }

        /** The answer given, shown to read: once it is no longer the company's turn and something was answered. */
        public boolean showGiven() {
            return !editable() && c.answeredAt() != null;
        }

        public boolean question() {
            return CompanyCaseApi.QUESTION.equals(c.type());
        }

        public boolean documentRequest() {
            return CompanyCaseApi.DOCUMENT_REQUEST.equals(c.type());
        }

        public boolean approval() {
            return CompanyCaseApi.APPROVAL.equals(c.type());
        }

        public boolean information() {
            return CompanyCaseApi.INFORMATION.equals(c.type());
        }

        public boolean formType() {
            return CompanyCaseApi.FORM.equals(c.type());
        }

        /** The form takes files (a document request, a form with a file field). */
        public boolean takesFiles() {
            return documentRequest() || fields.stream().anyMatch(FieldPart::file);
        }

        public boolean waitingForAgency() {
            return CompanyCaseApi.WAITING_FOR_AGENCY.equals(c.status());
        }

        public boolean waitingForCompany() {
            return CompanyCaseApi.WAITING_FOR_CLIENT.equals(c.status());
        }
    }

    /** A file the service refused: at its input, in words. */
    private static final class UploadRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Upload upload;
        private final int status;
        private final boolean tooMany;

        UploadRefused(Upload upload, ServiceRefusal refusal) {
            super(refusal);
            this.upload = upload;
            this.status = refusal.status();
            this.tooMany = refusal.type() != null && CompanyCaseApi.TOO_MANY_FILES.equals(refusal.type().toString());
        }
    }

    @GET
    public Uni<Response> show(@PathParam("clientId") UUID clientId, @PathParam("caseId") UUID caseId) {
        String bannerText = banner.take(CaseBanner.class)
                .map(kind -> kind.text(CaseWords.of(page), CaseWords.consentOf(page))).orElse(null);
        return casePage(companies.current(clientId), clientId, caseId, null, null, null, bannerText, "", 200, true);
    }

    /**
     * The answer form: the files chosen are sent first, each for its item (refused here when larger than the service
     * takes); then the file whose button was pressed is removed; then the answer is saved, or sent. Blocking: the
     * files are in temporary files.
     */
    @POST
    @Path("/svar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    public Uni<Response> answer(@PathParam("clientId") UUID clientId, @PathParam("caseId") UUID caseId,
            MultipartFormDataInput input) {
        PortalCaseMsg msg = CaseWords.of(page);
        AnswerForm form = AnswerForm.read(input);
        return companies.current(clientId).flatMap(company -> calls.get(clientId, caseId).flatMap(c -> {
            FormPage again = (errors, notice, status) -> casePage(Uni.createFrom().item(company), clientId, caseId,
                    form, errors, notice, null, "", status, false);
            AnswerParts parts = new AnswerParts(c, new CaseWords(page), msg, CaseWords.href(clientId, caseId));
            if (!c.may(CompanyCaseApi.ANSWER)) {
                return again.show(new FormErrors(parts.fieldOrder()), msg.notice_not_your_turn(), 409);
            }
            long limit = config.pages().caseFileMaxSize().asLongValue();
            FormErrors refusedHere = checkFiles(form, parts, limit, msg);
            if (refusedHere.any()) {
                boolean tooLarge = form.uploads.stream().anyMatch(file -> file.content().length > limit);
                return again.show(refusedHere, null, tooLarge ? 413 : 400);
            }
            UUID removing = form.removing();
            return upload(clientId, caseId, form.uploads, 0)
                    .flatMap(uploaded -> removing == null ? Uni.createFrom().voidItem()
                            : calls.remove(clientId, caseId, removing).replaceWithVoid())
                    .flatMap(removed -> form.submitting() ? calls.submit(clientId, caseId, form.answer(c))
                            : calls.save(clientId, caseId, form.answer(c)))
                    .map(done -> toCase(clientId, caseId, removing != null ? CaseBanner.FILE_REMOVED
                            : !form.submitting() ? CaseBanner.ANSWER_SAVED
                                    : CompanyCaseApi.INFORMATION.equals(c.type()) ? CaseBanner.INFORMATION_READ
                                            : CaseBanner.ANSWER_SENT))
                    .onFailure(UploadRefused.class).recoverWithUni(failure -> {
                        UploadRefused refused = (UploadRefused) failure;
                        return again.show(new FormErrors(parts.fieldOrder()).add(refused.upload.field(),
                                uploadError(refused, msg)), null, refused.status);
                    })
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                        ServiceRefusal refusal = (ServiceRefusal) failure;
                        if (refusal.status() == 409) {
                            return again.show(new FormErrors(parts.fieldOrder()), msg.notice_not_your_turn(), 409);
                        }
                        if (refusal.status() == 400 || refusal.status() == 422) {
                            return again.show(parts.errors(refusal.fieldErrors(), form), null, 400);
                        }
                        return Uni.createFrom().failure(refusal);
                    })
                    .onFailure(ServiceFailures::unavailable)
                    .recoverWithUni(() -> again.show(new FormErrors(parts.fieldOrder()), msg.notice_unavailable(),
                            503));
        }));
    }

    /** A comment on the case, for the agency; the page again with the error at the field when it is empty or long. */
    @POST
    @Path("/kommentarer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> comment(@PathParam("clientId") UUID clientId, @PathParam("caseId") UUID caseId,
            @RestForm("text") String typed) {
        PortalCaseMsg msg = CaseWords.of(page);
        String comment = text(typed);
        return companies.current(clientId).flatMap(company -> {
            FormPage again = (errors, notice, status) -> casePage(Uni.createFrom().item(company), clientId, caseId,
                    null, errors, notice, null, comment, status, false);
            String problem = comment.isEmpty() ? msg.comment_error_missing()
                    : comment.length() > COMMENT_MAX ? msg.comment_error_too_long() : null;
            if (problem != null) {
                return again.show(new FormErrors(List.of(COMMENT_FIELD)).add(COMMENT_FIELD, problem), null, 400);
            }
            return calls.comment(clientId, caseId, comment).map(done -> toCase(clientId, caseId,
                    CaseBanner.COMMENT_SENT))
                    .onFailure(failure -> ServiceRefusal.is(failure, 409))
                    .recoverWithUni(() -> again.show(new FormErrors(List.of(COMMENT_FIELD)),
                            msg.comment_notice_closed(), 409))
                    .onFailure(failure -> ServiceRefusal.is(failure, 400))
                    .recoverWithUni(() -> again.show(new FormErrors(List.of(COMMENT_FIELD)).add(COMMENT_FIELD,
                            msg.comment_error_too_long()), null, 400))
                    .onFailure(ServiceFailures::unavailable)
                    .recoverWithUni(() -> again.show(new FormErrors(List.of(COMMENT_FIELD)),
                            msg.comment_notice_unavailable(), 503));
        });
    }

    /**
     * A file of the case, passed on as a download: never shown inline (attachment, nosniff), whatever its type, so a
     * file someone uploaded is never run as a page of this site.
     */
    @GET
    @Path(FILES + "/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Uni<Response> download(@PathParam("clientId") UUID clientId, @PathParam("caseId") UUID caseId,
            @PathParam("attachmentId") UUID attachmentId) {
        return companies.current(clientId).flatMap(company -> calls.download(clientId, caseId, attachmentId))
                .map(CompanyCaseResource::asDownload);
    }

    static Response asDownload(FileDownload file) {
        String disposition = file.disposition() != null && file.disposition().strip().startsWith("attachment")
                ? file.disposition() : "attachment";
        String type = file.contentType() == null ? "" : file.contentType().split(";")[0].strip().toLowerCase(
                Locale.ROOT);
        type = DOWNLOAD_TYPES.contains(type) ? type : MediaType.APPLICATION_OCTET_STREAM;
        return Response.ok(file.content(), type).header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The files chosen, in order, each for its item; the first the service refuses stops the rest. */
    private Uni<Void> upload(UUID clientId, UUID caseId, List<Upload> uploads, int next) {
        if (next >= uploads.size()) {
            return Uni.createFrom().voidItem();
        }
        Upload file = uploads.get(next);
        return calls.attach(clientId, caseId, file.item(), file.fileName(), file.content())
                .onFailure(ServiceRefusal.class).transform(refused -> new UploadRefused(file, (ServiceRefusal) refused))
                .flatMap(attached -> upload(clientId, caseId, uploads, next + 1));
    }

    /** What the page can tell before sending a file: too large for the service, or empty. */
    private FormErrors checkFiles(AnswerForm form, AnswerParts parts, long limit, PortalCaseMsg msg) {
        FormErrors errors = new FormErrors(parts.fieldOrder());
        for (Upload file : form.uploads) {
            if (file.content().length > limit) {
                errors.add(file.field(), msg.error_file_too_large(String.valueOf(fileLimitMb())));
            } else if (file.content().length == 0) {
                errors.add(file.field(), msg.error_file_empty(file.fileName()));
            }
        }
        return errors;
    }

    private String uploadError(UploadRefused refused, PortalCaseMsg msg) {
        return switch (refused.status) {
            case 413 -> msg.error_file_too_large(String.valueOf(fileLimitMb()));
            case 415 -> msg.error_file_type();
            case 409 -> refused.tooMany ? msg.error_too_many_files() : msg.notice_not_your_turn();
            default -> msg.error_file_refused(refused.upload.fileName());
        };
    }

    private long fileLimitMb() {
        return config.pages().caseFileMaxSize().asLongValue() / (1024 * 1024);
    }

    private Response toCase(UUID clientId, UUID caseId, CaseBanner kind) {
        return Response.seeOther(URI.create(CaseWords.href(clientId, caseId))).cookie(banner.after(kind)).build();
    }

    /**
     * The case's page; its comments and history, from calls of their own, say so when they cannot be read (the
     * case's own 404 or 503 is the page's). {@code form} null: the answer as saved; {@code markRead}: the company
     * has now seen it (a failure to say so leaves the marker, never the page).
     */
    private Uni<Response> casePage(Uni<CurrentCompany> company, UUID clientId, UUID caseId, AnswerForm form,
            FormErrors errors, String notice, String bannerText, String commentText, int status, boolean markRead) {
        CaseWords words = new CaseWords(page);
        PortalCaseMsg msg = CaseWords.of(page);
        Uni<List<CommentRow>> comments = calls.comments(clientId, caseId).map(all -> all.stream()
                .map(comment -> commentRow(comment, words, msg)).toList()).onFailure().recoverWithNull();
        Uni<List<HistoryRow>> history = calls.history(clientId, caseId).map(all -> all.stream()
                .map(words::history).toList()).onFailure().recoverWithNull();
        return Uni.combine().all().unis(company, calls.get(clientId, caseId), comments, history).asTuple()
                .flatMap(loaded -> {
                    CaseView c = loaded.getItem2();
                    CasePage view = view(loaded.getItem1(), c, form, errors, notice, bannerText, commentText,
                            loaded.getItem3(), loaded.getItem4(), words);
                    Response response = Response.status(status).entity(Templates.show(view)).build();
                    if (!markRead || !c.unread()) {
                        return Uni.createFrom().item(response);
                    }
                    return calls.read(clientId, caseId).onFailure().recoverWithNull().replaceWith(response);
                });
    }

    private CasePage view(CurrentCompany company, CaseView c, AnswerForm typed, FormErrors given, String notice,
            String bannerText, String commentText, List<CommentRow> comments, List<HistoryRow> history,
            CaseWords words) {
        PortalCaseMsg msg = CaseWords.of(page);
        AnswerParts parts = new AnswerParts(c, words, msg, CaseWords.href(company.id(), c.id()));
        AnswerForm form = typed == null ? AnswerForm.saved(c) : typed;
        FormErrors errors = given == null ? new FormErrors(parts.fieldOrder()) : given;
        boolean overdue = c.overdue() && CompanyCaseApi.WAITING_FOR_CLIENT.equals(c.status());
        return new CasePage(company, c, words.type(c.type()), words.status(c.status()),
                overdue ? words.overdue() : null, facts(c, overdue, words, msg), parts.agencyFiles(), form,
                parts.documents(), parts.fields(form), parts.decisions(form), parts.given(), answered(c, words, msg),
                c.closed() ? words.closing(c) : null, comments == null ? List.of() : comments, comments == null,
                commentText, history == null ? List.of() : history, history == null, errors, notice, bannerText,
                String.valueOf(fileLimitMb()));
    }

    /** Type, status, the day to answer by (while it is the company's turn), who sent it when, who handles it. */
    private static List<Fact> facts(CaseView c, boolean overdue, CaseWords words, PortalCaseMsg msg) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(msg.facts_type(), words.type(c.type())));
        if (c.dueOn() != null && CompanyCaseApi.WAITING_FOR_CLIENT.equals(c.status())) {
            facts.add(new Fact(msg.facts_due(), overdue ? msg.card_overdue(words.date(c.dueOn()))
                    : words.date(c.dueOn())));
        }
        boolean asked = CompanyCaseApi.CLIENT.equals(c.origin());
        String when = words.date(c.sentAt() != null ? c.sentAt() : c.createdAt());
        facts.add(new Fact(asked ? msg.facts_asked() : msg.facts_sent(), CaseWords.named(c.createdByName())
                ? msg.facts_by_on(c.createdByName(), when) : when));
        if (CaseWords.named(c.assigneeName())) {
            facts.add(new Fact(msg.facts_assignee(), c.assigneeName()));
        }
        return facts;
    }

    /** Who answered when: the confirmation of an information, or the answer sent. */
    private static String answered(CaseView c, CaseWords words, PortalCaseMsg msg) {
        if (c.answeredAt() == null) {
            return null;
        }
        String day = words.date(c.answeredAt());
        boolean named = CaseWords.named(c.answeredByName());
        if (CompanyCaseApi.INFORMATION.equals(c.type())) {
            return msg.acknowledged_by(named ? c.answeredByName() : words.by(CompanyCaseApi.CLIENT, null), day);
        }
        return named ? msg.answered_by(c.answeredByName(), day) : msg.answered(day);
    }

    private static CommentRow commentRow(Comment comment, CaseWords words, PortalCaseMsg msg) {
        return new CommentRow(msg.comment_meta(words.by(comment.side(), comment.authorName()),
                words.date(comment.at())), comment.text(), CompanyCaseApi.AGENCY.equals(comment.side()));
    }
}
