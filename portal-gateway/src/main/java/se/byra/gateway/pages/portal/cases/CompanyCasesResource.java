package se.byra.gateway.pages.portal.cases;

import java.util.List;
import java.util.Map;
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
import se.byra.gateway.downstream.CompanyCaseApi;
import se.byra.gateway.downstream.CompanyCaseApi.CaseCard;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.portal.Companies;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.platform.web.security.Roles;

/**
 * A company's cases in the portal: cards, not a table (each case is a thing of its own, not a row to compare), in the
 * service's order, the latest change first; each with its title, its type, whose turn it is, the day to answer by
 * (marked when it has passed) and "Ny" when something happened the company has not seen. The open ones by default,
 * the closed ones as history ({@code ?visa=avslutade}). Every member of the company reads them; another company's
 * address is the 404 page.
 */
@Path(Paths.COMPANIES + "/{clientId}" + Paths.COMPANY_CASES)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class CompanyCasesResource {

    /** The list's query parameter: {@code avslutade} shows the closed cases. */
    static final String VIEW_PARAMETER = CaseWords.VIEW_PARAMETER;
    static final String CLOSED_VIEW = CaseWords.CLOSED;
    static final int PAGE_SIZE = 20;

    @Inject
    CompanyCaseCalls calls;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(ListPage view);
    }

    /** A case as a card: its title and address, type, whose turn, the day to answer by, new, last changed. */
    public record Card(String title, String href, String type, Badge status, String due, boolean overdue,
            Badge overdueBadge, boolean unread, String updated) {
    }

    /** One page of the company's open cases, or of the closed ones ({@code closed}). */
    public record ListPage(CurrentCompany company, boolean closed, Listing listing, List<Card> cards) {

        public String openHref() {
            return CaseWords.casesHref(company.id());
        }

        public String closedHref() {
            return CaseWords.closedCasesHref(company.id());
        }

        public String askHref() {
            return openHref() + QuestionResource.NEW;
        }

        public String consentHref() {
            return CaseWords.consentHref(company.id());
        }
    }

    @GET
    public Uni<Response> list(@PathParam("clientId") UUID clientId, @RestQuery(VIEW_PARAMETER) String visa,
            @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        boolean closed = CLOSED_VIEW.equals(visa == null ? null : visa.strip());
        int asked = Listing.pageAsked(sida);
        CaseWords words = new CaseWords(page);
        return Uni.combine().all().unis(companies.current(clientId), calls.cases(clientId, closed, asked - 1,
                PAGE_SIZE)).asTuple().map(loaded -> {
                    CurrentCompany company = loaded.getItem1();
                    var result = loaded.getItem2();
                    Listing listing = new Listing(CaseWords.casesHref(clientId), "", asked, PAGE_SIZE,
                            result.totalItems(), closed ? Map.of(VIEW_PARAMETER, CLOSED_VIEW) : Map.of());
                    List<Card> cards = result.items().stream().map(card -> card(card, clientId, words)).toList();
                    return listing.answer(false, cards.isEmpty(),
                            () -> Templates.list(new ListPage(company, closed, listing, cards)));
                });
    }

    private static Card card(CaseCard c, UUID clientId, CaseWords words) {
        PortalCaseMsg msg = words.msg();
        boolean waiting = CompanyCaseApi.WAITING_FOR_CLIENT.equals(c.status());
        boolean overdue = waiting && c.overdue();
        return new Card(c.title(), CaseWords.href(clientId, c.id()), words.type(c.type()), words.status(c.status()),
                waiting ? words.due(c.dueOn(), overdue) : null, overdue, overdue ? words.overdue() : null, c.unread(),
                c.updatedAt() == null ? null : msg.card_updated(words.date(c.updatedAt())));
    }
}
