package se.byra.collaboration.answer;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.RequestLanguage;
import se.byra.collaboration.answer.CompanyApi.CollaborationTask;
import se.byra.collaboration.answer.CompanyApi.CompanyCollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Accept;
import se.byra.collaboration.collaboration.CollaborationApi.ClientEnd;
import se.byra.collaboration.collaboration.CollaborationApi.Decline;
import se.byra.collaboration.collaboration.CollaborationApi.HistoryView;
import se.byra.collaboration.collaboration.CollaborationApi.ServiceChoice;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** A company's collaborations in the portal: its members read them, its administrators answer. */
@Path("/")
@RolesAllowed(Roles.CLIENT_USER)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyCollaborationResource {

    static final String NOT_FOUND = "No such collaboration of a company the caller belongs to";
    static final String FORBIDDEN = "The caller is a member of the company but not its administrator";

    @Inject
    CompanyCollaborations collaborations;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** What the caller is to do across the companies they administer: invitations to answer, services to decide. */
    @GET
    @Path("me/collaboration-tasks")
    public Page<CollaborationTask> tasks(@Valid @BeanParam PageRequest paging) {
        return collaborations.tasks(access.clientUser(), paging, language.code());
    }

    /** The company's collaborations: waiting invitations first, then active ones, then the others. */
    @GET
    @Path("companies/{clientId}/collaborations")
    @APIResponse(responseCode = "200", description = "The company's collaborations")
    @APIResponse(responseCode = "404", description = "Not a company the caller belongs to")
    public Page<CompanyCollaborationView> list(@PathParam("clientId") UUID clientId,
            @Valid @BeanParam PageRequest paging) {
        return collaborations.list(access.clientUser(), clientId, paging, language.code());
    }

    @GET
    @Path("companies/{clientId}/collaborations/{id}")
    @APIResponse(responseCode = "200", description = "The collaboration, with the terms to approve while invited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CompanyCollaborationView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return collaborations.get(access.clientUser(), clientId, id, language.code());
    }

    @GET
    @Path("companies/{clientId}/collaborations/{id}/history")
    @APIResponse(responseCode = "200", description = "The history, a page of it")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<HistoryView> history(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest paging) {
        return collaborations.history(access.clientUser(), clientId, id, paging);
    }

    /** Approves the collaboration and the terms shown: it is active (CollaborationActivated). */
    @POST
    @Path("companies/{clientId}/collaborations/{id}/acceptance")
    @APIResponse(responseCode = "200", description = "Approved: active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already answered; expired (type "
            + "tag:byra.se,2026:problem:invitation-expired); or the terms changed since shown (type "
            + "tag:byra.se,2026:problem:terms-changed)")
    public CompanyCollaborationView accept(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull Accept body) {
        return collaborations.accept(access.clientUser(), clientId, id, body, user.displayName(), language.code());
    }

    /** Declines the invitation (CollaborationDeclined); it stays listed as declined. */
    @POST
    @Path("companies/{clientId}/collaborations/{id}/decline")
    @APIResponse(responseCode = "200", description = "Declined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already answered, or expired")
    public CompanyCollaborationView decline(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull Decline body) {
        return collaborations.decline(access.clientUser(), clientId, id, body, user.displayName(), language.code());
    }

    /** Ends the collaboration now or on a later day, keeping the service alone or ending it too. */
    @POST
    @Path("companies/{clientId}/collaborations/{id}/ending")
    @APIResponse(responseCode = "200", description = "Ended, or its last day set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "400", description = "endsOn in the past")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not active, or the agency set the ending")
    public CompanyCollaborationView end(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull ClientEnd body) {
        return collaborations.end(access.clientUser(), clientId, id, body, user.displayName(), language.code());
    }

    /** Withdraws the ending the company set for a later day. */
    @DELETE
    @Path("companies/{clientId}/collaborations/{id}/ending")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No ending set, or the agency set it")
    public CompanyCollaborationView withdrawEnding(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return collaborations.withdrawEnding(access.clientUser(), clientId, id, user.displayName(), language.code());
    }

    /** After the agency ended the collaboration: the company keeps the service alone, or ends it too. */
    @POST
    @Path("companies/{clientId}/collaborations/{id}/service-decision")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompanyCollaborationView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Nothing to decide: the agency did not end it, or it was decided")
    public CompanyCollaborationView decide(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull ServiceChoice body) {
        return collaborations.decide(access.clientUser(), clientId, id, body.keepService(), user.displayName(),
                language.code());
    }
}
