package se.byra.collaboration.unlinked;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.collaboration.RequestLanguage;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.Link;
import se.byra.collaboration.collaboration.CollaborationResource;
import se.byra.collaboration.unlinked.ImportApi.ImportReport;
import se.byra.collaboration.unlinked.ImportApi.ImportRequest;
import se.byra.platform.access.Access;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** Importing collaborations of an older system as unlinked ones, and linking each to its service and engagement. */
@Path("/collaborations")
@RolesAllowed(Roles.AGENCY_STAFF)
public class ImportResource {

    @Inject
    Imports imports;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** Imports rows given as JSON ({"rows": [...]}); each row is taken or refused on its own. */
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "What was imported and each row refused with why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "No rows, or more than 5000")
    public ImportReport importJson(@Valid @NotNull ImportRequest body) {
        return imports.importRows(access.staff(), body.rows(), user.displayName());
    }

    /**
     * Imports rows given as CSV: a header row naming organisationNumber, reference and optionally serviceName and
     * startedOn, separated by commas or semicolons.
     */
    @POST
    @Path("/import")
    @Consumes("text/csv")
    @APIResponse(responseCode = "200", description = "What was imported and each row refused with why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "No header row naming organisationNumber and reference, a quote "
            + "not closed, or more than 5000 rows")
    public ImportReport importCsv(String body) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("body", "empty: the first row names the columns "
                    + String.join(", ", CsvRows.COLUMNS));
        }
        return imports.importRows(access.staff(), CsvRows.parse(body, Imports.MAX_ROWS), user.displayName());
    }

    /** Links an unlinked collaboration to its service and an engagement in force: it is active (CollaborationActivated). */
    @POST
    @Path("/{id}/link")
    @APIResponse(responseCode = "200", description = "Linked and active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "An unknown service, options it does not take, or an engagement "
            + "not in force on the client")
    @APIResponse(responseCode = "404", description = CollaborationResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already linked, or the client has an open collaboration in the "
            + "service")
    @APIResponse(responseCode = "422", description = "The client has no engagement in force")
    public CollaborationView link(@PathParam("id") UUID id, @Valid @NotNull Link body) {
        return imports.link(access.staff(), id, body, user.displayName(), language.code());
    }

    /** Removes an unlinked import not wanted. */
    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "Removed; the import as it was",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = CollaborationResource.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Not an unlinked import")
    public CollaborationView remove(@PathParam("id") UUID id) {
        return imports.remove(access.staff(), id, language.code());
    }
}
