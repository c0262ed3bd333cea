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
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.users.UserRow;
import se.byra.platform.web.security.Roles;

/**
 * The client portal: the home page lists the companies the user belongs to (a user of one goes straight to it) and
 * what the user is to do ({@link TodoList}, loaded at the same time: when it cannot be read it says so and the rest
 * renders); a company's page shows it, what the user is to do for it, the way to its collaborations and, for its
 * administrator, the way to its users; {@code /portal/att-gora} lists everything to do, page by page. The company is
 * in the address ({@code /portal/foretag/{id}}); "Byt företag" is a GET form, so it works without JavaScript.
 * Another company's address is the 404 page. Staff get the 403 page: the portal is the clients' side.
 */
@Path(Paths.PORTAL)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class PortalResource {

    /** The switcher's query parameter: the company to show. */
    static final String COMPANY_PARAMETER = "foretag";
    /** Everything the user is to do, across their companies, page by page. */
    static final String TODO = Paths.PORTAL + "/att-gora";
    static final int TODO_PAGE_SIZE = 20;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    Companies companies;

    @Inject
    TodoList todo;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance home(Home view);

        static native TemplateInstance company(CompanyPage view);

        static native TemplateInstance todo(TodoPage view);
    }

    /** A company of the user's on the home page. */
    public record CompanyRow(String name, String organisationNumber, String role, String href) {
    }

    /**
     * The home page: the user's companies, or, when {@code unavailable}, that they cannot be shown just now; and
     * what the user is to do.
     */
    public record Home(List<CompanyRow> companies, boolean unavailable, Todo todo) {

        public String todoHref() {
            return TODO;
        }
    }

    /** A company's page: the company and what the user is to do for it. */
    public record CompanyPage(CurrentCompany company, Todo todo) {
    }

    /** Everything the user is to do, one page of it. */
    public record TodoPage(Todo todo, Listing listing) {
    }

    @GET
    public Uni<Response> home() {
        Msg msg = page.msg();
        Uni<List<CompanyView>> companiesOrNone = collaboration.companies()
                .onFailure(ServiceFailures::unavailable).recoverWithNull();
        return Uni.combine().all().unis(companiesOrNone, todo.first()).asTuple().map(loaded -> {
            List<CompanyView> all = loaded.getItem1();
            if (all != null && all.size() == 1) {
                return Response.seeOther(URI.create(Paths.company(all.get(0).clientId()))).build();
            }
            Home home = all == null ? new Home(List.of(), true, loaded.getItem2())
                    : new Home(all.stream().map(c -> row(c, msg)).toList(), false, loaded.getItem2());
            return Response.ok(Templates.home(home)).build();
        });
    }

    /** Everything the user is to do ("Visa alla" on the home page), page by page. */
    @GET
    @Path("/att-gora")
    public Uni<Response> todo(@RestQuery(Listing.PAGE_PARAMETER) String sida) {
        int asked = Listing.pageAsked(sida);
        return todo.page(asked, TODO_PAGE_SIZE).map(items -> {
            Listing listing = new Listing(TODO, "", asked, TODO_PAGE_SIZE, items.total());
            return listing.answer(false, items.items().isEmpty(), () -> Templates.todo(new TodoPage(items, listing)));
        });
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
        return Uni.combine().all().unis(companies.current(id), todo.ofCompany(id)).asTuple()
                .map(loaded -> Templates.company(new CompanyPage(loaded.getItem1(), loaded.getItem2())));
    }

    private static CompanyRow row(CompanyView company, Msg msg) {
        return new CompanyRow(company.name(), company.organisationNumber(), UserRow.role(company.role(), msg),
                Paths.company(company.clientId()));
    }
}
