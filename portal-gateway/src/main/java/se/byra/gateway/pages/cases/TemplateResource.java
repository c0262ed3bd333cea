package se.byra.gateway.pages.cases;

import java.util.List;
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

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.platform.web.security.Roles;

/**
 * The agency's case templates: the list (by name, paged), a new one (its type first, then its fields, the same as a
 * new case's plus "Svarstid i dagar"), changing one (the version read sent back: a change made meanwhile is a notice
 * with the way to the template as it is now) and removing one after a page that says what it does. Sending one to
 * many clients is {@link DispatchResource}.
 */
@Path(CasePaths.TEMPLATES)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class TemplateResource {

    static final int PAGE_SIZE = 20;

    @Inject
    CaseCalls cases;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(TemplateList view);

        static native TemplateInstance chooseType(ChooseType view);

        static native TemplateInstance form(TemplateFormPage view);

        static native TemplateInstance removal(Removal view);
    }

    public record TemplateList(Listing listing, List<Row> rows, String banner) {

        public boolean hasBanner() {
            return banner != null;
        }
    }

    /** A template in the list; {@code sendHref} null for an approval, which is sent one by one. */
    public record Row(String name, String editHref, String type, String title, String days, String sendHref,
            String removeHref) {
    }

    /** The page before removing a template: what it does, and the button. */
    public record Removal(TemplateView template) {

        public String action() {
            return CasePaths.removeTemplate(template.id());
        }
    }

    public record ChooseType(List<Choice> types, FormErrors errors) {
    }

    /** The template's form: {@code notice} (with {@code reloadHref}) when it could not be saved as it is. */
    public record TemplateFormPage(String heading, String typeName, String typeWord, TemplateForm form,
            FormErrors errors, String action, String changeTypeHref, String notice, String reloadHref,
            boolean editing) {

        public boolean hasNotice() {
            return notice != null;
        }
    }

    @GET
    public Uni<Response> list(@RestQuery(Listing.PAGE_PARAMETER) String sida) {
        int asked = Listing.pageAsked(sida);
        String bannerText = CasePages.bannerText(banner, page);
        CaseMsg words = page.caseMsg();
        return cases.templates(null, asked - 1, PAGE_SIZE).map(result -> {
            Listing listing = new Listing(CasePaths.TEMPLATES, "", asked, PAGE_SIZE, result.totalItems());
            List<Row> rows = result.items().stream().map(t -> new Row(t.name(), CasePaths.editTemplate(t.id()),
                    CaseWords.type(t.type(), words), t.title(), t.dueInDays() == null ? words.days_none()
                            : words.days(t.dueInDays().toString()),
                    CaseApi.APPROVAL.equals(t.type()) ? null : CasePaths.dispatch(t.id()),
                    CasePaths.removeTemplate(t.id()))).toList();
            return listing.answer(false, rows.isEmpty(), () -> Templates.list(new TemplateList(listing, rows,
                    bannerText)));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                page.caseFormMsg().templates_unavailable(), Paths.CASES, words.back_to_board()));
    }

    @GET
    @Path("/ny")
    public Response newForm(@RestQuery(CasePaths.TYPE) String typ, @RestQuery(NewCaseResource.STEP) String steg) {
        String type = BoardResource.TYPES.get(typ);
        if (type == null) {
            FormErrors errors = new FormErrors(List.of(CasePaths.TYPE));
            if (steg != null) {
                errors.add(CasePaths.TYPE, page.caseFormMsg().error_type_missing());
            }
            return CasePages.page(errors.any() ? 400 : 200, Templates.chooseType(new ChooseType(CaseWords.typeRadios(null, page.caseMsg()), errors)));
        }
        TemplateForm form = TemplateForm.empty(type);
        return formPage(type, form, form.noErrors(), null, null, false, null, 200);
    }

    @POST
    @Path("/ny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@BeanParam CaseFormData data) {
        String type = BoardResource.TYPES.get(data.typ);
        if (type == null) {
            return Uni.createFrom().item(newForm(data.typ, NewCaseResource.STEP));
        }
        CaseFormMsg words = page.caseFormMsg();
        TemplateForm form = TemplateForm.of(data, type);
        return save(form, data.action, null, () -> cases.createTemplate(form.toBody())
                .map(created -> CasePages.seeOther(CasePaths.TEMPLATES, banner, CaseBanner.TEMPLATE_CREATED))
                .onFailure(failure -> ServiceRefusal.is(failure, 409)).recoverWithItem(() -> formPage(type, form,
                        form.noErrors().add("name", words.error_template_name_taken()), null, null, false, null,
                        409)));
    }

    @GET
    @Path("/{id}/redigera")
    public Uni<Response> editForm(@PathParam("id") UUID id) {
        return cases.template(id).map(t -> {
            TemplateForm form = TemplateForm.of(t);
            return formPage(t.type(), form, form.noErrors(), null, null, true, id, 200);
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                page.caseFormMsg().templates_unavailable(), CasePaths.TEMPLATES, page.caseFormMsg().back_to_templates()));
    }

    /**
     * Saves a change. The service's 409 template-changed is a change made meanwhile (a notice with the way to the
     * template as it is now, the values typed kept); any other 409 is the name another template has
     * (template-name-taken, or two saves at once meeting at the unique name), said at the field.
     */
    @POST
    @Path("/{id}/redigera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> edit(@PathParam("id") UUID id, @BeanParam CaseFormData data) {
        CaseFormMsg words = page.caseFormMsg();
        return cases.template(id).flatMap(t -> {
            TemplateForm form = TemplateForm.of(data, t.type());
            return save(form, data.action, id, () -> cases.updateTemplate(id, form.toBody())
                    .map(saved -> CasePages.seeOther(CasePaths.TEMPLATES, banner, CaseBanner.TEMPLATE_SAVED))
                    .onFailure(failure -> ServiceRefusal.is(failure, 409)).recoverWithItem(failure ->
                            CasePages.refused(failure, 409, CasePages.TEMPLATE_CHANGED)
                                    ? formPage(t.type(), form, form.noErrors(), words.notice_template_stale(),
                                            CasePaths.editTemplate(id), true, id, 409)
                                    : formPage(t.type(), form, form.noErrors().add("name",
                                            words.error_template_name_taken()), null, null, true, id, 409)));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                words.templates_unavailable(), CasePaths.TEMPLATES, words.back_to_templates()));
    }

    @GET
    @Path("/{id}/ta-bort")
    public Uni<Response> removal(@PathParam("id") UUID id) {
        return cases.template(id).map(t -> CasePages.page(200, Templates.removal(new Removal(t))))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                        page.caseFormMsg().templates_unavailable(), CasePaths.TEMPLATES,
                        page.caseFormMsg().back_to_templates()));
    }

    @POST
    @Path("/{id}/ta-bort")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return cases.deleteTemplate(id)
                .map(removed -> CasePages.seeOther(CasePaths.TEMPLATES, banner, CaseBanner.TEMPLATE_REMOVED))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                        page.caseFormMsg().templates_unavailable(), CasePaths.TEMPLATES,
                        page.caseFormMsg().back_to_templates()));
    }

    /**
     * A template's POST: "Lägg till fler" shows the form again; the gateway's errors, the service's 400 and a
     * service that does not answer show it with the values kept; else {@code call}'s answer.
     */
    private Uni<Response> save(TemplateForm form, String action, UUID id,
            java.util.function.Supplier<Uni<Response>> call) {
        CaseFormMsg words = page.caseFormMsg();
        boolean editing = id != null;
        if (form.definition.more(action)) {
            return Uni.createFrom().item(formPage(form.type, form, form.noErrors(), null, null, editing, id, 200));
        }
        FormErrors errors = form.check(words);
        if (errors.any()) {
            return Uni.createFrom().item(formPage(form.type, form, errors, null, null, editing, id, 400));
        }
        return call.get()
                .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithItem(failure -> formPage(form.type,
                        form, form.serviceErrors(((ServiceRefusal) failure).fieldErrors(), words), null, null,
                        editing, id, 400))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> formPage(form.type, form,
                        form.noErrors(), words.notice_unavailable(), null, editing, id, 503));
    }

    private Response formPage(String type, TemplateForm form, FormErrors errors, String notice, String reloadHref,
            boolean editing, UUID id, int status) {
        CaseFormMsg words = page.caseFormMsg();
        String typeName = CaseWords.type(type, page.caseMsg());
        return CasePages.page(status, Templates.form(new TemplateFormPage(editing ? words.template_edit_title(
                form.name.isEmpty() ? typeName : form.name) : words.template_new_title(typeName), typeName,
                NewCaseResource.word(type), form, errors, editing ? CasePaths.editTemplate(id)
                        : CasePaths.NEW_TEMPLATE, editing ? null : CasePaths.NEW_TEMPLATE, notice, reloadHref,
                editing)));
    }
}
