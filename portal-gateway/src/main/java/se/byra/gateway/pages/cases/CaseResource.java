package se.byra.gateway.pages.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.PagesConfig;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * One case ({@link CasePage}) and what the agency does to it: send it to the client, give it back with a comment,
 * close it, cancel it (each of the last three after a page of its own that says what happens), comment, add a file
 * and remove its own while a draft, and download a file. Each ends on the case's page with a banner (POST, 303,
 * GET); one that could not be done shows the page again with a notice or its form's errors in words.
 */
@Path(Paths.CASES + "/{id}")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class CaseResource {

    static final int MAX_TEXT = 10_000;
    static final int MAX_NOTE = 2_000;
    static final String TEXT_FIELD = "text";

    @Inject
    CaseCalls cases;

    @Inject
    CasePage detail;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    PagesConfig config;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance step(Step view);
    }

    /** What a step does to the case: its address's word, the action the case must allow, the banner after it. */
    enum Kind {
        GIVE_BACK("skicka-tillbaka", CaseApi.RETURN, CaseBanner.CASE_RETURNED),
        CLOSE("avsluta", CaseApi.CLOSE, CaseBanner.CASE_CLOSED),
        CANCEL("makulera", CaseApi.CANCEL, CaseBanner.CASE_CANCELLED);

        final String word;
        final String action;
        final CaseBanner done;

        Kind(String word, String action, CaseBanner done) {
            this.word = word;
            this.action = action;
            this.done = done;
        }

        static Kind of(String word) {
            return java.util.Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst().orElseThrow();
        }
    }

    /**
     * The page before giving back, closing or cancelling: what happens, the text (a comment, required, to give it
     * back; an optional note otherwise), and the button when the case allows it now.
     */
    public record Step(CaseView c, Kind kind, boolean possible, String text, FormErrors errors, String notice) {

        public String action() {
            return CasePaths.detail(c.id()) + "/" + kind.word;
        }

        public String cancelHref() {
            return CasePaths.detail(c.id());
        }

        public boolean giveBack() {
            return kind == Kind.GIVE_BACK;
        }

        public boolean close() {
            return kind == Kind.CLOSE;
        }

        public boolean cancel() {
            return kind == Kind.CANCEL;
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    @GET
    public Uni<Response> show(@PathParam("id") UUID id) {
        return detail.show(id);
    }

    /**
     * Sends the draft to the client. Without the client's consent (409 consent-required) the page says so with the
     * way to the client's overview, where the invitation is; an approval without its document (422) says to attach
     * it first.
     */
    @POST
    @Path("/skicka")
    public Uni<Response> send(@PathParam("id") UUID id) {
        CaseMsg words = page.caseMsg();
        return cases.send(id).map(sent -> CasePages.seeOther(CasePaths.detail(id), banner, CaseBanner.CASE_SENT))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    if (CasePages.refused(failure, 409, CasePages.CONSENT_REQUIRED)) {
                        return detail.consentRequired(id);
                    }
                    return refused(id, (ServiceRefusal) failure, refusal -> refusal.status() == 422
                            ? words.notice_approval_document_missing() : null);
                })
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> unavailable(id));
    }

    /** The page before giving back, closing or cancelling: what happens, its text, and the button. */
    @GET
    @Path("/{step: skicka-tillbaka|avsluta|makulera}")
    public Uni<Response> stepPage(@PathParam("id") UUID id, @PathParam("step") String step) {
        Kind kind = Kind.of(step);
        return cases.get(id).map(c -> stepPage(new Step(c, kind, c.may(kind.action), "", stepErrors(), null), 200))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(page));
    }

    /**
     * Gives the case back to the client with a comment (required, the client reads it with the case), closes it or
     * cancels it with an optional note.
     */
    @POST
    @Path("/{step: skicka-tillbaka|avsluta|makulera}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> step(@PathParam("id") UUID id, @PathParam("step") String step,
            @RestForm(TEXT_FIELD) String text) {
        Kind kind = Kind.of(step);
        CaseMsg words = page.caseMsg();
        String value = FormValues.text(text);
        FormErrors errors = kind == Kind.GIVE_BACK
                ? textErrors(stepErrors(), TEXT_FIELD, value, words.error_give_back_missing(), MAX_TEXT, words)
                : value.length() > MAX_NOTE ? stepErrors().add(TEXT_FIELD, words.error_note_long()) : stepErrors();
        return stepAction(id, kind, value, errors, () -> switch (kind) {
            case GIVE_BACK -> cases.returnToClient(id, value);
            case CLOSE -> cases.close(id, FormValues.orNull(value));
            case CANCEL -> cases.cancel(id, FormValues.orNull(value));
        });
    }

    @POST
    @Path("/kommentarer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> comment(@PathParam("id") UUID id, @RestForm(CasePage.COMMENT_FIELD) String text) {
        CaseMsg words = page.caseMsg();
        String comment = FormValues.text(text);
        FormErrors errors = textErrors(CasePage.noErrors(), CasePage.COMMENT_FIELD, comment,
                words.error_comment_missing(), MAX_TEXT, words);
        if (errors.any()) {
            return detail.show(id, errors, comment, 400);
        }
        return cases.comment(id, comment)
                .map(done -> CasePages.seeOther(CasePaths.detail(id) + "#comments", banner, CaseBanner.COMMENTED))
                .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithUni(failure -> detail.show(id,
                        CasePage.noErrors().add(CasePage.COMMENT_FIELD, words.error_text_long()), comment, 400))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> refused(id, (ServiceRefusal) failure,
                        refusal -> null))
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> unavailable(id));
    }

    /**
     * A file for the case: refused here when none is chosen or it is larger than case-service takes, else sent on
     * as it is (the service reads its type from the bytes). Its 413 and 415 are errors at the field in words; an
     * approval's draft chooses whether the file is the document to approve ({@code item=document}). Blocking: the
     * upload is in a temporary file.
     */
    @POST
    @Path("/filer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    public Uni<Response> upload(@PathParam("id") UUID id, @RestForm(CasePage.FILE_FIELD) FileUpload upload,
            @RestForm("item") String item) {
        CaseMsg words = page.caseMsg();
        long limit = config.pages().caseFileMaxSize().asLongValue();
        if (upload == null || upload.size() == 0 || FormValues.text(upload.fileName()).isEmpty()) {
            return fileRefused(id, words.error_file_missing(), 400);
        }
        if (upload.size() > limit) {
            return fileRefused(id, words.error_file_too_large(Long.toString(limit / (1024 * 1024))), 413);
        }
        String itemAsked = CaseApi.APPROVAL_DOCUMENT.equals(item) ? CaseApi.APPROVAL_DOCUMENT : null;
        return cases.attach(id, itemAsked, upload.fileName(), read(upload))
                .map(added -> CasePages.seeOther(CasePaths.detail(id) + "#files", banner, CaseBanner.FILE_ADDED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return switch (refusal.status()) {
                        case 413 -> fileRefused(id, words.error_file_too_large(Long.toString(limit / (1024 * 1024))),
                                413);
                        case 415 -> fileRefused(id, words.error_file_type(), 415);
                        case 400 -> fileRefused(id, words.error_file_refused(), 400);
                        case 409 -> CasePages.TOO_MANY_FILES.equals(refusal.type())
                                ? fileRefused(id, words.error_file_too_many(), 409)
                                : refused(id, refusal, r -> null);
                        default -> Uni.createFrom().failure(refusal);
                    };
                })
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> unavailable(id));
    }

    /** A file of the case, always as a download: never shown in the browser, whatever it is. */
    @GET
    @Path("/filer/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Uni<Response> download(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return cases.download(id, fileId).map(file -> Response.ok(file.content(), file.contentType() == null
                ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())
                .header("Content-Disposition", attachment(file.disposition()))
                .header("X-Content-Type-Options", "nosniff").build());
    }

    /** Removes the agency's own file from a draft. */
    @POST
    @Path("/filer/{fileId}/ta-bort")
    public Uni<Response> removeFile(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
        return cases.removeAttachment(id, fileId)
                .map(removed -> CasePages.seeOther(CasePaths.detail(id) + "#files", banner, CaseBanner.FILE_REMOVED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> refused(id, (ServiceRefusal) failure,
                        refusal -> refusal.status() == 403 ? page.caseMsg().notice_file_not_removable() : null))
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> unavailable(id));
    }

    /** The service's own disposition when it is a download, else one: never {@code inline}. */
    static String attachment(String disposition) {
        return disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment")
                ? disposition : "attachment";
    }

    /**
     * A step's POST: its form again with {@code errors}, or the service's answer; the case's page with a banner when
     * done, the page with a notice when the case changed meanwhile.
     */
    private Uni<Response> stepAction(UUID id, Kind kind, String text, FormErrors errors,
            java.util.function.Supplier<Uni<CaseView>> call) {
        if (errors.any()) {
            return cases.get(id).map(c -> stepPage(new Step(c, kind, true, text, errors, null), 400));
        }
        return call.get().map(changed -> CasePages.seeOther(CasePaths.detail(id), banner, kind.done))
                .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithUni(failure -> cases.get(id)
                        .map(c -> stepPage(new Step(c, kind, true, text, stepErrors().add(TEXT_FIELD,
                                page.caseMsg().error_text_long()), null), 400)))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> refused(id, (ServiceRefusal) failure,
                        refusal -> null))
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> cases.get(id)
                        .map(c -> stepPage(new Step(c, kind, true, text, stepErrors(),
                                page.caseMsg().notice_action_unavailable()), 503))
                        .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(page)));
    }

    /** A text the form needs ({@code missing} when left empty), at most {@code max} characters. */
    private static FormErrors textErrors(FormErrors errors, String field, String value, String missing, int max,
            CaseMsg words) {
        errors.required(field, value, missing);
        return value.length() > max ? errors.add(field, words.error_text_long()) : errors;
    }

    private static FormErrors stepErrors() {
        return new FormErrors(java.util.List.of(TEXT_FIELD));
    }

    private Response stepPage(Step step, int status) {
        return CasePages.page(status, Templates.step(step));
    }

    /**
     * The service refused an action: the case's page with {@code notice}'s words for it (null: a 409 is the case
     * having changed meanwhile, anything else the error page).
     */
    private Uni<Response> refused(UUID id, ServiceRefusal refusal, Function<ServiceRefusal, String> notice) {
        String words = notice.apply(refusal);
        if (words == null && refusal.status() == 409) {
            words = CasePages.CASE_SENT.equals(refusal.type()) ? page.caseMsg().notice_case_sent()
                    : page.caseMsg().notice_changed();
        }
        return words == null ? Uni.createFrom().failure(refusal) : detail.show(id, words, null, null,
                refusal.status());
    }

    private Uni<Response> unavailable(UUID id) {
        return detail.show(id, page.caseMsg().notice_action_unavailable(), null, null, 503);
    }

    private Uni<Response> fileRefused(UUID id, String message, int status) {
        return detail.show(id, CasePage.noErrors().add(CasePage.FILE_FIELD, message), "", status);
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
