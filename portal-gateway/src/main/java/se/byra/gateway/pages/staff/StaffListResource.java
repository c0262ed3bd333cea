package se.byra.gateway.pages.staff;

import java.util.List;
import java.util.Map;
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
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.Logins;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The agency's staff: a table with search, a status filter and paging, as the client register
 * (htmx swaps the results as the user types or picks a status; the GET form does the same without
 * JavaScript). Every staff member reads it; administrators also see the actions: invite, edit and
 * trying a failed login again.
 */
@Path(Paths.STAFF)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class StaffListResource {

    static final int PAGE_SIZE = 20;
    static final String STATUS_PARAMETER = "status";

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(StaffList list);

        static native TemplateInstance list$results(StaffList list);
    }

    /** The status filter, as the address writes it ({@code ?status=aktiva}) and the service does. */
    public enum StatusFilter {
        ALL("", null), ACTIVE("aktiva", EngagementCalls.ACTIVE), DEACTIVATED("inaktiverade",
                EngagementCalls.DEACTIVATED);

        private final String parameter;
        private final String service;

        StatusFilter(String parameter, String service) {
            this.parameter = parameter;
            this.service = service;
        }

        public String parameter() {
            return parameter;
        }

        /** Anything else shows everyone: people edit addresses. */
        static StatusFilter of(String parameter) {
            for (StatusFilter filter : values()) {
                if (filter.parameter.equals(parameter == null ? "" : parameter.strip())) {
                    return filter;
                }
            }
            return ALL;
        }
    }

    /** One page of the staff as the table shows it; {@code banner} the words after an action, if any. */
    public record StaffList(Listing listing, StatusFilter status, List<Row> rows, boolean partial, String banner) {

        public String query() {
            return listing.query();
        }

        public boolean searching() {
            return !listing.query().isEmpty();
        }

        public boolean filtered() {
            return status != StatusFilter.ALL;
        }

        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean hasBanner() {
            return banner != null;
        }
    }

    /**
     * A staff member in words. {@code user}: the signed-in user; {@code reason} why the login
     * failed (the identity provider's words), shown only then.
     */
    public record Row(UUID id, String name, String email, String permission, boolean administrator, Badge status,
            Badge login, String reason, boolean loginFailed, boolean user) {

        public String editHref() {
            return Paths.STAFF + "/" + id + "/redigera";
        }

        public String retryAction() {
            return Paths.STAFF + "/" + id + "/inloggning";
        }
    }

    @GET
    public Uni<Response> list(@RestQuery("q") String q, @RestQuery(STATUS_PARAMETER) String status,
            @RestQuery("sida") String sida, @RestHeader("HX-Request") String htmx,
            @RestHeader("HX-History-Restore-Request") String restore) {
        String query = Listing.searchAsked(q);
        StatusFilter filter = StatusFilter.of(status);
        int asked = Listing.pageAsked(sida);
        boolean partial = htmx != null && restore == null;
        Msg msg = page.msg();
        String bannerText = partial ? null : banner.takeText(msg);
        return engagement.staff(filter.service, query.isEmpty() ? null : query, asked - 1, PAGE_SIZE)
                .map(result -> {
                    Listing listing = new Listing(Paths.STAFF, query, asked, PAGE_SIZE, result.totalItems(),
                            Map.of(STATUS_PARAMETER, filter.parameter()));
                    StaffList list = new StaffList(listing, filter,
                            result.items().stream().map(member -> row(member, msg)).toList(), partial, bannerText);
                    return listing.answer(partial, result.items().isEmpty(),
                            () -> partial ? Templates.list$results(list) : Templates.list(list));
                });
    }

    private Row row(StaffView member, Msg msg) {
        boolean failed = Logins.failed(member.provisioningState());
        return new Row(member.id(), member.name(), member.email(), StaffWords.permission(member.permission(), msg),
                member.administrator(), StaffWords.status(member.status(), msg),
                StaffWords.login(member.provisioningState(), member.status(), msg), failed ? member.provisioningReason() : null, failed,
                page.isUser(member));
    }
}
