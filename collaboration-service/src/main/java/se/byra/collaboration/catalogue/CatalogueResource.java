package se.byra.collaboration.catalogue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import se.byra.collaboration.RequestLanguage;
import se.byra.collaboration.collaboration.CollaborationApi.ServiceView;
import se.byra.collaboration.collaboration.Views;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.security.Roles;

/** The shared services, their options and terms, in the caller's language (Accept-Language: sv or en). */
@Path("/catalogue")
@RolesAllowed({ Roles.AGENCY_STAFF, Roles.CLIENT_USER })
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @Inject
    RequestLanguage language;

    /** Every service, in the catalogue's order (a handful: not paged). */
    @GET
    public List<ServiceView> all() {
        return catalogue.all().stream().map(s -> Views.service(s, language.code())).toList();
    }

    @GET
    @Path("/{code}")
    public ServiceView one(@PathParam("code") String code) {
        return catalogue.find(code).map(s -> Views.service(s, language.code()))
                .orElseThrow(() -> ProblemException.notFound("Service", code));
    }
}
