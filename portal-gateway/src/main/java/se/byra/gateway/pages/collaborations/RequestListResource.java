package se.byra.gateway.pages.collaborations;

import java.util.List;
import java.util.Map;
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
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CollabListMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * Skickade förfrågningar: the invitations to collaborate the agency sent, newest first, with who sent each, what
 * became of it and who answered when; a status filter (waiting, approved, declined, expired) as a GET form. A class
 * of its own so that its literal address wins over a collaboration's {@code /byra/samarbeten/{id}}.
 */
@Path(CollabPaths.REQUESTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class RequestListResource {

    /** The filter: the address's word and the service's status. */
    static final Map<String, String> STATUSES = CollaborationListResource.statuses("vantar",
            CollaborationApi.INVITED, "godkanda", CollaborationApi.ACTIVE, "avbojda", CollaborationApi.DECLINED,
            "gick-ut", CollaborationApi.EXPIRED);

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance requests(RequestList view);
    }

    /** One page of the sent requests, with the status filter. */
    public record RequestList(Listing listing, List<RequestRow> rows, List<Choice> statuses, boolean filtered) {

        public boolean empty() {
            return rows.isEmpty();
        }
    }

    public record RequestRow(UUID id, UUID clientId, String clientName, String service, String sent, String by,
            Badge status, String answered) {

        public String href() {
            return CollabPaths.detail(id);
        }

        public String clientHref() {
            return Paths.client(clientId);
        }
    }

    @GET
    public Uni<Response> requests(@RestQuery(CollabPaths.STATUS) String status,
            @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        String statusAsked = STATUSES.containsKey(status) ? status : "";
        int asked = Listing.pageAsked(sida);
        int size = CollaborationListResource.PAGE_SIZE;
        return collaboration.requests(STATUSES.get(statusAsked), asked - 1, size).map(result -> {
            Listing listing = new Listing(CollabPaths.REQUESTS, "", asked, size, result.totalItems(),
                    Map.of(CollabPaths.STATUS, statusAsked));
            RequestList view = new RequestList(listing, result.items().stream().map(this::row).toList(),
                    statuses(statusAsked), !statusAsked.isEmpty());
            return listing.answer(false, result.items().isEmpty(), () -> Templates.requests(view));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollaborationListResource.unavailable(page));
    }

    private RequestRow row(CollaborationView c) {
        return new RequestRow(c.id(), c.clientId(), c.clientName(), c.serviceName(), Formats.date(c.invitedAt(), page),
                c.invitedByName(), CollabWords.status(c, page), c.answeredAt() == null
                        ? page.collabListMsg().requests_not_answered()
                        : CollabWords.dateBy(c.answeredAt(), c.answeredByName(), page));
    }

    private List<Choice> statuses(String asked) {
        CollabListMsg list = page.collabListMsg();
        Map<String, String> words = Map.of("vantar", list.requests_filter_waiting(), "godkanda",
                list.requests_filter_accepted(), "avbojda", list.requests_filter_declined(), "gick-ut",
                list.requests_filter_expired());
        return STATUSES.keySet().stream().map(word -> new Choice(word, word, words.get(word), null,
                word.equals(asked))).toList();
    }
}
