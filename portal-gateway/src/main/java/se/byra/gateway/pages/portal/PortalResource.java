package se.byra.gateway.pages.portal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.CompanyView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.users.UserRow;
import se.byra.platform.web.security.Roles;

/**
 * The client portal: the home page lists the companies the user belongs to (a user of one goes straight to it),
 * and a company's page shows it, its to-do list (no source yet: said in words) and, for its administrator, the way
 * to its users. The company is in the address ({@code /portal/foretag/{id}}); "Byt företag" is a GET form, so it
 * works without JavaScript. Another company's address is the 404 page. Staff get the 403 page: the portal is the
 * clients' side.
 */
@Path(Paths.PORTAL)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class PortalResource {

    /** The switcher's query parameter: the company to show. */
    static final String COMPANY_PARAMETER = "foretag";

    @Inject
    CollaborationCalls collaboration;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Home view);

        static native TemplateInstance company(CurrentCompany view);
    }

    /** A company of the user's on the home page. */
    public record CompanyRow(String name, String organisationNumber, String role, String href) {
    }

    /** The home page: the user's companies, or, when {@code unavailable}, that they cannot be shown just now. */
    public record Home(List<CompanyRow> companies, boolean unavailable) {
    }

    @GET
    public Uni<Response> home() {
        Msg msg = page.msg();
        return collaboration.companies().map(all -> all.size() == 1
                ? Response.seeOther(URI.create(Paths.company(all.get(0).clientId()))).build()
                : Response.ok(Templates.home(new Home(all.stream().map(c -> row(c, msg)).toList(), false))).build())
                .onFailure(ServiceFailures::unavailable)
                .recoverWithItem(() -> Response.ok(Templates.home(new Home(List.of(), true))).build());
    }

    /** "Byt företag": the company chosen; anything but a company's id is the home page, which lists them. */
    @GET
    @Path("/foretag")
    public Response switchCompany(@RestQuery(COMPANY_PARAMETER) String company) {
        String to = Paths.PORTAL;
        try {
            to = company == null ? to : Paths.company(UUID.fromString(company.strip()));
        } catch (IllegalArgumentException notAnId) {
            // people edit addresses: the home page lists the companies to choose from
        }
        return Response.seeOther(URI.create(to)).build();
    }

    @GET
    @Path("/foretag/{id}")
    public Uni<TemplateInstance> company(@PathParam("id") UUID id) {
        return companies.current(id).map(Templates::company);
    }

    private static CompanyRow row(CompanyView company, Msg msg) {
        return new CompanyRow(company.name(), company.organisationNumber(), UserRow.role(company.role(), msg),
                Paths.company(company.clientId()));
    }
}
