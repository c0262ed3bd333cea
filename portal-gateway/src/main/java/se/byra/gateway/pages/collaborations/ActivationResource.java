package se.byra.gateway.pages.collaborations;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import se.byra.gateway.downstream.CollaborationApi.ActivationPreview;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.overview.MainContact;
import se.byra.gateway.pages.overview.OverviewPage.Notice;
import se.byra.platform.web.security.Roles;

/**
 * Activating a collaboration in a service with a client (seed 002): what the service gives, what activating means in
 * the client's case (a new customer, a customer new to the service, or one already using it), the main contact to
 * check for a new customer, and the engagement and options to choose. What cannot be done is said instead of the
 * form: no engagement in force, a collaboration already waiting or active (with the way to it), a main contact without
 * a name or an e-mail address (with the way to the client's edit page). After activating: the collaboration's page
 * with a banner and the service's next steps.
 */
@Path(Paths.CLIENTS + "/{clientId}" + Paths.CLIENT_COLLABORATIONS + "/aktivera")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ActivationResource {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance activate(ActivationPage view);
    }

    /**
     * The page: the preview in words, the form as filled in and its errors; {@code notice} why activating could not
     * be done. {@code open} says which collaboration exists already (null: none).
     */
    public record ActivationPage(UUID clientId, String clientName, ServiceView service, String scenario,
            boolean newCustomer, String contactName, String contactEmail, String missing, String open,
            String openHref, boolean engagementsInForce, boolean ready, OptionsForm form, OptionFields fields,
            FormErrors errors, Notice notice) {

        public String action() {
            return CollabPaths.activate(clientId, service.code());
        }

        public String overviewHref() {
            return Paths.client(clientId);
        }

        public String editHref() {
            return CollabPaths.editClient(clientId);
        }

        public String engagementsHref() {
            return CollabPaths.engagements(clientId);
        }

        public boolean hasMissing() {
            return missing != null;
        }

        public boolean hasOpen() {
            return open != null;
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasTerms() {
            return service.terms() != null && service.terms().text() != null;
        }
    }

    @GET
    public Uni<Response> form(@PathParam("clientId") UUID clientId, @RestQuery(CollabPaths.SERVICE) String service) {
        return preview(clientId, service).map(preview -> show(preview, OptionsForm.empty(preview.service().code())
                .withTheOnlyChoices(preview.service(), preview.engagements()), OptionsForm.noErrors(), null, 200))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> unavailable(clientId));
    }

    /**
     * Checks the choices against the service's options, then activates. The service's 400 puts its errors at the
     * fields; its 409 (a collaboration opened meanwhile) and 422 (no engagement in force, a main contact lacking what
     * an administrator needs) show the page again as it is now, with a notice in words.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> activate(@PathParam("clientId") UUID clientId,
            @RestQuery(CollabPaths.SERVICE) String service, @BeanParam OptionsFormData data) {
        OptionsForm form = OptionsForm.of(data);
        CollabMsg words = page.collabMsg();
        return preview(clientId, service).flatMap(preview -> {
            form.service = preview.service().code();
            FormErrors errors = form.check(preview.service(), preview.engagements(), words);
            if (errors.any()) {
                return Uni.createFrom().item(show(preview, form, errors, null, 400));
            }
            return collaboration.activate(clientId, form.toActivate())
                    .map(created -> Response.seeOther(URI.create(CollabPaths.detail(created.id())))
                            .cookie(banner.after(Banner.Kind.COLLABORATION_ACTIVATED)).build())
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> refused(clientId, service, form,
                            preview, (ServiceRefusal) failure))
                    .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(preview, form,
                            OptionsForm.noErrors(), new Notice(words.activate_unavailable()), 503));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> unavailable(clientId));
    }

    private Uni<Response> refused(UUID clientId, String service, OptionsForm form, ActivationPreview before,
            ServiceRefusal refusal) {
        CollabMsg words = page.collabMsg();
        Msg msg = page.msg();
        return switch (refusal.status()) {
            case 400 -> Uni.createFrom().item(show(before, form, OptionsForm.serviceErrors(refusal.fieldErrors(),
                    words), null, 400));
            case 409 -> preview(clientId, service).map(now -> show(now, form, OptionsForm.noErrors(),
                    new Notice(words.activate_exists()), 409));
            case 422 -> preview(clientId, service).map(now -> show(now, form, OptionsForm.noErrors(),
                    unprocessable(clientId, refusal, words, msg), 422));
            default -> Uni.createFrom().failure(refusal);
        };
    }

    /** The service's 422 in words: what the main contact lacks, or that the client has no engagement in force. */
    private static Notice unprocessable(UUID clientId, ServiceRefusal refusal, CollabMsg words, Msg msg) {
        if (CollabPages.MAIN_CONTACT_INCOMPLETE.equals(refusal.type())) {
            return new Notice(MainContact.missing(refusal.fieldErrors(), msg), msg.account_incomplete_recent(),
                    CollabPaths.editClient(clientId), msg.overview_edit_client());
        }
        return new Notice(words.engagement_required(), null, CollabPaths.engagements(clientId),
                words.engagement_required_link());
    }

    /** The preview; a service the catalogue does not have (the service's 400) is no page, as an unknown client. */
    private Uni<ActivationPreview> preview(UUID clientId, String service) {
        if (service == null || service.isBlank()) {
            return Uni.createFrom().failure(new NotFoundException());
        }
        return collaboration.activationPreview(clientId, service.strip())
                .onFailure(failure -> ServiceRefusal.is(failure, 400))
                .transform(failure -> new NotFoundException());
    }

    private Response show(ActivationPreview preview, OptionsForm form, FormErrors errors, Notice notice, int status) {
        CollabMsg words = page.collabMsg();
        ServiceView service = preview.service();
        boolean newCustomer = CollabWords.NEW_CUSTOMER.equals(preview.scenario());
        String missing = newCustomer ? MainContact.missingFields(preview.mainContact() == null ? List.of()
                : preview.mainContact().missing(), page.msg()) : null;
        String open = preview.openCollaborationId() == null ? null
                : CollaborationApi.INVITED.equals(preview.openStatus()) ? words.open_invited(service.name())
                        : CollaborationApi.ACTIVE.equals(preview.openStatus()) ? words.open_active(service.name())
                                : words.open_other(service.name());
        return CollabPages.page(status, Templates.activate(new ActivationPage(preview.clientId(),
                preview.clientName(), service, scenario(preview, words), newCustomer,
                preview.mainContact() == null ? null : preview.mainContact().name(),
                preview.mainContact() == null ? null : preview.mainContact().email(), missing, open,
                preview.openCollaborationId() == null ? null : CollabPaths.detail(preview.openCollaborationId()),
                !preview.engagements().isEmpty(), preview.ready(), form,
                form.fields(service, preview.engagements(), page), errors, notice)));
    }

    /** What activating means for this client, in the words of seed 002. */
    private static String scenario(ActivationPreview preview, CollabMsg words) {
        String names = String.join(", ", preview.approvers());
        boolean named = !preview.approvers().isEmpty();
        return switch (preview.scenario() == null ? "" : preview.scenario()) {
            case CollabWords.NEW_CUSTOMER -> words.scenario_new_customer();
            case CollabWords.NEW_SERVICE -> named ? words.scenario_new_service(names)
                    : words.scenario_new_service_unnamed();
            default -> named ? words.scenario_existing_service(names) : words.scenario_existing_service_unnamed();
        };
    }

    private Response unavailable(UUID clientId) {
        return CollabPages.unavailable(page.collabMsg().unavailable_one(), Paths.client(clientId),
                page.msg().back_to_client());
    }
}
