package se.byra.gateway.pages.collaborations;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * One collaboration ({@link CollaborationPage}) and the actions that need no form: sending the invitation again,
 * withdrawing the agency's ending, and removing an unlinked import (after a page that says what it does). Each ends
 * on a page with a banner (POST, 303, GET); one that could not be done shows the collaboration again with a notice
 * saying why.
 */
@Path(Paths.COLLABORATIONS + "/{id}")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class CollaborationResource {

    @Inject
    CollaborationCalls collaboration;

    @Inject
    CollaborationPage detail;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance removal(Removal view);
    }

    /** The page before removing an import: what it does, and the button when it can be done. */
    public record Removal(CollaborationView c, boolean possible) {

        public String action() {
            return CollabPaths.remove(c.id());
        }

        public String cancel() {
            return CollabPaths.detail(c.id());
        }
    }

    @GET
    public Uni<Response> show(@PathParam("id") UUID id, @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        return detail.show(id, Listing.pageAsked(sida));
    }

    /**
     * Sends the invitation again (a waiting or an expired one). The service's 409 is another collaboration in the
     * service opened meanwhile, or this one answered; its 422 an engagement no longer in force.
     */
    @POST
    @Path("/inbjudan")
    public Uni<Response> resend(@PathParam("id") UUID id) {
        CollabMsg words = page.collabMsg();
        return act(id, collaboration.resendInvitation(id), Banner.Kind.INVITATION_RESENT, refusal -> switch (refusal
                .status()) {
            case 409 -> CollabPages.COLLABORATION_EXISTS.equals(refusal.type()) ? words.notice_resend_exists()
                    : words.notice_changed();
            case 422 -> words.notice_engagement_ended();
            default -> null;
        });
    }

    /** Withdraws the ending the agency set for a later day; the service's 409: none to withdraw, or the client's. */
    @POST
    @Path("/angra-avslut")
    public Uni<Response> withdrawEnding(@PathParam("id") UUID id) {
        CollabMsg words = page.collabMsg();
        return act(id, collaboration.withdrawEnding(id), Banner.Kind.ENDING_WITHDRAWN,
                refusal -> refusal.status() == 409 ? words.notice_changed() : null);
    }

    @GET
    @Path("/ta-bort")
    public Uni<Response> confirmRemoval(@PathParam("id") UUID id) {
        return collaboration.collaboration(id).map(c -> CollabPages.page(200, Templates.removal(new Removal(c,
                c.is(se.byra.gateway.downstream.CollaborationApi.UNLINKED)))))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    /** Removes an unlinked import, then the list of unlinked ones; the service's 409: it is linked (meanwhile). */
    @POST
    @Path("/ta-bort")
    public Uni<Response> remove(@PathParam("id") UUID id) {
        return collaboration.removeImport(id)
                .map(removed -> CollabPages.seeOther(CollabPaths.unlinked())
                        .cookie(banner.after(Banner.Kind.IMPORT_REMOVED)).build())
                .onFailure(failure -> ServiceRefusal.is(failure, 409))
                .recoverWithUni(() -> detail.show(id, page.collabMsg().remove_not_unlinked(), 409))
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> detail.show(id, page.collabMsg().notice_action_unavailable(), 503));
    }

    /**
     * An action on the collaboration: its page with the banner when done; else the page with {@code notice}'s words
     * for the service's refusal (null: not one to explain, the error page), or that the service did not answer.
     */
    private Uni<Response> act(UUID id, Uni<CollaborationView> action, Banner.Kind done,
            java.util.function.Function<ServiceRefusal, String> notice) {
        return action.map(changed -> CollabPages.seeOther(CollabPaths.detail(id)).cookie(banner.after(done)).build())
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    String words = notice.apply(refusal);
                    return words == null ? Uni.createFrom().failure(refusal)
                            : detail.show(id, words, refusal.status());
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> detail.show(id, page.collabMsg().notice_action_unavailable(), 503));
    }
}
