package se.byra.cases.casefile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.cases.casefile.CaseApi.AttachmentView;
import se.byra.cases.casefile.CaseApi.CaseEdit;
import se.byra.cases.casefile.CaseApi.CaseSummary;
import se.byra.cases.casefile.CaseApi.CaseView;
import se.byra.cases.casefile.CaseApi.ClientSummary;
import se.byra.cases.casefile.CaseApi.Closing;
import se.byra.cases.casefile.CaseApi.CommentView;
import se.byra.cases.casefile.CaseApi.HistoryView;
import se.byra.cases.casefile.CaseApi.NewCase;
import se.byra.cases.casefile.CaseApi.Text;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The agency's cases: the board, a case's life from draft to closing, its comments, history and files. */
@Path("/")
@RolesAllowed(Roles.AGENCY_STAFF)
public class CaseResource {

    static final String NOT_FOUND = "No such case in the caller's agency, or one of a client outside the caller's "
            + "clients";
    static final String STATUS = "Not possible in the case's status (type tag:byra.se,2026:problem:case-status)";

    @Inject
    CaseFlow flow;

    @Inject
    CaseReads reads;

    @Inject
    CaseFiles files;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @GET
    @Path("cases")
    @APIResponse(responseCode = "200", description = "The board: the cases the caller may see, the latest change first")
    public Page<CaseSummary> board(@QueryParam("status") List<CaseStatus> status, @QueryParam("type") CaseType type,
            @QueryParam("assigneeId") UUID assigneeId, @QueryParam("clientId") UUID clientId,
            @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("q") @Size(max = 100) String q, @Valid @BeanParam PageRequest paging) {
        return reads.board(access.staff(), new CaseReads.Filter(status, type, assigneeId, clientId, dueBefore, overdue,
                q), paging);
    }

    @POST
    @Path("cases")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "A draft; Location is the case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such client or template of the caller's")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewCase body) {
        CaseView view = flow.create(access.staff(), body, user.displayName());
        return Response.created(URI.create("/cases/" + view.id())).entity(view).build();
    }

    @GET
    @Path("cases/{id}")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CaseView get(@PathParam("id") UUID id) {
        return reads.forStaff(access.staff(), id);
    }

    @PUT
    @Path("cases/{id}")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else since read (type "
            + "tag:byra.se,2026:problem:case-changed); a sent case's title, "
            + "description or definition (type tag:byra.se,2026:problem:case-sent); or " + STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView edit(@PathParam("id") UUID id, @Valid @NotNull CaseEdit body) {
        return flow.edit(access.staff(), id, body, user.displayName());
    }

    /** Sends the draft: the client's turn (CaseCreated). */
    @POST
    @Path("cases/{id}/sending")
    @APIResponse(responseCode = "200", description = "Sent", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The client has not consented (type "
            + "tag:byra.se,2026:problem:consent-required); or " + STATUS)
    @APIResponse(responseCode = "422", description = "An approval without its document (type "
            + "tag:byra.se,2026:problem:approval-document-missing)")
    public CaseView send(@PathParam("id") UUID id) {
        return flow.send(access.staff(), id, user.displayName());
    }

    /** Back to the client with a comment (CaseReturned). */
    @POST
    @Path("cases/{id}/return")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView returnToClient(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        return flow.returnToClient(access.staff(), id, body, user.displayName());
    }

    @POST
    @Path("cases/{id}/closing")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView close(@PathParam("id") UUID id, @Valid @NotNull Closing body) {
        return flow.close(access.staff(), id, body, user.displayName());
    }

    @POST
    @Path("cases/{id}/cancellation")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView cancel(@PathParam("id") UUID id, @Valid @NotNull Closing body) {
        return flow.cancel(access.staff(), id, body, user.displayName());
    }

    /** The agency has looked at the case. */
    @POST
    @Path("cases/{id}/read")
    @APIResponse(responseCode = "200", description = "Marked read: the case as the page shows it", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CaseView read(@PathParam("id") UUID id) {
        return flow.readByAgency(access.staff(), id);
    }

    @GET
    @Path("cases/{id}/comments")
    @APIResponse(responseCode = "200", description = "The comments, oldest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<CommentView> comments(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return reads.comments(CaseAccess.forStaff(access.staff(), id, false), paging);
    }

    @POST
    @Path("cases/{id}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Commented (CaseCommented)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        CommentView comment = flow.comment(access.staff(), id, body, user.displayName());
        return Response.created(URI.create("/cases/" + id + "/comments")).entity(comment).build();
    }

    @GET
    @Path("cases/{id}/history")
    @APIResponse(responseCode = "200", description = "Every step, oldest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<HistoryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return reads.history(CaseAccess.forStaff(access.staff(), id, false), paging);
    }

    @POST
    @Path("cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Too many files (type tag:byra.se,2026:problem:too-many-files); "
            + "or " + STATUS)
    @APIResponse(responseCode = "413", description = "Larger than the limit (type "
            + "tag:byra.se,2026:problem:file-too-large)")
    @APIResponse(responseCode = "415", description = "A type cases do not take, detected from the content (type "
            + "tag:byra.se,2026:problem:file-type-not-allowed)")
    public Response attach(@PathParam("id") UUID id, @QueryParam("item") @Size(max = 40) String item,
            @QueryParam("fileName") @NotNull @Size(max = 1000) String fileName, byte[] content) {
        AttachmentView view = files.add(access.staff(), id, item, fileName, content, user.displayName());
        return Response.created(URI.create("/cases/" + id + "/attachments/" + view.id())).entity(view).build();
    }

    @GET
    @Path("cases/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The file, as a download (the type detected at upload is the "
            + "attachment's contentType)", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return Downloads.of(files.download(access.staff(), id, attachmentId));
    }

    @DELETE
    @Path("cases/{id}/attachments/{attachmentId}")
    @APIResponse(responseCode = "200", description = "Removed; the file as it was", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "403", description = "The client's file")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = STATUS)
    public AttachmentView remove(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return files.remove(access.staff(), id, attachmentId, user.displayName());
    }

    @GET
    @Path("clients/{clientId}/case-summary")
    @APIResponse(responseCode = "200", description = "Consent and cases, for the client overview", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientSummary.class)))
    @APIResponse(responseCode = "404", description = "No such client of the caller's")
    public ClientSummary summary(@PathParam("clientId") UUID clientId) {
        return reads.summary(access.staff(), clientId);
    }
}
