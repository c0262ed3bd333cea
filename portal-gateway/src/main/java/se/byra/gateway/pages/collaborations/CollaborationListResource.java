package se.byra.gateway.pages.collaborations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.CollaborationCalls.CollaborationFilter;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabListMsg;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The agency's collaborations across its clients (the ones the user may see): all of them with filters (service,
 * status, owner; a client and an engagement from the address), and the unlinked imports (the status filter
 * {@code okopplad}, each with "Koppla"). A GET form, a table with a caption, paging and an empty state in words; the
 * pages' own navigation leads to the sent requests ({@link RequestListResource}) and the import. The service and owner
 * filters go without their choices when the catalogue or the staff cannot be read.
 */
@Path(Paths.COLLABORATIONS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class CollaborationListResource {

    static final int PAGE_SIZE = 20;

    /** The status filter of the list: the address's word and the service's status. */
    static final Map<String, String> STATUSES = statuses("inbjuden", CollaborationApi.INVITED, "aktiv",
            CollaborationApi.ACTIVE, "avbojd", CollaborationApi.DECLINED, "gick-ut", CollaborationApi.EXPIRED,
            "avslutad", CollaborationApi.ENDED, CollabPaths.UNLINKED, CollaborationApi.UNLINKED);

    @Inject
    CollaborationCalls collaboration;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(CollabList view);
    }

    /**
     * One page of the list. {@code services} and {@code owners} the filters' choices (null: they cannot be read),
     * {@code clientFilter} and {@code engagementFilter} the filters from the address in words (null: none).
     */
    public record CollabList(Listing listing, boolean unlinked, List<Row> rows, List<Choice> services,
            List<Choice> statuses, List<Choice> owners, String client, String engagement, String clientFilter,
            String engagementFilter, boolean filtered, String banner) {

        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public boolean ownersUnavailable() {
            return owners == null;
        }

        public boolean servicesUnavailable() {
            return services == null;
        }

        public boolean hasClientFilter() {
            return clientFilter != null;
        }

        public boolean hasEngagementFilter() {
            return engagementFilter != null;
        }

        public String allHref() {
            return Paths.COLLABORATIONS;
        }

        public String importHref() {
            return CollabPaths.IMPORT;
        }
    }

    /** A collaboration in the list; {@code linkHref} "Koppla" for an unlinked one. */
    public record Row(UUID id, UUID clientId, String clientName, String service, boolean imported,
            String engagement, Badge status, String owner, String linkHref) {

        public String href() {
            return CollabPaths.detail(id);
        }

        public String clientHref() {
            return Paths.client(clientId);
        }

        public boolean linkable() {
            return linkHref != null;
        }
    }

    @GET
    public Uni<Response> list(@RestQuery(CollabPaths.SERVICE) String service,
            @RestQuery(CollabPaths.STATUS) String status, @RestQuery(CollabPaths.OWNER) String owner,
            @RestQuery(CollabPaths.CLIENT) String client, @RestQuery(CollabPaths.ENGAGEMENT) String engagementId,
            @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        String serviceAsked = service == null || service.isBlank() || service.length() > 40 ? "" : service.strip();
        String statusAsked = STATUSES.containsKey(status) ? status : "";
        UUID ownerId = id(owner);
        UUID clientId = id(client);
        UUID engagementAsked = id(engagementId);
        int asked = Listing.pageAsked(sida);
        String bannerText = banner.takeText(page.msg());
        CollaborationFilter filter = new CollaborationFilter(clientId, serviceAsked.isEmpty() ? null : serviceAsked,
                engagementAsked, ownerId, STATUSES.get(statusAsked));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(CollabPaths.SERVICE, serviceAsked);
        filters.put(CollabPaths.STATUS, statusAsked);
        filters.put(CollabPaths.OWNER, ownerId == null ? "" : ownerId.toString());
        filters.put(CollabPaths.CLIENT, clientId == null ? "" : clientId.toString());
        filters.put(CollabPaths.ENGAGEMENT, engagementAsked == null ? "" : engagementAsked.toString());
        return Uni.combine().all().unis(collaboration.collaborations(filter, asked - 1, PAGE_SIZE),
                CollabPages.optional(collaboration.catalogue(), "catalogue"),
                CollabPages.optional(engagement.allStaff(), "staff"))
                .with((result, catalogue, staff) -> {
                    Listing listing = new Listing(Paths.COLLABORATIONS, "", asked, PAGE_SIZE, result.totalItems(),
                            filters);
                    CollabList view = view(listing, filter, statusAsked, result.items(), catalogue.orElse(null),
                            staff.orElse(null), bannerText);
                    return listing.answer(false, result.items().isEmpty(), () -> Templates.list(view));
                })
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> unavailable(page));
    }

    private CollabList view(Listing listing, CollaborationFilter filter, String statusAsked,
            List<CollaborationView> items, List<ServiceView> catalogue, List<StaffView> staff, String bannerText) {
        CollabListMsg list = page.collabListMsg();
        Map<UUID, String> names = new HashMap<>();
        if (staff != null) {
            staff.forEach(member -> names.put(member.id(), member.name()));
        }
        List<Row> rows = items.stream().map(c -> row(c, names, staff != null)).toList();
        List<Choice> services = catalogue == null ? null : catalogue.stream().map(s -> new Choice(s.code(),
                s.code(), s.name(), null, s.code().equals(filter.service()))).toList();
        List<Choice> owners = staff == null ? null : staff.stream().map(member -> new Choice(member.id()
                .toString(), member.id().toString(), member.name(), null, member.id().equals(filter.ownerId())))
                .toList();
        List<Choice> statuses = new ArrayList<>();
        STATUSES.forEach((word, status) -> statuses.add(new Choice(word, word, CollabWords.status(status, page)
                .text(), null, word.equals(statusAsked))));
        Optional<CollaborationView> first = items.stream().findFirst();
        String clientFilter = filter.clientId() == null ? null : first
                .filter(c -> filter.clientId().equals(c.clientId())).map(c -> list.filter_client(c.clientName()))
                .orElse(list.filter_client_unnamed());
        String engagementFilter = filter.engagementId() == null ? null : first
                .filter(c -> filter.engagementId().equals(c.engagementId()))
                .map(c -> list.filter_engagement(c.engagementTitle())).orElse(list.filter_engagement_unnamed());
        boolean filtered = filter.service() != null || filter.status() != null || filter.ownerId() != null
                || filter.clientId() != null || filter.engagementId() != null;
        return new CollabList(listing, CollaborationApi.UNLINKED.equals(filter.status()), rows, services, statuses,
                owners, filter.clientId() == null ? "" : filter.clientId().toString(),
                filter.engagementId() == null ? "" : filter.engagementId().toString(), clientFilter,
                engagementFilter, filtered, bannerText);
    }

    private Row row(CollaborationView c, Map<UUID, String> names, boolean staffKnown) {
        CollabMsg words = page.collabMsg();
        CollabListMsg list = page.collabListMsg();
        boolean unlinked = c.is(CollaborationApi.UNLINKED);
        String service = c.serviceName() != null ? c.serviceName()
                : c.importServiceName() != null ? list.unlinked_service(c.importServiceName())
                        : list.unlinked_service_unnamed();
        String owner = c.ownerId() == null ? (c.engagementId() == null ? "" : list.owner_none())
                : names.getOrDefault(c.ownerId(), staffKnown ? words.staff_unknown() : "");
        return new Row(c.id(), c.clientId(), c.clientName(), service, c.serviceName() == null,
                c.engagementTitle() == null ? "" : c.engagementTitle(), CollabWords.status(c, page), owner,
                unlinked ? CollabPaths.link(c.id()) : null);
    }

    private static UUID id(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    static Map<String, String> statuses(String... wordsAndStatuses) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndStatuses.length; i += 2) {
            statuses.put(wordsAndStatuses[i], wordsAndStatuses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(statuses);
    }

    static Response unavailable(PageContext page) {
        return CollabPages.unavailable(page.collabListMsg().unavailable_many(), Paths.CLIENTS,
                page.msg().back_to_clients());
    }
}
