package se.byra.gateway.pages.portal;

import java.net.URI;
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
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.ClientUserView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalMsg;
import se.byra.gateway.pages.users.InviteForm;
import se.byra.gateway.pages.users.InviteFormData;
import se.byra.gateway.pages.users.Invitations;
import se.byra.gateway.pages.users.UserRow;
import se.byra.platform.web.security.Roles;

/**
 * A company's users in the portal: every member sees them (name, e-mail, role, login); its administrator also
 * invites (the form below the table, its errors on the same page) and removes them, after a page that says what
 * removing does. A user who is not the company's administrator gets the 403 page for the changes, whatever they
 * post, and the service is not called; another company's address is the 404 page.
 */
@Path(Paths.COMPANIES + "/{id}" + Paths.USERS)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class CompanyUsersResource {

    static final int PAGE_SIZE = 20;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance users(UsersPage view);

        static native TemplateInstance removal(RemovalPage view);
    }

    /** One page of the company's users, the invitation form (administrators only) and what an action left. */
    public record UsersPage(CurrentCompany company, Listing listing, List<UserRow> rows, InviteForm form,
            FormErrors errors, String notice, String banner) {

        public String removeHref(UserRow row) {
            return company.usersHref() + "/" + row.id() + "/ta-bort";
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasBanner() {
            return banner != null;
        }
    }

    /**
     * The page before a removal: what it does, and the button; or, when it cannot be done ({@code you}: it is the
     * user; {@code errors}: the service refused), why, without a button.
     */
    public record RemovalPage(CurrentCompany company, ClientUserView user, boolean you, FormErrors errors) {

        public boolean possible() {
            return !you && !errors.any();
        }

        public String action() {
            return company.usersHref() + "/" + user.clientUserId() + "/ta-bort";
        }
    }

    @GET
    public Uni<Response> users(@PathParam("id") UUID id, @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        String bannerText = banner.takeText(page.msg());
        return companies.current(id).flatMap(company -> show(company, Listing.pageAsked(sida),
                InviteForm.empty(true), InviteForm.noErrors(), null, bannerText, 200));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> invite(@PathParam("id") UUID id, @BeanParam InviteFormData data) {
        InviteForm form = InviteForm.of(data, true);
        return companies.administered(id).flatMap(company -> Invitations.send(form, company.name(),
                invitation -> collaboration.inviteToCompany(id, invitation),
                () -> toUsers(company, Banner.Kind.USER_INVITED),
                (errors, notice, status) -> show(company, 1, form, errors, notice, null, status), page.msg()))
                .onFailure(failure -> ServiceRefusal.is(failure, 403)).transform(refused -> new ForbiddenException());
    }

    @GET
    @Path("/{userId}/ta-bort")
    public Uni<TemplateInstance> confirmRemoval(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        return companies.administered(id).flatMap(company -> collaboration.companyUser(id, userId)
                .map(user -> Templates.removal(removal(company, user, InviteForm.noErrors()))));
    }

    /** The service refuses the user themself and the company's last administrator (409): the page says which. */
    @POST
    @Path("/{userId}/ta-bort")
    public Uni<Response> remove(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        PortalMsg msg = page.portalMsg();
        return companies.administered(id).flatMap(company -> collaboration.removeFromCompany(id, userId)
                .map(removed -> toUsers(company, Banner.Kind.USER_REMOVED))
                .onFailure(failure -> ServiceRefusal.is(failure, 409))
                .recoverWithUni(() -> collaboration.companyUser(id, userId).map(user -> {
                    FormErrors errors = InviteForm.noErrors().add(null, page.isUser(user.email())
                            ? msg.remove_error_self()
                            : msg.remove_error_last_administrator(user.name()));
                    return Response.status(409).entity(Templates.removal(removal(company, user, errors))).build();
                })))
                .onFailure(failure -> ServiceRefusal.is(failure, 403)).transform(refused -> new ForbiddenException());
    }

    private Uni<Response> show(CurrentCompany company, int asked, InviteForm form, FormErrors errors, String notice,
            String bannerText, int status) {
        Msg msg = page.msg();
        return collaboration.companyUsers(company.id(), asked - 1, PAGE_SIZE).map(result -> {
            Listing listing = new Listing(company.usersHref(), "", asked, PAGE_SIZE, result.totalItems());
            UsersPage view = new UsersPage(company, listing, result.items().stream()
                    .map(user -> UserRow.of(user, page.isUser(user.email()), msg)).toList(), form, errors, notice,
                    bannerText);
            return status == 200 ? listing.answer(false, result.items().isEmpty(), () -> Templates.users(view))
                    : Response.status(status).entity(Templates.users(view)).build();
        });
    }

    private RemovalPage removal(CurrentCompany company, ClientUserView user, FormErrors errors) {
        return new RemovalPage(company, user, page.isUser(user.email()), errors);
    }

    private Response toUsers(CurrentCompany company, Banner.Kind kind) {
        return Response.seeOther(URI.create(company.usersHref())).cookie(banner.after(kind)).build();
    }
}
