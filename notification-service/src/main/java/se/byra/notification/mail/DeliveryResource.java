package se.byra.notification.mail;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.notification.directory.Caller;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The agency's e-mail deliveries, for its administrator: the failed ones to resend. */
@Path("/deliveries")
@RolesAllowed(Roles.AGENCY_ADMIN)
public class DeliveryResource {

    @Inject
    Deliveries deliveries;

    @Inject
    CurrentUser user;

    /** A deactivated administrator's token may still be valid for minutes: the directory refuses them at once (403). */
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The agency's e-mail deliveries, newest first, optionally of one status")
    public Page<DeliveryView> deliveries(
            @QueryParam("status") @Pattern(regexp = "PENDING|SENT|FAILED", message = "one of PENDING, SENT, FAILED")
            String status,
            @Valid @BeanParam PageRequest paging) {
        caller.refuseDeactivated();
        return deliveries.page(user.agencyId(), status, paging);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(summary = "Sends a failed delivery again, from its first attempt (202); 409 unless it failed")
    @APIResponse(responseCode = "202", description = "Pending again; the mailer sends it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "The delivery has not failed "
            + "(type tag:byra.se,2026:problem:delivery-not-failed)")
    public Response resend(@PathParam("id") UUID id) {
        caller.refuseDeactivated();
        return Response.accepted(deliveries.resend(user.agencyId(), id)).build();
    }
}
