package se.byra.gateway.pages.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.clients.Managers;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.platform.web.security.Roles;

/**
 * A new case, in two steps that work without JavaScript. First (a GET form): the client (chosen here when the
 * address does not name one), the type as radios with what the client does in each, and optionally one of the
 * agency's templates. Then the type's fields (a template's filled in): title, description, due date, assignee, and a
 * document request's documents or a form's fields, with "Lägg till fler" for more rows. Saved as a draft (case-service
 * {@code POST /cases}), then the case's page with a banner.
 */
@Path(CasePaths.NEW)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class NewCaseResource {

    /** The first step's hidden field: present when its form was sent, so that nothing chosen is an error. */
    static final String STEP = "steg";

    @Inject
    CaseCalls cases;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    Managers.Loader managers;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance choose(Choose view);
    }

    /**
     * The first step: {@code clientName} null when the client is chosen here among {@code clients} (null when the
     * register cannot be read); {@code templates} null when they cannot be read.
     */
    public record Choose(String client, String clientName, List<Choice> clients, List<Choice> types,
            List<Choice> templates, FormErrors errors) {

        public boolean clientChosen() {
            return clientName != null;
        }

        public boolean clientsUnavailable() {
            return clients == null;
        }

        public boolean templatesUnavailable() {
            return templates == null;
        }

        public String cancelHref() {
            return clientName == null ? Paths.CASES : Paths.client(UUID.fromString(client));
        }
    }

    @GET
    public Uni<Response> show(@RestQuery(CasePaths.CLIENT) String kund, @RestQuery(CasePaths.TYPE) String typ,
            @RestQuery(CasePaths.TEMPLATE) String mall, @RestQuery(STEP) String steg) {
        UUID clientId = CasePages.id(kund);
        UUID templateId = CasePages.id(mall);
        String type = BoardResource.TYPES.get(typ);
        if (clientId != null && (type != null || templateId != null)) {
            return form(clientId, type, templateId);
        }
        CaseFormMsg words = page.caseFormMsg();
        FormErrors errors = new FormErrors(List.of(CasePaths.CLIENT, CasePaths.TYPE, CasePaths.TEMPLATE));
        if (steg != null) {
            if (clientId == null) {
                errors.add(CasePaths.CLIENT, words.error_client_missing());
            }
            if (type == null && templateId == null) {
                errors.add(CasePaths.TYPE, words.error_type_missing());
            }
        }
        return choose(clientId, typ, templateId, errors);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(@BeanParam CaseFormData data) {
        UUID clientId = CasePages.id(data.kund);
        String type = BoardResource.TYPES.get(data.typ);
        if (clientId == null || type == null) {
            return show(data.kund, data.typ, data.mall, STEP);
        }
        CaseForm form = CaseForm.of(data, clientId, type, false);
        CaseFormMsg words = page.caseFormMsg();
        return formPage(clientId, type, form.templateId, form.assigneeId).flatMap(shown -> {
            CaseFormPage view = shown.with(form, form.noErrors(), null, null);
            if (form.definition.more(data.action)) {
                return Uni.createFrom().item(view.answer(200));
            }
            FormErrors errors = form.check(words);
            if (errors.any()) {
                return Uni.createFrom().item(view.with(form, errors, null, null).answer(400));
            }
            return cases.create(form.toNew())
                    .map(created -> CasePages.seeOther(CasePaths.detail(created.id()), banner,
                            CaseBanner.CASE_CREATED))
                    .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithItem(failure -> view.with(form,
                            form.serviceErrors(((ServiceRefusal) failure).fieldErrors(), words), null, null)
                            .answer(400))
                    .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> view.with(form, form.noErrors(),
                            words.notice_unavailable(), null).answer(503));
        });
    }

    /** The second step for the client: the type's fields, a template's filled in. */
    private Uni<Response> form(UUID clientId, String type, UUID templateId) {
        Uni<Optional<TemplateView>> template = templateId == null ? Uni.createFrom().item(Optional.empty())
                : cases.template(templateId).map(Optional::of);
        return template.flatMap(t -> {
            String kind = t.map(TemplateView::type).orElse(type);
            return formPage(clientId, kind, templateId, null).map(view -> {
                String user = view.assignees().user();
                CaseForm form = t.map(found -> CaseForm.fromTemplate(clientId, found, user))
                        .orElseGet(() -> CaseForm.empty(clientId, kind, user));
                return view.with(form, form.noErrors(), null, null).answer(200);
            });
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                page.caseFormMsg().new_unavailable(), Paths.CASES, page.caseMsg().back_to_board()));
    }

    /** The form's page around a form still to fill in: the client's name (a 404 the page's), the assignees. */
    private Uni<CaseFormPage> formPage(UUID clientId, String type, UUID templateId, String assignee) {
        CaseMsg words = page.caseMsg();
        CaseFormMsg form = page.caseFormMsg();
        return Uni.combine().all().unis(engagement.client(clientId), managers.load(assignee, null))
                .with((ClientView client, Managers staff) -> new CaseFormPage(form.new_title(client.name()), clientId,
                        client.name(), CaseWords.type(type, words), word(type), CaseForm.empty(clientId, type, ""),
                        new FormErrors(List.of()), staff, CasePaths.NEW, Paths.client(clientId),
                        CasePaths.newFor(clientId), null, null, false));
    }

    /** The first step, with the choices the services give (each left out in words when it cannot be read). */
    private Uni<Response> choose(UUID clientId, String typeWord, UUID templateId, FormErrors errors) {
        Uni<Optional<String>> clientName = clientId == null ? Uni.createFrom().item(Optional.empty())
                : engagement.client(clientId).map(c -> Optional.of(c.name()));
        Uni<Optional<ServicePage<ClientSummary>>> clients = clientId != null ? Uni.createFrom().item(Optional.empty())
                : CasePages.optional(engagement.clients(null, 0, BoardResource.CLIENT_CHOICES), "clients");
        Uni<Optional<List<TemplateView>>> templates = CasePages.optional(cases.allTemplates(MAX_TEMPLATE_PAGES),
                "templates");
        CaseMsg words = page.caseMsg();
        return Uni.combine().all().unis(clientName, clients, templates).with((name, register, found) -> {
            List<Choice> types = CaseWords.typeRadios(typeWord, words);
            List<Choice> templateChoices = found.map(list -> list.stream().map(t -> new Choice(t.id().toString(),
                    t.id().toString(), page.caseFormMsg().template_choice(t.name(), CaseWords.type(t.type(), words)),
                    null, t.id().equals(templateId))).toList()).orElse(null);
            List<Choice> clientChoices = clientId != null ? List.of() : register.map(p -> p.items().stream()
                    .map(c -> new Choice(c.id().toString(), c.id().toString(), c.name(), null, false)).toList())
                    .orElse(null);
            Choose view = new Choose(clientId == null ? "" : clientId.toString(), name.orElse(null), clientChoices,
                    types, templateChoices, errors);
            return CasePages.page(errors.any() ? 400 : 200, Templates.choose(view));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                page.caseFormMsg().new_unavailable(), Paths.CASES, words.back_to_board()));
    }

    /** The address's word for a type. */
    static String word(String type) {
        return BoardResource.TYPES.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** How many pages of templates the first step reads at most for its choice. */
    static final int MAX_TEMPLATE_PAGES = 5;
}
