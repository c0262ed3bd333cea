package se.byra.gateway.pages.staff;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

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
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * An administrator's changes to the staff: inviting, editing, deactivating (after a page that
 * says what it does) and trying a failed login again. Every action ends on the staff list with a
 * banner (POST, 303, GET). Staff who are not administrators get the 403 page, whatever they post.
 */
@Path(Paths.STAFF)
@RolesAllowed(Roles.AGENCY_ADMIN)
@Produces(Paths.HTML)
public class StaffFormResource {

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(StaffFormPage view);

        static native TemplateInstance deactivation(DeactivationPage view);
    }

    /**
     * The form page: {@code id} is null for an invitation; {@code memberName} the name the title
     * uses when editing; {@code canDeactivate} whether to offer deactivation (an active member
     * who is not the user).
     */
    public record StaffFormPage(StaffForm form, FormErrors errors, UUID id, String memberName, String notice,
            boolean canDeactivate) {

        public boolean editing() {
            return id != null;
        }

        public String action() {
            return Paths.formAction(Paths.STAFF, id);
        }

        public String deactivateHref() {
            return Paths.STAFF + "/" + id + "/inaktivera";
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    /**
     * The page before a deactivation: what it does, and the button; or, when it cannot be done
     * ({@code errors} says why: it is the user, or the last administrator), no button.
     */
    public record DeactivationPage(UUID id, String name, boolean deactivated, boolean user, FormErrors errors) {

        public boolean possible() {
            return !deactivated && !user && !errors.any();
        }

        public String action() {
            return Paths.STAFF + "/" + id + "/inaktivera";
        }
    }

    @GET
    @Path("/ny")
    public TemplateInstance newMember() {
        StaffForm form = StaffForm.empty();
        return Templates.form(new StaffFormPage(form, new FormErrors(StaffForm.FIELD_ORDER), null, null, null, false));
    }

    @POST
    @Path("/ny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> invite(@BeanParam StaffFormData data) {
        StaffForm form = StaffForm.of(data);
        Msg msg = page.msg();
        return submit(form, null, () -> engagement.invite(form.toInvite()), Banner.Kind.STAFF_INVITED,
                conflict -> Uni.createFrom().item(show(form, new FormErrors(StaffForm.FIELD_ORDER)
                        .add("email", msg.staff_error_email_taken(form.email)), null, null, 409)));
    }

    @GET
    @Path("/{id}/redigera")
    public Uni<TemplateInstance> edit(@PathParam("id") UUID id) {
        return engagement.staffMember(id).map(member -> Templates.form(new StaffFormPage(StaffForm.of(member),
                new FormErrors(StaffForm.FIELD_ORDER), id, member.name(), null,
                EngagementCalls.ACTIVE.equals(member.status()) && !page.isUser(member))));
    }

    @POST
    @Path("/{id}/redigera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") UUID id, @BeanParam StaffFormData data) {
        StaffForm form = StaffForm.of(data);
        return submit(form, id, () -> engagement.updateStaff(id, form.toUpdate()), Banner.Kind.STAFF_SAVED,
                conflict -> updateConflict(form, id));
    }

    @GET
    @Path("/{id}/inaktivera")
    public Uni<TemplateInstance> confirmDeactivation(@PathParam("id") UUID id) {
        return engagement.staffMember(id).map(member -> Templates.deactivation(deactivation(member,
                new FormErrors(StaffForm.FIELD_ORDER))));
    }

    @POST
    @Path("/{id}/inaktivera")
    public Uni<Response> deactivate(@PathParam("id") UUID id) {
        Msg msg = page.msg();
        return engagement.deactivate(id).map(done -> toList(Banner.Kind.STAFF_DEACTIVATED))
                .onFailure(refusal -> ServiceRefusal.is(refusal, 409))
                .recoverWithUni(() -> engagement.staffMember(id).map(member -> {
                    // the service refuses the user themself and the agency's last active administrator
                    FormErrors errors = new FormErrors(StaffForm.FIELD_ORDER);
                    errors.add(null, page.isUser(member) ? msg.staff_deactivate_error_self()
                            : msg.staff_deactivate_error_last_administrator(member.name()));
                    return Response.status(409).entity(Templates.deactivation(deactivation(member, errors))).build();
                }));
    }

    /** "Försök igen" for a login that failed; when nothing failed any more, the list shows how it stands. */
    @POST
    @Path("/{id}/inloggning")
    public Uni<Response> retryLogin(@PathParam("id") UUID id) {
        return engagement.retryProvisioning(id).map(done -> toList(Banner.Kind.LOGIN_RETRIED))
                .onFailure(refusal -> ServiceRefusal.is(refusal, 409))
                .recoverWithItem(() -> Response.seeOther(URI.create(Paths.STAFF)).build());
    }

    /**
     * Checks the form, then sends it: a 400 puts the service's errors at the fields, a 409 is the
     * caller's to explain, a service that does not answer keeps the values with a notice.
     */
    private Uni<Response> submit(StaffForm form, UUID id, Supplier<Uni<StaffView>> send, Banner.Kind done,
            Function<ServiceRefusal, Uni<Response>> conflict) {
        Msg msg = page.msg();
        FormErrors errors = form.check(msg);
        if (errors.any()) {
            return Uni.createFrom().item(show(form, errors, id, null, 400));
        }
        return send.get().map(saved -> toList(done))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    if (refusal.status() == 409) {
                        return conflict.apply(refusal);
                    }
                    if (refusal.status() != 400 && refusal.status() != 422) {
                        return Uni.createFrom().failure(refusal);
                    }
                    FormErrors refused = new FormErrors(StaffForm.FIELD_ORDER);
                    form.addServiceErrors(refused, refusal.fieldErrors(), msg);
                    if (!refused.any()) {
                        refused.add(null, msg.form_error_refused());
                    }
                    return Uni.createFrom().item(show(form, refused, id, null, 400));
                })
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(form,
                        new FormErrors(StaffForm.FIELD_ORDER), id, msg.staff_notice_unavailable(), 503));
    }

    /**
     * An edit's 409 is one of three: someone else changed the member since (its version moved),
     * the last administrator's role was taken away, or another member has the e-mail address. The
     * member as it is now tells which.
     */
    private Uni<Response> updateConflict(StaffForm form, UUID id) {
        Msg msg = page.msg();
        return engagement.staffMember(id).map(current -> {
            FormErrors errors = new FormErrors(StaffForm.FIELD_ORDER);
            if (current.version() != form.versionNumber()) {
                return show(form, errors, id, msg.staff_notice_stale(), 409);
            }
            if (!form.administrator && current.administrator()) {
                errors.add("administrator", msg.staff_error_last_administrator(current.name()));
            } else {
                errors.add("email", msg.staff_error_email_taken(form.email));
            }
            return show(form, errors, id, null, 409);
        });
    }

    private DeactivationPage deactivation(StaffView member, FormErrors errors) {
        return new DeactivationPage(member.id(), member.name(), EngagementCalls.DEACTIVATED.equals(member.status()),
                page.isUser(member), errors);
    }

    private Response show(StaffForm form, FormErrors errors, UUID id, String notice, int status) {
        return Response.status(status).entity(Templates.form(new StaffFormPage(form, errors, id,
                id == null ? null : form.name, notice, false))).build();
    }

    private Response toList(Banner.Kind kind) {
        return Response.seeOther(URI.create(Paths.STAFF)).cookie(banner.after(kind)).build();
    }
}
