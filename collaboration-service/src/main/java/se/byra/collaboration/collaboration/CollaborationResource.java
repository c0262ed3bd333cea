package se.byra.collaboration.collaboration;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.RequestLanguage;
import se.byra.collaboration.activation.Activation;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Edit;
import se.byra.collaboration.collaboration.CollaborationApi.End;
import se.byra.collaboration.collaboration.CollaborationApi.HistoryView;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The agency's collaborations: lists, the sent requests, one with its history, and changing and ending one. */
@Path("/collaborations")
@RolesAllowed(Roles.AGENCY_STAFF)
public class CollaborationResource {

    public static final String NOT_FOUND = "No such collaboration in the caller's agency, or one of a client the caller is "
            + "not responsible for (own-clients permission)";

    @Inject
    Collaborations collaborations;

    @Inject
    Maintenance maintenance;

    @Inject
    Activation activation;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** The collaborations of the clients the caller may see, by client name, then service; each filter optional. */
    @GET
    public Page<CollaborationView> list(@QueryParam("clientId") UUID clientId,
            @QueryParam("service") @Size(max = 40) String service, @QueryParam("engagementId") UUID engagementId,
            @QueryParam("ownerId") UUID ownerId, @QueryParam("status") CollaborationStatus status,
            @Valid @BeanParam PageRequest paging) {
        return collaborations.list(access.staff(),
                new Collaborations.Filter(clientId, service, engagementId, ownerId, status), paging, language.code());
    }

    /** The invitations sent, newest first, with what became of each (status narrows them). */
    @GET
    @Path("/requests")
    public Page<CollaborationView> requests(@QueryParam("status") CollaborationStatus status,
            @Valid @BeanParam PageRequest paging) {
        return collaborations.requests(access.staff(), status, paging, language.code());
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The collaboration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CollaborationView get(@PathParam("id") UUID id) {
        return collaborations.get(access.staff(), id, language.code());
    }

    /** What happened to the collaboration, oldest first. */
    @GET
    @Path("/{id}/history")
    @APIResponse(responseCode = "200", description = "The history, a page of it")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<HistoryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return collaborations.history(access.staff(), id, paging);
    }

    /** Changes the engagement and options of an invited or active collaboration (CollaborationUpdated). */
    @PUT
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Options the service does not take, or an engagement not in "
            + "force on the client")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else since the version named, or no longer "
            + "invited or active")
    public CollaborationView edit(@PathParam("id") UUID id, @Valid @NotNull Edit body) {
        return maintenance.edit(access.staff(), id, body, user.displayName(), language.code());
    }

    /** Sends the invitation again: a reminder, or a new chance after it expired (CollaborationInvited). */
    @POST
    @Path("/{id}/invitation")
    @APIResponse(responseCode = "200", description = "Sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Answered or ended, or another collaboration in the service is "
            + "open")
    @APIResponse(responseCode = "422", description = "The engagement is no longer in force "
            + "(type tag:byra.se,2026:problem:engagement-required)")
    public CollaborationView resend(@PathParam("id") UUID id) {
        return activation.resend(access.staff(), id, user.displayName(), language.code());
    }

    /**
     * Ends an active collaboration now (CollaborationEnded), or sets its last day (CollaborationUpdated; it ends when
     * the day is over). The client is asked whether it keeps the service alone.
     */
    @POST
    @Path("/{id}/ending")
    @APIResponse(responseCode = "200", description = "Ended, or its last day set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "endsOn in the past")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not active, or the client set the ending")
    public CollaborationView end(@PathParam("id") UUID id,
            @Valid @NotNull End body) {
        return maintenance.end(access.staff(), id, body.endsOn(), user.displayName(),
                language.code());
    }

    /** Withdraws the ending the agency set for a later day. */
    @DELETE
    @Path("/{id}/ending")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No ending set, or the client set it")
    public CollaborationView withdrawEnding(@PathParam("id") UUID id) {
        return maintenance.withdrawEnding(access.staff(), id, user.displayName(), language.code());
    }
}
