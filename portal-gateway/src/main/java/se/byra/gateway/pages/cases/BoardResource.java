package se.byra.gateway.pages.cases;

import java.util.ArrayList;
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

import io.smallrye.mutiny.Uni;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.CaseCalls.BoardFilter;
import se.byra.gateway.downstream.EngagementApi.ClientSummary;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.platform.web.security.Roles;

/**
 * The agency's cases across its clients (the ones the user may see), the latest change first: a GET form of filters
 * (whose turn, type, assignee, client, due before, only overdue, a part of the title), a table with a caption, each
 * case's unread marker, whose turn in words and its due date (overdue marked), paging and an empty state in words.
 * The assignee and client filters go without their choices when engagement-service cannot be read; the board itself
 * needs case-service.
 */
@Path(Paths.CASES)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class BoardResource {

    static final int PAGE_SIZE = 20;
    /** The clients offered in the client filter: the first page of the register, by name. */
    static final int CLIENT_CHOICES = ServicePage.LARGEST;

    /** The status filter: the address's word and the statuses it stands for. */
    static final Map<String, List<String>> STATUSES = statuses();
    /** The type filter: the address's word and the type. */
    static final Map<String, String> TYPES = types();

    @Inject
    CaseCalls cases;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance board(Board view);
    }

    /** One page of the board; {@code assignees} and {@code clients} null when they cannot be read. */
    public record Board(Listing listing, List<CaseRow> rows, List<Choice> statuses, List<Choice> types,
            List<Choice> assignees, List<Choice> clients, String dueBefore, boolean overdue, String query,
            boolean filtered, String banner, String unavailableHint) {

        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public List<Choice> assigneeChoices() {
            return assignees == null ? List.of() : assignees;
        }

        public List<Choice> clientChoices() {
            return clients == null ? List.of() : clients;
        }

        /** The assignee filter's hint: null while its choices can be shown. */
        public String assigneesHint() {
            return assignees == null ? unavailableHint : null;
        }

        public String clientsHint() {
            return clients == null ? unavailableHint : null;
        }

        public String newHref() {
            return CasePaths.NEW;
        }
    }

    @GET
    public Uni<Response> board(@RestQuery(CasePaths.STATUS) String status, @RestQuery(CasePaths.TYPE) String type,
            @RestQuery(CasePaths.ASSIGNEE) String assignee, @RestQuery(CasePaths.CLIENT) String client,
            @RestQuery(CasePaths.DUE_BEFORE) String dueBefore, @RestQuery(CasePaths.OVERDUE) String overdue,
            @RestQuery(Listing.QUERY_PARAMETER) String q, @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        String statusAsked = STATUSES.containsKey(status) ? status : "";
        String typeAsked = TYPES.containsKey(type) ? type : "";
        UUID assigneeId = CasePages.id(assignee);
        UUID clientId = CasePages.id(client);
        java.time.LocalDate before = CasePages.date(dueBefore);
        boolean overdueOnly = "ja".equals(overdue);
        String query = Listing.searchAsked(q);
        int asked = Listing.pageAsked(sida);
        String bannerText = CasePages.bannerText(banner, page);
        BoardFilter filter = new BoardFilter(STATUSES.getOrDefault(statusAsked, List.of()), TYPES.get(typeAsked),
                assigneeId, clientId, before, overdueOnly, query.isEmpty() ? null : query);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put(CasePaths.STATUS, statusAsked);
        filters.put(CasePaths.TYPE, typeAsked);
        filters.put(CasePaths.ASSIGNEE, assigneeId == null ? "" : assigneeId.toString());
        filters.put(CasePaths.CLIENT, clientId == null ? "" : clientId.toString());
        filters.put(CasePaths.DUE_BEFORE, before == null ? "" : before.toString());
        filters.put(CasePaths.OVERDUE, overdueOnly ? "ja" : "");
        return Uni.combine().all().unis(cases.board(filter, asked - 1, PAGE_SIZE),
                CasePages.optional(engagement.allStaff(), "staff"),
                CasePages.optional(engagement.clients(null, 0, CLIENT_CHOICES), "clients"))
                .with((result, staff, register) -> {
                    Listing listing = new Listing(Paths.CASES, query, asked, PAGE_SIZE, result.totalItems(),
                            filters);
                    Board view = new Board(listing, result.items().stream().map(c -> CaseRow.of(c, page)).toList(),
                            statusChoices(statusAsked), typeChoices(typeAsked), assignees(staff, assigneeId),
                            clients(register, clientId, result.items()), before == null ? "" : before.toString(),
                            overdueOnly, query, !statusAsked.isEmpty() || !typeAsked.isEmpty() || assigneeId != null
                                    || clientId != null || before != null || overdueOnly || !query.isEmpty(),
                            bannerText, page.caseMsg().filter_unavailable());
                    return listing.answer(false, result.items().isEmpty(), () -> Templates.board(view));
                })
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                        page.caseMsg().unavailable_many(), Paths.CLIENTS, page.msg().back_to_clients()));
    }

    private List<Choice> statusChoices(String asked) {
        CaseMsg words = page.caseMsg();
        List<Choice> choices = new ArrayList<>();
        STATUSES.forEach((word, statuses) -> choices.add(new Choice(word, word, statuses.size() > 1
                ? words.filter_status_open() : CaseWords.status(statuses.get(0), words).text(), null,
                word.equals(asked))));
        return choices;
    }

    private List<Choice> typeChoices(String asked) {
        CaseMsg words = page.caseMsg();
        List<Choice> choices = new ArrayList<>();
        TYPES.forEach((word, type) -> choices.add(new Choice(word, word, CaseWords.type(type, words), null,
                word.equals(asked))));
        return choices;
    }

    /** Everyone who can be an assignee, the signed-in user first as "Jag"; null when the staff cannot be read. */
    private List<Choice> assignees(Optional<List<StaffView>> staff, UUID asked) {
        if (staff.isEmpty()) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        for (StaffView member : staff.get()) {
            Choice choice = new Choice(member.id().toString(), member.id().toString(), page.isUser(member)
                    ? page.caseMsg().filter_assignee_me(member.name()) : member.name(), null,
                    member.id().equals(asked));
            if (page.isUser(member)) {
                choices.add(0, choice);
            } else {
                choices.add(choice);
            }
        }
        return choices;
    }

    /**
     * The register's first clients by name, and the client filtered on if it is not among them (named from the
     * cases shown); null when the register cannot be read.
     */
    private List<Choice> clients(Optional<ServicePage<ClientSummary>> register, UUID asked,
            List<CaseApi.CaseSummary> shown) {
        if (register.isEmpty()) {
            return null;
        }
        List<Choice> choices = new ArrayList<>(register.get().items().stream().map(c -> new Choice(c.id().toString(),
                c.id().toString(), c.name(), null, c.id().equals(asked))).toList());
        if (asked != null && choices.stream().noneMatch(Choice::checked)) {
            String name = shown.stream().filter(c -> asked.equals(c.clientId())).map(CaseApi.CaseSummary::clientName)
                    .findFirst().orElse(page.caseMsg().filter_client_unnamed());
            choices.add(0, new Choice(asked.toString(), asked.toString(), name, null, true));
        }
        return choices;
    }

    private static Map<String, List<String>> statuses() {
        Map<String, List<String>> statuses = new LinkedHashMap<>();
        statuses.put("oppna", List.of(CaseApi.DRAFT, CaseApi.WAITING_FOR_CLIENT, CaseApi.WAITING_FOR_AGENCY));
        statuses.put("vantar-pa-byran", List.of(CaseApi.WAITING_FOR_AGENCY));
        statuses.put("vantar-pa-kunden", List.of(CaseApi.WAITING_FOR_CLIENT));
        statuses.put("utkast", List.of(CaseApi.DRAFT));
        statuses.put("avslutade", List.of(CaseApi.CLOSED));
        statuses.put("makulerade", List.of(CaseApi.CANCELLED));
        return java.util.Collections.unmodifiableMap(statuses);
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("fraga", CaseApi.QUESTION);
        types.put("dokumentbegaran", CaseApi.DOCUMENT_REQUEST);
        types.put("godkannande", CaseApi.APPROVAL);
        types.put("information", CaseApi.INFORMATION);
        types.put("formular", CaseApi.FORM);
        return java.util.Collections.unmodifiableMap(types);
    }
}
