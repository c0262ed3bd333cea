package se.byra.cases.template;

import java.net.URI;
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

import se.byra.cases.casefile.CaseType;
import se.byra.cases.template.TemplateApi.Dispatch;
import se.byra.cases.template.TemplateApi.DispatchReport;
import se.byra.cases.template.TemplateApi.TemplateBody;
import se.byra.cases.template.TemplateApi.TemplateView;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The agency's case templates, and bulk send of one to many clients. */
@Path("/case-templates")
@RolesAllowed(Roles.AGENCY_STAFF)
public class TemplateResource {

    static final String NOT_FOUND = "No such template in the caller's agency";

    @Inject
    Templates templates;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200", description = "The agency's templates by name")
    public Page<TemplateView> list(@QueryParam("type") CaseType type, @Valid @BeanParam PageRequest paging) {
        return templates.list(access.staff(), type, paging);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created; Location is the template", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "409", description = "The agency has a template of that name (type "
            + "tag:byra.se,2026:problem:template-name-taken)")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull TemplateBody body) {
        TemplateView view = templates.create(access.staff(), body);
        return Response.created(URI.create("/case-templates/" + view.id())).entity(view).build();
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public TemplateView get(@PathParam("id") UUID id) {
        return templates.get(access.staff(), id);
    }

    @PUT
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else since read (type "
            + "tag:byra.se,2026:problem:template-changed), or another template has the name (type "
            + "tag:byra.se,2026:problem:template-name-taken)")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateView update(@PathParam("id") UUID id, @Valid @NotNull TemplateBody body) {
        return templates.update(access.staff(), id, body);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "Removed; cases made from it stay as they are", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public TemplateView delete(@PathParam("id") UUID id) {
        return templates.delete(access.staff(), id);
    }

    /** Sends the template to many clients at once (a CaseCreated each), reporting those it could not. */
    @POST
    @Path("{id}/dispatch")
    @APIResponse(responseCode = "200", description = "What was sent, and what was refused and why", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DispatchReport.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "An approval template (type "
            + "tag:byra.se,2026:problem:approval-not-dispatchable)")
    @Consumes(MediaType.APPLICATION_JSON)
    public DispatchReport dispatch(@PathParam("id") UUID id, @Valid @NotNull Dispatch body) {
        return templates.dispatch(access.staff(), id, body, user.displayName());
    }
}
