package se.byra.engagement.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.engagement.agency.AgencyApi.AgencyView;
import se.byra.engagement.agency.AgencyApi.LogoView;
import se.byra.engagement.agency.AgencyApi.UpdateAgency;
import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** The caller's agency (from the token, never from the request): its profile and logo. */
@Path("/agency")
@RolesAllowed(Roles.AGENCY_STAFF)
public class AgencyResource {

    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";

    @Inject
    AgencyService agency;

    @Inject
    CurrentUser user;

    @GET
    @APIResponse(responseCode = "200", description = "The profile; before it is first saved, empty with version 0",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public AgencyView get() {
        return agency.get(user.agencyId());
    }

    @PUT
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @APIResponse(responseCode = "200", description = "Saved: the profile as it is now, with its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "Someone else saved the profile since the version sent: reload "
            + "it and change again")
    public AgencyView update(@Valid @NotNull UpdateAgency body) {
        return agency.update(user.agencyId(), body);
    }

    /** The raw image as the body; its type is read from its bytes, whatever Content-Type says. */
    @PUT
    @Path("/logo")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, description = "The image itself, PNG or JPEG, at most "
            + "engagement.agency.logo.max-size bytes (512 KB by default). The type is detected from the image's "
            + "first bytes; Content-Type and file names are not trusted.", content = {
                @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Kept as the agency's logo, replacing any before it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogoView.class)))
    @APIResponse(responseCode = "413", description = "The image is larger than the logo limit (or the body than "
            + "the service takes)")
    @APIResponse(responseCode = "415", description = "The body is not a PNG or JPEG image (a GIF, SVG, HTML, a "
            + "damaged image...), whatever its Content-Type says; the detail says what it is")
    public LogoView putLogo(byte[] image) {
        return agency.putLogo(user.agencyId(), image == null ? new byte[0] : image);
    }

    /**
     * The logo with the type detected when it was saved. Problems are answered as problem+json, so a
     * caller that accepts only those (or JSON) still hears the 404.
     */
    @GET
    @Path("/logo")
    @Produces({ PNG, JPEG, Problem.MEDIA_TYPE })
    @APIResponse(responseCode = "200", description = "The image, served with nosniff so it is never read as "
            + "anything else", content = {
                @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "The agency has no logo")
    public Response getLogo() {
        AgencyLogo logo = agency.getLogo(user.agencyId());
        return Response.ok(logo.image, logo.contentType)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .build();
    }

    @DELETE
    @Path("/logo")
    @RolesAllowed(Roles.AGENCY_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The agency has no logo now (also when it had none): the "
            + "profile as it is", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AgencyView.class)))
    public AgencyView deleteLogo() {
        return agency.deleteLogo(user.agencyId());
    }
}
