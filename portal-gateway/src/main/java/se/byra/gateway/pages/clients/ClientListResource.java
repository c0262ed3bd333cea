package se.byra.gateway.pages.clients;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The agency's client register: a table with search and paging. htmx swaps just the results as
 * the user types (the same address with {@code HX-Request}); the plain GET form does the same
 * without JavaScript.
 */
@Path(Paths.CLIENTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ClientListResource {

    static final int PAGE_SIZE = 20;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(ClientList list);

        static native TemplateInstance list$results(ClientList list);
    }

    /** One page of the register as the table shows it. */
    public record ClientList(Listing listing, List<Row> rows, boolean partial) {

        public String query() {
            return listing.query();
        }

        public boolean searching() {
            return !listing.query().isEmpty();
        }

        public boolean empty() {
            return rows.isEmpty();
        }
    }

    /** {@code manager} is already in words: the staff member's name, or you, nobody, another staff member. */
    public record Row(UUID id, String name, String organisationNumber, String manager, boolean active) {
    }

    @GET
    public Uni<Response> list(@RestQuery("q") String q, @RestQuery("sida") String sida,
            @RestHeader("HX-Request") String htmx, @RestHeader("HX-History-Restore-Request") String restore) {
        String query = Listing.searchAsked(q);
        int asked = Listing.pageAsked(sida);
        boolean partial = htmx != null && restore == null;
        return engagement.clients(query.isEmpty() ? null : query, asked - 1, PAGE_SIZE).map(result -> {
            Listing listing = new Listing(Paths.CLIENTS, query, asked, PAGE_SIZE, result.totalItems());
            ClientList list = new ClientList(listing, rows(result), partial);
            return listing.answer(partial, result.items().isEmpty(),
                    () -> partial ? Templates.list$results(list) : Templates.list(list));
        });
    }

    private List<Row> rows(ServicePage<ClientSummary> result) {
        return result.items().stream().map(c -> new Row(c.id(), c.name(), c.organisationNumber(),
                page.manager(c.clientManagerId(), c.clientManagerName()), c.active())).toList();
    }
}
