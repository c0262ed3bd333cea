package se.byra.gateway.pages.collaborations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.EngagementOption;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * Linking an unlinked collaboration (imported from an older system) to its service and an engagement in force, in two
 * steps that work without JavaScript: first the service (a GET form: a select of the catalogue, the service the older
 * system named chosen when the catalogue has it), then the engagement and the options that service takes. Linked, it
 * is active at once.
 */
@Path(Paths.COLLABORATIONS + "/{id}/koppla")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class LinkResource {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    ClientEngagements engagements;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance link(LinkPage view);
    }

    /**
     * The page: {@code services} the first step's choices (empty on the second), {@code service} the one chosen (null
     * on the first); {@code linkable} false when the collaboration is linked already; {@code engagementsInForce}
     * false: no engagement to link to.
     */
    public record LinkPage(CollaborationView c, boolean linkable, List<Choice> services, ServiceView service,
            boolean engagementsInForce, OptionsForm form, OptionFields fields, FormErrors errors, String notice) {

        public String action() {
            return CollabPaths.link(c.id());
        }

        public String detailHref() {
            return CollabPaths.detail(c.id());
        }

        public String engagementsHref() {
            return CollabPaths.engagements(c.clientId());
        }

        public boolean choosing() {
            return service == null;
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasImportedName() {
            return c.importServiceName() != null && !c.importServiceName().isBlank();
        }
    }

    @GET
    public Uni<Response> form(@PathParam("id") UUID id, @RestQuery(CollabPaths.SERVICE) String service) {
        CollabMsg words = page.collabMsg();
        return collaboration.collaboration(id).flatMap(c -> {
            if (!c.is(CollaborationApi.UNLINKED)) {
                return Uni.createFrom().item(page(c, false, null, null, List.of(), OptionsForm.empty(""),
                        OptionsForm.noErrors(), null, 200));
            }
            if (service == null || service.isBlank()) {
                return chooseService(c, OptionsForm.empty(""), OptionsForm.noErrors(), 200);
            }
            OptionsForm form = OptionsForm.empty(service.strip());
            return options(c, form.service).flatMap(loaded -> loaded.isEmpty()
                    ? chooseService(c, form, OptionsForm.noErrors().add(OptionsForm.SERVICE,
                            words.error_service_missing()), 400)
                    : Uni.createFrom().item(page(c, true, null, loaded.get().service(), loaded.get().engagements(),
                            form.withTheOnlyChoices(loaded.get().service(), loaded.get().engagements()),
                            OptionsForm.noErrors(), null, 200)));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> link(@PathParam("id") UUID id, @BeanParam OptionsFormData data) {
        OptionsForm form = OptionsForm.of(data);
        CollabMsg words = page.collabMsg();
        return collaboration.collaboration(id).flatMap(c -> options(c, form.service).flatMap(loaded -> {
            if (loaded.isEmpty()) {
                return chooseService(c, form, OptionsForm.noErrors().add(OptionsForm.SERVICE,
                        words.error_service_missing()), 400);
            }
            ServiceView service = loaded.get().service();
            List<EngagementOption> inForce = loaded.get().engagements();
            if (!c.is(CollaborationApi.UNLINKED)) {
                return Uni.createFrom().item(page(c, false, null, service, inForce, form, OptionsForm.noErrors(),
                        null, 409));
            }
            FormErrors errors = form.check(service, inForce, words);
            if (errors.any()) {
                return Uni.createFrom().item(page(c, true, null, service, inForce, form, errors, null, 400));
            }
            return collaboration.link(id, form.toLink())
                    .map(linked -> CollabPages.seeOther(CollabPaths.detail(id))
                            .cookie(banner.after(Banner.Kind.COLLABORATION_LINKED)).build())
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                        ServiceRefusal refusal = (ServiceRefusal) failure;
                        return switch (refusal.status()) {
                            case 400 -> Uni.createFrom().item(page(c, true, null, service, inForce, form,
                                    OptionsForm.serviceErrors(refusal.fieldErrors(), words), null, 400));
                            case 409 -> Uni.createFrom().item(page(c, true, null, service, inForce, form,
                                    OptionsForm.noErrors(), words.link_conflict(), 409));
                            case 422 -> Uni.createFrom().item(page(c, true, null, service, List.of(), form,
                                    OptionsForm.noErrors(), null, 422));
                            default -> Uni.createFrom().failure(refusal);
                        };
                    })
                    .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> page(c, true, null, service,
                            inForce, form, OptionsForm.noErrors(), words.link_unavailable(), 503));
        })).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    /** The service chosen and the client's engagements in force; empty when the catalogue has no such service. */
    private record Loaded(ServiceView service, List<EngagementOption> engagements) {
    }

    private Uni<Optional<Loaded>> options(CollaborationView c, String service) {
        if (service == null || service.isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Uni.combine().all().unis(collaboration.catalogueService(service), engagements.inForce(c.clientId()))
                .with((s, inForce) -> Optional.of(new Loaded(s, inForce)))
                .onFailure(failure -> ServiceRefusal.is(failure, 404)).recoverWithItem(Optional.empty());
    }

    /** The first step: the catalogue as a select, the service the older system named chosen when it is there. */
    private Uni<Response> chooseService(CollaborationView c, OptionsForm form, FormErrors errors, int status) {
        return collaboration.catalogue().map(catalogue -> {
            String chosen = form.service.isEmpty() ? catalogue.stream()
                    .filter(s -> s.name().equalsIgnoreCase(String.valueOf(c.importServiceName()).strip()))
                    .map(ServiceView::code).findFirst().orElse("") : form.service;
            List<Choice> services = new ArrayList<>();
            for (ServiceView s : catalogue) {
                services.add(new Choice(Choice.id(OptionsForm.SERVICE, services.size()), s.code(), s.name(), null,
                        s.code().equals(chosen)));
            }
            return page(c, true, services, null, List.of(), form, errors, null, status);
        });
    }

    private Response page(CollaborationView c, boolean linkable, List<Choice> services, ServiceView service,
            List<EngagementOption> inForce, OptionsForm form, FormErrors errors, String notice, int status) {
        return CollabPages.page(status, Templates.link(new LinkPage(c, linkable, services == null ? List.of()
                : services, service, !inForce.isEmpty(), form, service == null ? null
                        : form.fields(service, inForce, page), errors, notice)));
    }
}
