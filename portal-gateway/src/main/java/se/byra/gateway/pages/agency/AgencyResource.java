package se.byra.gateway.pages.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.AgencyView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.downstream.ServiceUnavailable;
import se.byra.gateway.pages.AddressFields;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.PagesConfig;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The agency's own profile (Byrån): every staff member reads it; an administrator edits it,
 * uploads the logo (a file input, sent on to engagement-service as the raw image) and removes it.
 * The logo is shown through {@code /logotyp} here, which passes the service's image on with its
 * type and nosniff. A logo the service refuses (too large, not PNG or JPEG) is an error at the
 * file field, in words.
 */
@Path(Paths.AGENCY_PROFILE)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class AgencyResource {

    static final String LOGO_FIELD = "logo";
    static final String LOGO_PATH = Paths.AGENCY_PROFILE + "/logotyp";
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");
    private static final List<String> LOGO_ORDER = List.of(LOGO_FIELD);

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    PagesConfig config;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance profile(ProfilePage view);

        static native TemplateInstance form(AgencyFormPage view);
    }

    /** The profile in words; {@code errors} the logo upload's, {@code banner} the words after an action. */
    public record ProfilePage(AgencyView agency, List<String> address, String banner, FormErrors errors,
            long logoLimitKb) {

        /** Nothing is saved before an administrator first fills the profile in (version 0). */
        public boolean filledIn() {
            return agency.version() > 0;
        }

        public boolean hasLogo() {
            return agency.logo() != null;
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public String logoSrc() {
            return LOGO_PATH;
        }
    }

    public record AgencyFormPage(AgencyForm form, FormErrors errors, String notice) {

        /** Nothing saved yet: the administrator fills the profile in rather than changes it. */
        public boolean firstTime() {
            return "0".equals(form.version);
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public String action() {
            return Paths.AGENCY_PROFILE + "/redigera";
        }
    }

    @GET
    public Uni<TemplateInstance> profile() {
        String bannerText = banner.takeText(page.msg());
        return engagement.agency().map(agency -> Templates.profile(profilePage(agency, bannerText,
                new FormErrors(LOGO_ORDER))));
    }

    @GET
    @Path("/redigera")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    public Uni<TemplateInstance> edit() {
        return engagement.agency().map(agency -> Templates.form(new AgencyFormPage(AgencyForm.of(agency),
                new FormErrors(AgencyForm.FIELD_ORDER), null)));
    }

    @POST
    @Path("/redigera")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@BeanParam AgencyFormData data) {
        AgencyForm form = AgencyForm.of(data);
        Msg msg = page.msg();
        FormErrors errors = form.check(msg);
        if (errors.any()) {
            return Uni.createFrom().item(show(form, errors, null, 400));
        }
        return engagement.updateAgency(form.toUpdate()).map(saved -> toProfile(Banner.Kind.AGENCY_SAVED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    FormErrors refused = new FormErrors(AgencyForm.FIELD_ORDER);
                    switch (refusal.status()) {
                        case 409 -> {
                            return Uni.createFrom().item(show(form, refused, msg.agency_notice_stale(), 409));
                        }
                        case 400, 422 -> {
                            form.addServiceErrors(refused, refusal.fieldErrors(), msg);
                            if (!refused.any()) {
                                refused.add(null, msg.form_error_refused());
                            }
                            return Uni.createFrom().item(show(form, refused, null, 400));
                        }
                        default -> {
                            return Uni.createFrom().failure(refusal);
                        }
                    }
                })
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(form,
                        new FormErrors(AgencyForm.FIELD_ORDER), msg.agency_notice_unavailable(), 503));
    }

    /** The logo as the service serves it: PNG or JPEG, never read as anything else. */
    @GET
    @Path("/logotyp")
    @Produces({ "image/png", "image/jpeg" })
    public Uni<Response> logo() {
        return engagement.logo().map(logo -> {
            if (logo.contentType() == null || !IMAGE_TYPES.contains(logo.contentType())) {
                throw new ServiceUnavailable("The logo came as " + logo.contentType() + ", not PNG or JPEG");
            }
            return Response.ok(logo.image(), logo.contentType()).header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", "inline").build();
        });
    }

    /**
     * A new logo from the file field: refused here when it is empty or larger than the service
     * takes, else sent on as it is; the service reads its type from the bytes (413 and 415 are
     * shown at the field). Blocking: the upload is in a temporary file.
     */
    @POST
    @Path("/logotyp")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    public Uni<Response> uploadLogo(@RestForm(LOGO_FIELD) FileUpload upload) {
        Msg msg = page.msg();
        long limit = config.pages().logoMaxSize().asLongValue();
        if (upload == null || upload.size() == 0) {
            return logoRefused(msg.agency_logo_error_missing(), 400);
        }
        if (upload.size() > limit) {
            return logoRefused(msg.agency_logo_error_too_large(limit / 1024), 413);
        }
        return engagement.putLogo(read(upload)).map(saved -> toProfile(Banner.Kind.LOGO_SAVED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return switch (refusal.status()) {
                        case 413 -> logoRefused(msg.agency_logo_error_too_large(limit / 1024), 413);
                        case 415 -> logoRefused(msg.agency_logo_error_type(), 415);
                        default -> Uni.createFrom().failure(refusal);
                    };
                });
    }

    @POST
    @Path("/logotyp/ta-bort")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    public Uni<Response> removeLogo() {
        return engagement.deleteLogo().map(agency -> toProfile(Banner.Kind.LOGO_REMOVED));
    }

    /** The profile page again, with the logo's error at its field. */
    private Uni<Response> logoRefused(String message, int status) {
        FormErrors errors = new FormErrors(LOGO_ORDER).add(LOGO_FIELD, message);
        return engagement.agency().map(agency -> Response.status(status)
                .entity(Templates.profile(profilePage(agency, null, errors))).build());
    }

    private ProfilePage profilePage(AgencyView agency, String bannerText, FormErrors errors) {
        return new ProfilePage(agency, AddressFields.lines(agency.address()), bannerText, errors,
                config.pages().logoMaxSize().asLongValue() / 1024);
    }

    private Response show(AgencyForm form, FormErrors errors, String notice, int status) {
        return Response.status(status).entity(Templates.form(new AgencyFormPage(form, errors, notice))).build();
    }

    private Response toProfile(Banner.Kind kind) {
        return Response.seeOther(URI.create(Paths.AGENCY_PROFILE)).cookie(banner.after(kind)).build();
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded logo", e);
        }
    }
}
