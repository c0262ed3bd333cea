package se.byra.cases.casefile;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import se.byra.cases.casefile.CaseApi.AnswerBody;
import se.byra.cases.casefile.CaseApi.AttachmentView;
import se.byra.cases.casefile.CaseApi.CaseSummary;
import se.byra.cases.casefile.CaseApi.CaseView;
import se.byra.cases.casefile.CaseApi.CommentView;
import se.byra.cases.casefile.CaseApi.Contact;
import se.byra.cases.casefile.CaseApi.HistoryView;
import se.byra.cases.casefile.CaseApi.Menu;
import se.byra.cases.casefile.CaseApi.Question;
import se.byra.cases.casefile.CaseApi.Task;
import se.byra.cases.casefile.CaseApi.Text;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** A company's cases in the portal: every member reads and answers them. */
@Path("/")
@RolesAllowed(Roles.CLIENT_USER)
public class CompanyCaseResource {

    static final String NOT_FOUND = "No such sent case of a company the caller belongs to";
    static final String COMPANY = "Not a company the caller belongs to";

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

    /** The caller's to-do list: consents to give, cases to answer, across their companies. */
    @GET
    @Path("me/case-tasks")
    @APIResponse(responseCode = "200", description = "Consents first, then cases by due date")
    public Page<Task> tasks(@Valid @BeanParam PageRequest paging) {
        return reads.tasks(access.clientUser(), paging);
    }

    @GET
    @Path("companies/{clientId}/case-menu")
    @APIResponse(responseCode = "200", description = "Whether the Ärenden menu shows, and its counts", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Menu.class)))
    @APIResponse(responseCode = "404", description = COMPANY)
    public Menu menu(@PathParam("clientId") UUID clientId) {
        return reads.menu(access.clientUser(), clientId);
    }

    @GET
    @Path("companies/{clientId}/case-contacts")
    @APIResponse(responseCode = "200", description = "The staff the company may address a question to")
    @APIResponse(responseCode = "404", description = COMPANY)
    public List<Contact> contacts(@PathParam("clientId") UUID clientId) {
        return reads.contacts(access.clientUser(), clientId);
    }

    @GET
    @Path("companies/{clientId}/cases")
    @APIResponse(responseCode = "200", description = "The company's open cases (state=open) or its history "
            + "(state=closed), the latest change first")
    @APIResponse(responseCode = "404", description = COMPANY)
    public Page<CaseSummary> list(@PathParam("clientId") UUID clientId,
            @QueryParam("state") @DefaultValue("open") @Pattern(regexp = "open|closed") String state,
            @Valid @BeanParam PageRequest paging) {
        return reads.company(access.clientUser(), clientId, state.equals("closed"), paging);
    }

    /** A question to the agency (CaseCreated): the agency's turn. */
    @POST
    @Path("companies/{clientId}/cases")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Asked; Location is the case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = COMPANY)
    @APIResponse(responseCode = "409", description = "The company has not consented (type "
            + "tag:byra.se,2026:problem:consent-required)")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("clientId") UUID clientId, @Valid @NotNull Question body) {
        CaseView view = flow.ask(access.clientUser(), clientId, body, user.displayName());
        return Response.created(URI.create("/companies/" + clientId + "/cases/" + view.id())).entity(view).build();
    }

    @GET
    @Path("companies/{clientId}/cases/{id}")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CaseView get(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return reads.forClient(access.clientUser(), clientId, id);
    }

    /** Keeps a partial answer for later. */
    @PUT
    @Path("companies/{clientId}/cases/{id}/answer")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CaseResource.STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView save(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull AnswerBody body) {
        return flow.saveAnswer(access.clientUser(), clientId, id, body);
    }

    /** Submits the answer (CaseAnswered): the agency's turn, or closed for information. */
    @POST
    @Path("companies/{clientId}/cases/{id}/answer/submission")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CaseResource.STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseView submit(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull AnswerBody body) {
        return flow.submit(access.clientUser(), clientId, id, body, user.displayName());
    }

    @POST
    @Path("companies/{clientId}/cases/{id}/read")
    @APIResponse(responseCode = "200", description = "Marked read: the case as the page shows it", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CaseView read(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return flow.readByClient(access.clientUser(), clientId, id);
    }

    @GET
    @Path("companies/{clientId}/cases/{id}/comments")
    @APIResponse(responseCode = "200", description = "The comments, oldest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<CommentView> comments(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest paging) {
        return reads.comments(CaseAccess.forClient(access.clientUser(), clientId, id, false), paging);
    }

    @POST
    @Path("companies/{clientId}/cases/{id}/comments")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Commented (CaseCommented)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CaseResource.STATUS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @NotNull Text body) {
        CommentView comment = flow.comment(access.clientUser(), clientId, id, body, user.displayName());
        return Response.created(URI.create("/companies/" + clientId + "/cases/" + id + "/comments")).entity(comment)
                .build();
    }

    @GET
    @Path("companies/{clientId}/cases/{id}/history")
    @APIResponse(responseCode = "200", description = "Every step, oldest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<HistoryView> history(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @Valid @BeanParam PageRequest paging) {
        return reads.history(CaseAccess.forClient(access.clientUser(), clientId, id, false), paging);
    }

    @POST
    @Path("companies/{clientId}/cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Too many files (type tag:byra.se,2026:problem:too-many-files); "
            + "or " + CaseResource.STATUS)
    @APIResponse(responseCode = "413", description = "Larger than the limit (type "
            + "tag:byra.se,2026:problem:file-too-large)")
    @APIResponse(responseCode = "415", description = "A type cases do not take, detected from the content (type "
            + "tag:byra.se,2026:problem:file-type-not-allowed)")
    public Response attach(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @QueryParam("item") @Size(max = 40) String item,
            @QueryParam("fileName") @NotNull @Size(max = 1000) String fileName, byte[] content) {
        AttachmentView view = files.add(access.clientUser(), clientId, id, item, fileName, content,
                user.displayName());
        return Response.created(URI.create("/companies/" + clientId + "/cases/" + id + "/attachments/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Path("companies/{clientId}/cases/{id}/attachments/{attachmentId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(responseCode = "200", description = "The file, as a download (the type detected at upload is the "
            + "attachment's contentType)", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response download(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return Downloads.of(files.download(access.clientUser(), clientId, id, attachmentId));
    }

    @DELETE
    @Path("companies/{clientId}/cases/{id}/attachments/{attachmentId}")
    @APIResponse(responseCode = "200", description = "Removed; the file as it was", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "403", description = "The agency's file")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CaseResource.STATUS)
    public AttachmentView remove(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @PathParam("attachmentId") UUID attachmentId) {
        return files.remove(access.clientUser(), clientId, id, attachmentId, user.displayName());
    }
}
