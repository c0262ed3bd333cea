package se.byra.engagement.staff;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.engagement.staff.StaffApi.InviteStaff;
import se.byra.engagement.staff.StaffApi.StaffView;
import se.byra.engagement.staff.StaffApi.UpdateStaff;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The agency's staff directory: every staff member reads it, administrators change it. */
@Path("/staff")
@RolesAllowed(Roles.AGENCY_STAFF)
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @APIResponse(responseCode = "201", description = "Invited; Location is the new staff member's address. "
            + "StaffMemberInvited is published, and provisioning makes the login from it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "A staff member of the agency already has this e-mail address")
    public Response invite(@Valid @NotNull InviteStaff body) {
        StaffView member = staff.invite(user.agencyId(), body);
        return Response.created(URI.create("/staff/" + member.id())).entity(member).build();
    }

    /** The agency's staff by name, then id (stable pages). */
    @GET
    public Page<StaffView> list(
            @Parameter(description = "Only the staff members in this status") @QueryParam("status") StaffStatus status,
            @Parameter(description = "Search: a part of the name, in any case (å, ä and ö included), or a part of "
                    + "the e-mail address. Trimmed; blank lists everyone.", example = "karin")
            @QueryParam("q") @Size(max = 100) String q,
            @Valid @BeanParam PageRequest paging) {
        return staff.list(user.agencyId(), status, q, paging);
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The staff member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's agency")
    public StaffView get(@PathParam("id") UUID id) {
        return staff.get(user.agencyId(), id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @APIResponse(responseCode = "200", description = "Updated: the staff member as it is now, with its new version. "
            + "StaffMemberUpdated is published.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's agency")
    @APIResponse(responseCode = "409", description = "Someone else changed the staff member since the version sent "
            + "(reload and change again), another staff member has this e-mail address, or the change would take "
            + "the administrator role from the agency's last active administrator")
    public StaffView update(@PathParam("id") UUID id, @Valid @NotNull UpdateStaff body) {
        return staff.update(user.agencyId(), id, body);
    }

    /** Deactivates the staff member; their requests are refused from then on. */
    @POST
    @Path("/{id}/deactivation")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Deactivated: StaffMemberDeactivated is published. A staff "
            + "member already deactivated is answered unchanged, and nothing is published.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's agency")
    @APIResponse(responseCode = "409", description = "The staff member is the caller, or the agency's last active "
            + "administrator")
    public StaffView deactivate(@PathParam("id") UUID id) {
        return staff.deactivate(user.agencyId(), id, user.subject());
    }

    /** Tries again to make the staff member's login (or the change to it) that the identity provider refused. */
    @POST
    @Path("/{id}/provisioning")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "Tried again: the provisioning state is PENDING until it is done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "No such staff member in the caller's agency")
    @APIResponse(responseCode = "409", description = "Nothing failed: the login is pending or active")
    public StaffView retryProvisioning(@PathParam("id") UUID id) {
        return staff.retryProvisioning(user.agencyId(), id);
    }
}
