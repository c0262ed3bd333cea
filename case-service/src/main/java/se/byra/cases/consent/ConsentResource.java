package se.byra.cases.consent;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.cases.consent.ConsentApi.ConsentItem;
import se.byra.cases.consent.ConsentApi.ConsentView;
import se.byra.platform.access.Access;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** Staff invite a client to case management and see where its consent stands. */
@Path("/")
@RolesAllowed(Roles.AGENCY_STAFF)
public class ConsentResource {

    static final String NOT_FOUND = "No such client of the caller's agency, or outside the caller's clients";

    @Inject
    Consents consents;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @GET
    @Path("clients/{clientId}/consent")
    @APIResponse(responseCode = "200", description = "The consent, its history, and what stands in the way of an "
            + "invitation now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ConsentView get(@PathParam("clientId") UUID clientId) {
        return consents.view(access.staff(), clientId);
    }

    /** Invites the client's main contact to consent (ConsentRequested); again while it waits or after a no. */
    @POST
    @Path("clients/{clientId}/consent/request")
    @APIResponse(responseCode = "200", description = "Invited", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already granted (type tag:byra.se,2026:problem:consent-granted)")
    @APIResponse(responseCode = "422", description = "The client's register stands in the way: type "
            + "tag:byra.se,2026:problem:main-contact-email-missing, client-address-incomplete or main-contact-is-staff")
    public ConsentView request(@PathParam("clientId") UUID clientId) {
        return consents.request(access.staff(), clientId, user.displayName());
    }

    @GET
    @Path("consents")
    @APIResponse(responseCode = "200", description = "The agency's invited clients, the latest change first")
    public Page<ConsentItem> list(@QueryParam("status") ConsentStatus status, @Valid @BeanParam PageRequest paging) {
        return consents.list(access.staff(), status, paging);
    }
}
