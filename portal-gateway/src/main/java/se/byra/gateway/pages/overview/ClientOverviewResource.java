package se.byra.gateway.pages.overview;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/** The client overview ({@link OverviewPage}): the client and every {@link OverviewSection}, loaded at the same time. */
@Path(Paths.CLIENTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ClientOverviewResource {

    @Inject
    OverviewPage overview;

    @GET
    @Path("/{id}")
    public Uni<Response> overview(@PathParam("id") UUID id) {
        return overview.show(id);
    }
}
