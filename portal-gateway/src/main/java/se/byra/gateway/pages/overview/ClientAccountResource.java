package se.byra.gateway.pages.overview;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

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
import se.byra.gateway.downstream.CollaborationApi.ClientAccountView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.overview.OverviewPage.Notice;
import se.byra.gateway.pages.users.InviteForm;
import se.byra.gateway.pages.users.InviteFormData;
import se.byra.gateway.pages.users.Invitations;
import se.byra.platform.web.security.Roles;

/**
 * The client's account as the agency's staff act on it from the overview's Användare: create it (the main
 * contact invited as its administrator), invite a user, try a failed login again. Any staff member who sees the
 * client may (collaboration-service decides the scope: another client is a 404). Every action ends on the
 * overview (POST, 303, GET) with a banner; creating that could not be done shows the overview again with a notice
 * saying why; an invitation with errors is its form on a page of its own.
 */
@Path(Paths.CLIENTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ClientAccountResource {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    OverviewPage overview;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance invite(InvitePage view);
    }

    /** The invitation on a page of its own: its errors, or a notice when the service did not answer. */
    public record InvitePage(UUID clientId, String clientName, InviteForm form, FormErrors errors, String notice) {

        public String action() {
            return inviteHref(clientId);
        }

        public String overviewHref() {
            return OverviewPage.href(clientId);
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    static String accountHref(UUID clientId) {
        return OverviewPage.href(clientId) + "/konto";
    }

    static String inviteHref(UUID clientId) {
        return OverviewPage.href(clientId) + "/anvandare/ny";
    }

    /**
     * Creates the account. The service's 422 names what the main contact lacks, said in words with the way to the
     * client's edit page; 409 (someone created it meanwhile) is a notice, the users being on the page; 404 for a
     * client the overview shows is one collaboration-service has not heard of yet (just registered).
     */
    @POST
    @Path("/{id}/konto")
    public Uni<Response> createAccount(@PathParam("id") UUID id) {
        Msg msg = page.msg();
        return collaboration.createAccount(id).map(created -> toOverview(id, Banner.Kind.ACCOUNT_CREATED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return switch (refusal.status()) {
                        case 409 -> overview.show(id, new Notice(msg.account_exists()), 409);
                        case 422 -> overview.show(id, new Notice(MainContact.missing(refusal.fieldErrors(), msg),
                                msg.account_incomplete_recent(), OverviewPage.editHref(id),
                                msg.overview_edit_client()), 422);
                        case 404 -> overview.show(id, new Notice(msg.account_client_not_known()), 503);
                        default -> Uni.createFrom().failure(refusal);
                    };
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> overview.show(id, new Notice(msg.account_unavailable()), 503));
    }

    /** The invitation form alone (the overview has it too); a client without an account shows its overview. */
    @GET
    @Path("/{id}/anvandare/ny")
    public Uni<Response> inviteForm(@PathParam("id") UUID id) {
        return withAccount(id, account -> show(account, InviteForm.empty(false), InviteForm.noErrors(), null, 200));
    }

    @POST
    @Path("/{id}/anvandare/ny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> invite(@PathParam("id") UUID id, @BeanParam InviteFormData data) {
        InviteForm form = InviteForm.of(data, false);
        return withAccount(id, account -> Invitations.send(form, account.clientName(),
                invitation -> collaboration.inviteToAccount(id, invitation),
                () -> toOverview(id, Banner.Kind.USER_INVITED),
                (errors, notice, status) -> show(account, form, errors, notice, status), page.msg()));
    }

    /** "Försök igen" for a login that failed; when nothing failed any more, the overview shows how it stands. */
    @POST
    @Path("/{id}/anvandare/{userId}/inloggning")
    public Uni<Response> retryLogin(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        return collaboration.retryProvisioning(id, userId).map(done -> toOverview(id, Banner.Kind.LOGIN_RETRIED))
                .onFailure(failure -> ServiceRefusal.is(failure, 409)).recoverWithItem(() -> toOverview(id, null));
    }

    /**
     * The client's account, then {@code then}; when there is none (or the client is not the caller's to see), the
     * overview, which says which.
     */
    private Uni<Response> withAccount(UUID id, Function<ClientAccountView, Uni<Response>> then) {
        return collaboration.account(id).flatMap(then::apply)
                .onFailure(failure -> ServiceRefusal.is(failure, 404)).recoverWithItem(() -> toOverview(id, null));
    }

    private Uni<Response> show(ClientAccountView account, InviteForm form, FormErrors errors, String notice,
            int status) {
        return Uni.createFrom().item(Response.status(status).entity(Templates.invite(new InvitePage(
                account.clientId(), account.clientName(), form, errors, notice))).build());
    }

    private Response toOverview(UUID id, Banner.Kind kind) {
        Response.ResponseBuilder redirect = Response.seeOther(URI.create(OverviewPage.href(id)));
        return (kind == null ? redirect : redirect.cookie(banner.after(kind))).build();
    }
}
