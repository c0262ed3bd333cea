package se.byra.gateway.pages.notices;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.NotificationApi.NotificationView;
import se.byra.gateway.downstream.NotificationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.NoticeMsg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;

/**
 * The signed-in user's notifications and their choice of e-mails, the same pages on both sides: the agency's
 * ({@link AgencyNoticesResource}, {@code /byra/notiser}) and the portal's ({@link PortalNoticesResource},
 * {@code /portal/notiser}). The list is newest first, unread ones marked in words; opening one marks it read and
 * leads to its link, but only to a page of this gateway's (never an open redirect).
 */
public abstract class NoticePages {

    static final int PAGE_SIZE = 20;
    static final String PREFERENCES = "/installningar";
    static final String MARK_ALL = "/markera-lasta";
    /** Where opening a notification leads: its link, as the list writes it into the address. */
    static final String TARGET = "till";
    /** The preference form's fields: every category shown, in order; the mandatory ones; the ones ticked. */
    static final String CATEGORY_FIELD = "kategori";
    static final String MANDATORY_FIELD = "alltid";
    static final String EMAIL_FIELD = "epost";
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final int MAX_CATEGORIES = 20;

    @Inject
    NotificationCalls notifications;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    CurrentVertxRequest request;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(NoticeList view);

        static native TemplateInstance preferences(PreferencesPage view);
    }

    private final String base;
    private final Predicate<PageContext> belongsHere;

    /**
     * {@code base}: this side's address of the pages; {@code belongsHere}: whether the signed-in user has this
     * side's role (the resource's @RolesAllowed says the same).
     */
    protected NoticePages(String base, Predicate<PageContext> belongsHere) {
        this.base = base;
        this.belongsHere = belongsHere;
    }

    /** One page of the notifications; {@code banner} the words after an action, if any. */
    public record NoticeList(String base, Listing listing, List<Row> rows, String banner) {

        public boolean empty() {
            return rows.isEmpty();
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public String markAllAction() {
            return base + MARK_ALL;
        }

        public String preferencesHref() {
            return base + PREFERENCES;
        }
    }

    /** A notification in words; {@code href} opens it (marks it read and leads on). */
    public record Row(UUID id, String title, String summary, String category, String time, String isoTime,
            boolean unread, String href) {
    }

    /** A category of e-mail: ticked or not; a mandatory one ticked and fixed, with why. */
    public record Choice(String category, String label, boolean mandatory, boolean email, String hint) {

        public String id() {
            return "epost-" + category.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The preferences form, with the service's refusal or a notice that nothing was saved. */
    public record PreferencesPage(String base, List<Choice> choices, FormErrors errors, String notice,
            String banner) {

        public String action() {
            return base + PREFERENCES;
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasBanner() {
            return banner != null;
        }
    }

    @GET
    public Uni<Response> list(@RestQuery(Listing.PAGE_PARAMETER) String sida) {
        side();
        int asked = Listing.pageAsked(sida);
        String bannerText = banner.takeText(page.msg());
        NoticeMsg msg = page.noticeMsg();
        return notifications.notifications(asked - 1, PAGE_SIZE).map(result -> {
            Listing listing = new Listing(base, "", asked, PAGE_SIZE, result.totalItems());
            NoticeList view = new NoticeList(base, listing,
                    result.items().stream().map(notification -> row(notification, msg)).toList(), bannerText);
            return listing.answer(false, result.items().isEmpty(), () -> Templates.list(view));
        });
    }

    /** Marks the notification read and leads to its link when that is one of this gateway's pages, else back here. */
    @GET
    @Path("/{id}")
    public Uni<Response> open(@PathParam("id") UUID id, @RestQuery(TARGET) String target) {
        side();
        String host = request.getCurrent().request().host();
        String to = ownPage(target, host == null ? "" : host).orElse(base);
        return notifications.markRead(id).map(read -> Response.seeOther(URI.create(to)).build());
    }

    @POST
    @Path(MARK_ALL)
    public Uni<Response> markAllRead() {
        side();
        return notifications.markAllRead().map(read -> Response.seeOther(URI.create(base))
                .cookie(banner.after(Banner.Kind.NOTICES_READ)).build());
    }

    @GET
    @Path(PREFERENCES)
    public Uni<TemplateInstance> preferences() {
        side();
        String bannerText = banner.takeText(page.msg());
        NoticeMsg msg = page.noticeMsg();
        return notifications.preferences().map(preferences -> Templates.preferences(new PreferencesPage(base,
                preferences.categories().stream().map(c -> choice(c.category(), c.mandatory(), c.email(), msg))
                        .toList(),
                noErrors(List.of()), null, bannerText)));
    }

    /**
     * Saves the changeable categories shown (a checkbox not ticked is not sent, so the form names every category in
     * hidden fields). Refused or not answered: the form again as ticked, with the reason in words.
     */
    @POST
    @Path(PREFERENCES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> savePreferences(@RestForm(CATEGORY_FIELD) List<String> shown,
            @RestForm(MANDATORY_FIELD) List<String> mandatory, @RestForm(EMAIL_FIELD) List<String> ticked) {
        side();
        Set<String> categories = categories(shown);
        Set<String> fixed = categories(mandatory);
        Set<String> chosen = categories(ticked);
        Map<String, Boolean> email = new LinkedHashMap<>();
        categories.stream().filter(c -> !fixed.contains(c)).forEach(c -> email.put(c, chosen.contains(c)));
        NoticeMsg msg = page.noticeMsg();
        List<Choice> choices = categories.stream()
                .map(c -> choice(c, fixed.contains(c), fixed.contains(c) || chosen.contains(c), msg)).toList();
        return notifications.savePreferences(email)
                .map(saved -> Response.seeOther(URI.create(base + PREFERENCES))
                        .cookie(banner.after(Banner.Kind.PREFERENCES_SAVED)).build())
                .onFailure(failure -> ServiceRefusal.is(failure, 400) || ServiceRefusal.is(failure, 409)
                        || ServiceFailures.unavailable(failure))
                .recoverWithItem(failure -> refused(failure, choices, email, msg));
    }

    private Response refused(Throwable failure, List<Choice> choices, Map<String, Boolean> email, NoticeMsg msg) {
        FormErrors errors = noErrors(choices);
        if (!(failure instanceof ServiceRefusal refusal)) {
            return Response.status(503).entity(Templates.preferences(new PreferencesPage(base, choices, errors,
                    msg.preferences_not_saved(), null))).build();
        }
        List<String> named = refusal.fieldErrors().stream().map(error -> error.field())
                .filter(field -> field != null && field.startsWith("email.")).map(field -> field.substring(6))
                .toList();
        List<String> meant = named.isEmpty()
                ? email.entrySet().stream().filter(e -> refusal.status() == 400 || !e.getValue())
                        .map(Map.Entry::getKey).limit(1).toList()
                : named;
        for (String category : meant) {
            String label = NoticeWords.category(category, msg);
            errors.add(choice(category, false, false, msg).id(), refusal.status() == 409
                    ? msg.preferences_error_mandatory(label)
                    : msg.preferences_error_unknown(label));
        }
        return Response.status(refusal.status()).entity(Templates.preferences(new PreferencesPage(base, choices,
                errors, null, null))).build();
    }

    private void side() {
        if (!belongsHere.test(page)) {
            throw new ForbiddenException();
        }
    }

    private Row row(NotificationView notification, NoticeMsg msg) {
        String open = base + "/" + notification.id();
        String href = ownPage(notification.link(), null).isPresent()
                ? open + "?" + TARGET + "=" + URLEncoder.encode(notification.link(), StandardCharsets.UTF_8)
                : open;
        return new Row(notification.id(), notification.title(), notification.summary(),
                NoticeWords.category(notification.category(), msg), NoticeWords.time(notification.createdAt(), page),
                notification.createdAt() == null ? "" : notification.createdAt().toString(), notification.unread(),
                href);
    }

    private static Choice choice(String category, boolean mandatory, boolean email, NoticeMsg msg) {
        return new Choice(category, NoticeWords.category(category, msg), mandatory, mandatory || email,
                mandatory ? NoticeWords.mandatory(category, msg) : null);
    }

    private static FormErrors noErrors(List<Choice> choices) {
        return new FormErrors(choices.stream().map(Choice::id).toList());
    }

    /** The categories a form names: the service's names only, each once, a few at most. */
    private static Set<String> categories(List<String> values) {
        Set<String> categories = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null && CATEGORY.matcher(value).matches() && categories.size() < MAX_CATEGORIES) {
                categories.add(value);
            }
        }
        return categories;
    }

    /**
     * The local address (path and query) of a notification's link when it is a page of this gateway's: an agency
     * or portal page, on this host when the link names one ({@code host} the request's; null accepts any, for a
     * link that is only checked again when followed). Anything else, another site or a scheme that is not http, is
     * refused.
     */
    static Optional<String> ownPage(String link, String host) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
        if (uri.getScheme() != null && !List.of("http", "https").contains(uri.getScheme().toLowerCase())
                || uri.getRawAuthority() != null && (uri.getScheme() == null
                        || host != null && !uri.getRawAuthority().equalsIgnoreCase(host))) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path == null || !(path.startsWith(Paths.AGENCY) || path.equals(Paths.PORTAL)
                || path.startsWith(Paths.PORTAL + "/"))) {
            return Optional.empty();
        }
        String local = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return Optional.ofNullable(Paths.local(local, null));
    }
}
