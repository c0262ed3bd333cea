package se.byra.gateway.pages.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.cases.CaseBanner;

/**
 * The client overview as a page: the client's own details from engagement-service, and every
 * {@link OverviewSection} loaded at the same time, each handed the one call for the client. A section whose
 * service fails says so; when the client itself cannot be fetched the page is a 503 in words, and an unknown
 * client (or another agency's) the 404 page. An action on the overview that could not be done (creating the
 * client's account) shows the page again with a notice above it.
 */
@ApplicationScoped
public class OverviewPage {

    private static final Logger LOG = Logger.getLogger(OverviewPage.class);
    private static final FormErrors NO_ERRORS = new FormErrors(List.of());

    @Inject
    EngagementCalls engagement;

    @Inject
    @Any
    Instance<OverviewSection> sections;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate(basePath = "ClientOverviewResource")
    static class Templates {

        static native TemplateInstance overview(Overview view);

        static native TemplateInstance unavailable();
    }

    @CheckedTemplate(basePath = "overview")
    static class Sections {

        static native TemplateInstance unavailable(String title, String headingId);
    }

    /** Why an action could not be done, and what to do: {@code detail}, {@code linkText} and its href may be null. */
    public record Notice(String text, String detail, String linkHref, String linkText) {

        public Notice(String text) {
            this(text, null, null, null);
        }
    }

    /**
     * The page: the client in words, each section already rendered, the banner, the notice or the errors an action
     * left (the errors link to the part of a section they are about).
     */
    public record Overview(ClientView client, String manager, List<String> address, Badge status, String registered,
            List<ContactView> contacts, List<RawString> sections, String banner, Notice notice, FormErrors errors) {

        public String editHref() {
            return OverviewPage.editHref(client.id());
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    static String href(UUID clientId) {
        return Paths.CLIENTS + "/" + clientId;
    }

    static String editHref(UUID clientId) {
        return href(clientId) + "/redigera";
    }

    /** The overview, with the banner an action left, if any (a case's in its own bundle). */
    public Uni<Response> show(UUID id) {
        Msg msg = page.msg();
        Optional<String> name = banner.takeName();
        String bannerText = name.flatMap(n -> Banner.kind(Banner.Kind.class, n)).map(k -> k.text(msg,
                page.collabMsg())).or(() -> name.flatMap(n -> Banner.kind(CaseBanner.class, n))
                        .map(k -> k.text(page.caseMsg()))).orElse(null);
        return show(id, bannerText, null, NO_ERRORS, 200);
    }

    /** The overview after an action that could not be done: the notice above it, answered with {@code status}. */
    public Uni<Response> show(UUID id, Notice notice, int status) {
        return show(id, null, notice, NO_ERRORS, status);
    }

    /** The overview after an action that could not be done: its error summary above it, answered with {@code status}. */
    public Uni<Response> show(UUID id, FormErrors errors, int status) {
        return show(id, null, null, errors, status);
    }

    private Uni<Response> show(UUID id, String bannerText, Notice notice, FormErrors errors, int status) {
        Msg msg = page.msg();
        List<OverviewSection> ordered = sections.stream().sorted(Comparator.comparingInt(OverviewSection::order))
                .toList();
        Uni<ClientView> client = engagement.client(id).memoize().indefinitely();
        List<Uni<?>> calls = new ArrayList<>();
        calls.add(client);
        ordered.forEach(section -> calls.add(render(section, id, client, msg)));
        return Uni.combine().all().unis(calls).with(results -> {
            List<RawString> rendered = results.subList(1, results.size()).stream().map(RawString.class::cast)
                    .toList();
            return Response.status(status).entity(Templates.overview(overview((ClientView) results.get(0), rendered,
                    bannerText, notice, errors, msg))).build();
        }).onFailure(ServiceFailures::unavailable)
                .recoverWithItem(() -> Response.status(503).entity(Templates.unavailable()).build());
    }

    /** A section as HTML, or, when its service fails or is slow, the section saying so. */
    private Uni<RawString> render(OverviewSection section, UUID clientId, Uni<ClientView> client, Msg msg) {
        return Uni.createFrom().deferred(() -> section.load(clientId, client))
                .map(html -> new RawString(html.render()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf(failure, "Overview section %s unavailable", section.headingId());
                    return new RawString(Sections.unavailable(section.title(msg), section.headingId()).render());
                });
    }

    private Overview overview(ClientView client, List<RawString> sections, String bannerText, Notice notice,
            FormErrors errors, Msg msg) {
        String manager = page.manager(client.clientManagerId(), client.clientManagerName());
        Badge status = client.active() ? new Badge(msg.status_active(), Badge.Colour.GREEN)
                : new Badge(msg.status_inactive(), Badge.Colour.GREY);
        List<ContactView> contacts = client.contacts().stream()
                .sorted(Comparator.comparing(ContactView::main).reversed()).toList();
        return new Overview(client, manager, AddressFields.lines(client.address()), status,
                Formats.date(client.createdAt(), page), contacts, sections, bannerText, notice, errors);
    }
}
