package se.byra.cases.consent;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.cases.consent.ConsentApi.Answer;
import se.byra.cases.consent.ConsentApi.CompanyConsentView;
import se.byra.platform.access.Access;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The company's consent in the portal: its members read it, its administrator answers it. */
@Path("/companies/{clientId}/consent")
@RolesAllowed(Roles.CLIENT_USER)
public class CompanyConsentResource {

    static final String NOT_FOUND = "Not a company the caller belongs to";
    static final String FORBIDDEN = "The caller is a member of the company but not its administrator";

    @Inject
    Consents consents;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200", description = "The company's consent", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompanyConsentView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CompanyConsentView get(@PathParam("clientId") UUID clientId) {
        return consents.companyView(access.clientUser(), clientId);
    }

    /** Consents to case management (ConsentGranted): the agency may send cases. */
    @POST
    @Path("grant")
    @APIResponse(responseCode = "200", description = "Granted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompanyConsentView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No invitation waits for an answer")
    public CompanyConsentView grant(@PathParam("clientId") UUID clientId) {
        return consents.grant(access.clientUser(), clientId, user.displayName());
    }

    @POST
    @Path("decline")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompanyConsentView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No invitation waits for an answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyConsentView decline(@PathParam("clientId") UUID clientId, @Valid @NotNull Answer body) {
        return consents.decline(access.clientUser(), clientId, body, user.displayName());
    }

    /** Withdraws the consent (ConsentRevoked): open cases close with a note; the history stays readable. */
    @POST
    @Path("revocation")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompanyConsentView.class)))
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No consent to withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyConsentView revoke(@PathParam("clientId") UUID clientId, @Valid @NotNull Answer body) {
        return consents.revoke(access.clientUser(), clientId, body, user.displayName());
    }
}
