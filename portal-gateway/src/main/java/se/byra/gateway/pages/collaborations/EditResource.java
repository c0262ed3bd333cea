package se.byra.gateway.pages.collaborations;

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
 * Changing an invited or active collaboration: its engagement, variant, agreement period, invoice recipient and
 * payment recipient, made from the version shown (a hidden field). A change someone else made meanwhile (the
 * service's 409 with the version moved) shows the form again with a notice and the way to the latest version; a
 * collaboration no longer open says it cannot be changed.
 */
@Path(Paths.COLLABORATIONS + "/{id}/redigera")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class EditResource {

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

        static native TemplateInstance edit(EditPage view);
    }

    /** The form page; {@code open} false: the collaboration cannot be changed (no form); {@code notice} above it. */
    public record EditPage(CollaborationView c, boolean open, OptionsForm form, OptionFields fields,
            FormErrors errors, String notice, boolean stale) {

        public String action() {
            return CollabPaths.edit(c.id());
        }

        public String service() {
            return c.serviceName() == null ? "" : c.serviceName();
        }

        public String detailHref() {
            return CollabPaths.detail(c.id());
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    /** What the form needs: the collaboration, its service's options and the engagements to choose from. */
    private record Loaded(CollaborationView c, ServiceView service, List<EngagementOption> engagements) {
    }

    @GET
    public Uni<Response> form(@PathParam("id") UUID id) {
        return load(id).map(loaded -> show(loaded, OptionsForm.of(loaded.c()), OptionsForm.noErrors(), null, false,
                200)).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> save(@PathParam("id") UUID id, @BeanParam OptionsFormData data) {
        OptionsForm form = OptionsForm.of(data);
        CollabMsg words = page.collabMsg();
        return load(id).flatMap(loaded -> {
            form.service = loaded.c().service();
            if (!open(loaded.c())) {
                return Uni.createFrom().item(show(loaded, form, OptionsForm.noErrors(), null, false, 409));
            }
            FormErrors errors = form.check(loaded.service(), loaded.engagements(), words);
            if (errors.any()) {
                return Uni.createFrom().item(show(loaded, form, errors, null, false, 400));
            }
            return collaboration.edit(id, form.toEdit())
                    .map(saved -> CollabPages.seeOther(CollabPaths.detail(id))
                            .cookie(banner.after(Banner.Kind.COLLABORATION_SAVED)).build())
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> refused(id, loaded, form,
                            (ServiceRefusal) failure))
                    .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(loaded, form,
                            OptionsForm.noErrors(), words.edit_unavailable(), false, 503));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    /**
     * The service's refusal in words: 400 at the fields; 409 either a stale version (the collaboration as it is now
     * tells) or a collaboration no longer open; 422 an engagement changed to while the client has none in force.
     */
    private Uni<Response> refused(UUID id, Loaded loaded, OptionsForm form, ServiceRefusal refusal) {
        CollabMsg words = page.collabMsg();
        return switch (refusal.status()) {
            case 400 -> Uni.createFrom().item(show(loaded, form, OptionsForm.serviceErrors(refusal.fieldErrors(),
                    words), null, false, 400));
            case 409 -> collaboration.collaboration(id).map(now -> now.version() != form.versionNumber()
                    ? show(loaded, form, OptionsForm.noErrors(), words.edit_stale(), true, 409)
                    : show(new Loaded(now, loaded.service(), loaded.engagements()), form, OptionsForm.noErrors(),
                            null, false, 409));
            case 422 -> Uni.createFrom().item(show(loaded, form, OptionsForm.noErrors(),
                    words.engagement_required(), false, 422));
            default -> Uni.createFrom().failure(refusal);
        };
    }

    private Uni<Loaded> load(UUID id) {
        return collaboration.collaboration(id).flatMap(c -> {
            if (c.service() == null) {
                return Uni.createFrom().item(new Loaded(c, null, List.of()));
            }
            return Uni.combine().all().unis(collaboration.catalogueService(c.service()), engagements.forEditing(c))
                    .with((service, inForce) -> new Loaded(c, service, inForce));
        });
    }

    private static boolean open(CollaborationView c) {
        return c.service() != null && (c.is(CollaborationApi.INVITED) || c.is(CollaborationApi.ACTIVE));
    }

    private Response show(Loaded loaded, OptionsForm form, FormErrors errors, String notice, boolean stale,
            int status) {
        boolean open = open(loaded.c());
        return CollabPages.page(status, Templates.edit(new EditPage(loaded.c(), open, form,
                open ? form.fields(loaded.service(), loaded.engagements(), page) : null, errors, notice, stale)));
    }
}
