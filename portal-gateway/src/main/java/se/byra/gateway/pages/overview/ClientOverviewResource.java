package se.byra.gateway.pages.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementApi.ContactView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.pages.AddressFields;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * The client overview: the client's own details from engagement-service, and every
 * {@link OverviewSection} loaded at the same time. A section whose service fails says so; when the
 * client itself cannot be fetched the page is a 503 in words, and an unknown client (or another
 * agency's) the 404 page.
 */
@Path(Paths.CLIENTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ClientOverviewResource {

    private static final Logger LOG = Logger.getLogger(ClientOverviewResource.class);

    @Inject
    EngagementCalls engagement;

    @Inject
    @Any
    Instance<OverviewSection> sections;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance overview(Overview view);

        static native TemplateInstance unavailable();
    }

    @CheckedTemplate(basePath = "overview")
    static class Sections {

        static native TemplateInstance unavailable(String title, String headingId);
    }

    /** The page: the client in words, each section already rendered, and the banner if an action led here. */
    public record Overview(ClientView client, String manager, List<String> address, Badge status, String registered,
            List<ContactView> contacts, List<RawString> sections, String banner) {

        public String editHref() {
            return Paths.CLIENTS + "/" + client.id() + "/redigera";
        }

        public boolean hasBanner() {
            return banner != null;
        }
    }

    @GET
    @Path("/{id}")
    public Uni<Response> overview(@PathParam("id") UUID id) {
        Msg msg = page.msg();
        String bannerText = banner.take().map(kind -> kind.text(msg)).orElse(null);
        List<OverviewSection> ordered = sections.stream().sorted(Comparator.comparingInt(OverviewSection::order))
                .toList();
        List<Uni<?>> calls = new ArrayList<>();
        calls.add(engagement.client(id));
        ordered.forEach(section -> calls.add(render(section, id, msg)));
        return Uni.combine().all().unis(calls).with(results -> {
            ClientView client = (ClientView) results.get(0);
            List<RawString> rendered = results.subList(1, results.size()).stream().map(RawString.class::cast)
                    .toList();
            return Response.ok(Templates.overview(overview(client, rendered, bannerText, msg))).build();
        }).onFailure(ServiceFailures::unavailable)
                .recoverWithItem(() -> Response.status(503).entity(Templates.unavailable()).build());
    }

    /** A section as HTML, or, when its service fails or is slow, the section saying so. */
    private Uni<RawString> render(OverviewSection section, UUID clientId, Msg msg) {
        return Uni.createFrom().deferred(() -> section.load(clientId))
                .map(html -> new RawString(html.render()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf(failure, "Overview section %s unavailable", section.headingId());
                    return new RawString(Sections.unavailable(section.title(msg), section.headingId()).render());
                });
    }

    private Overview overview(ClientView client, List<RawString> sections, String bannerText, Msg msg) {
        String manager = page.manager(client.clientManagerId(), client.clientManagerName());
        Badge status = client.active() ? new Badge(msg.status_active(), Badge.Colour.GREEN)
                : new Badge(msg.status_inactive(), Badge.Colour.GREY);
        List<ContactView> contacts = client.contacts().stream()
                .sorted(Comparator.comparing(ContactView::main).reversed()).toList();
        return new Overview(client, manager, AddressFields.lines(client.address()), status,
                Formats.date(client.createdAt(), page), contacts, sections, bannerText);
    }
}
