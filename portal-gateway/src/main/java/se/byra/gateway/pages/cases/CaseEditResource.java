package se.byra.gateway.pages.cases;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.clients.Managers;
import se.byra.platform.web.security.Roles;

/**
 * Editing a case: a draft wholly (all but its type), a sent case only its due date and assignee, which the form
 * says. The version read is sent back, so a change made meanwhile is the service's 409 case-changed: the form again
 * with what was typed, a notice and the way to load the case as it is now (a sent case's other parts, 409 case-sent,
 * say that instead). A case that cannot be edited now is its page with a notice.
 */
@Path(Paths.CASES + "/{id}/redigera")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class CaseEditResource {

    @Inject
    CaseCalls cases;

    @Inject
    CasePage detail;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    Managers.Loader managers;

    @GET
    public Uni<Response> form(@PathParam("id") UUID id) {
        return cases.get(id).flatMap(c -> {
            if (!c.may(CaseApi.EDIT)) {
                return detail.show(id, page.caseMsg().notice_not_editable(), null, null, 409);
            }
            CaseForm form = CaseForm.of(c);
            return formPage(c).map(view -> view.with(form, form.noErrors(), null, null).answer(200));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(page));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@PathParam("id") UUID id, @BeanParam CaseFormData data) {
        CaseFormMsg words = page.caseFormMsg();
        return cases.get(id).flatMap(c -> {
            CaseForm form = CaseForm.of(data, c.clientId(), c.type(), !c.is(CaseApi.DRAFT));
            return formPage(c).flatMap(shown -> {
                CaseFormPage view = shown.with(form, form.noErrors(), null, null);
                if (!form.sent && form.definition.more(data.action)) {
                    return Uni.createFrom().item(view.answer(200));
                }
                FormErrors errors = form.check(words);
                if (errors.any()) {
                    return Uni.createFrom().item(view.with(form, errors, null, null).answer(400));
                }
                return cases.edit(id, form.toEdit(c))
                        .map(saved -> CasePages.seeOther(CasePaths.detail(id), banner, CaseBanner.CASE_SAVED))
                        .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithItem(failure -> view.with(
                                form, form.serviceErrors(((ServiceRefusal) failure).fieldErrors(), words), null, null)
                                .answer(400))
                        .onFailure(failure -> ServiceRefusal.is(failure, 409)).recoverWithItem(failure -> view.with(
                                form, form.noErrors(), conflict(((ServiceRefusal) failure).type()),
                                CasePaths.edit(id)).answer(409))
                        .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> view.with(form,
                                form.noErrors(), words.notice_unavailable(), null).answer(503));
            });
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(page));
    }

    /** The service's 409 in words: a sent case's parts, or (case-changed, and any other) a change made meanwhile. */
    private String conflict(URI type) {
        return CasePages.CASE_SENT.equals(type) ? page.caseMsg().notice_case_sent() : page.caseFormMsg().notice_stale();
    }

    private Uni<CaseFormPage> formPage(CaseView c) {
        String assignee = c.assigneeId() == null ? null : c.assigneeId().toString();
        return managers.load(assignee, c.assigneeName()).map(staff -> new CaseFormPage(
                page.caseFormMsg().edit_title(c.title()), c.clientId(), c.clientName(),
                CaseWords.type(c.type(), page.caseMsg()), NewCaseResource.word(c.type()), CaseForm.of(c),
                new FormErrors(java.util.List.of()), staff, CasePaths.edit(c.id()), CasePaths.detail(c.id()), null,
                null, null, true));
    }
}
