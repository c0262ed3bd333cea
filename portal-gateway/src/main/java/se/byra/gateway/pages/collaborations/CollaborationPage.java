package se.byra.gateway.pages.collaborations;

import static se.byra.gateway.downstream.CollaborationApi.ACTIVE;
import static se.byra.gateway.downstream.CollaborationApi.AGENCY;
import static se.byra.gateway.downstream.CollaborationApi.CLIENT;
import static se.byra.gateway.downstream.CollaborationApi.DECLINED;
import static se.byra.gateway.downstream.CollaborationApi.EXPIRED;
import static se.byra.gateway.downstream.CollaborationApi.INVITED;
import static se.byra.gateway.downstream.CollaborationApi.UNLINKED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.HistoryView;
import se.byra.gateway.downstream.CollaborationApi.ServiceView;
import se.byra.gateway.downstream.CollaborationApi.SignedEngagement;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;

/**
 * One collaboration as a page: its details, who has access, the invitation, the client's answer, the ending, the
 * import it came from, the service's next steps while it is open, its history (paged), and the actions its status
 * allows. The collaboration itself must be read (a 404 is the page's, a service that does not answer the page in
 * words); the staff's names, the catalogue's texts, the client's engagements and the history are each left out in
 * words when they cannot be read. An action that could not be done shows the page again with a notice.
 */
@ApplicationScoped
public class CollaborationPage {

    static final int HISTORY_SIZE = 20;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate(basePath = "CollaborationResource")
    static class Templates {

        static native TemplateInstance detail(Detail view);
    }

    /** A line of a summary list; {@code href} makes its value a link. */
    public record Row(String key, String value, String href) {

        Row(String key, String value) {
            this(key, value, null);
        }
    }

    /** A summary list under its own heading. */
    public record Part(String id, String heading, List<Row> rows) {
    }

    /** A step of the history in words. */
    public record Step(String date, String what, String by, List<String> details) {
    }

    /** What the user may do, by the collaboration's status. */
    public record Actions(boolean resend, boolean edit, boolean end, boolean withdraw, boolean link,
            boolean remove) {

        public boolean any() {
            return resend || edit || end || withdraw || link || remove;
        }
    }

    /**
     * The page. {@code staff} null when the names cannot be read; {@code history} null when it cannot be read;
     * {@code steps} empty unless the collaboration is open; {@code banner} and {@code notice} after an action.
     */
    public record Detail(CollaborationView c, String title, Badge status, List<Row> details, List<String> staff,
            List<Part> parts, List<String> steps, List<Step> history, Listing historyListing, Actions actions,
            String clientEnding, String banner, String notice) {

        public String clientHref() {
            return Paths.client(c.clientId());
        }

        public String resendAction() {
            return CollabPaths.resend(c.id());
        }

        public String editHref() {
            return CollabPaths.edit(c.id());
        }

        public String endHref() {
            return CollabPaths.end(c.id());
        }

        public String withdrawAction() {
            return CollabPaths.withdrawEnding(c.id());
        }

        public String linkHref() {
            return CollabPaths.link(c.id());
        }

        public String removeHref() {
            return CollabPaths.remove(c.id());
        }

        public boolean staffUnavailable() {
            return staff == null;
        }

        public boolean historyUnavailable() {
            return history == null;
        }

        public boolean hasBanner() {
            return banner != null;
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasClientEnding() {
            return clientEnding != null;
        }
    }

    /** The page, with the banner an action left, if any; {@code historyPage} from 1. */
    public Uni<Response> show(UUID id, int historyPage) {
        return show(id, historyPage, null, 200, true);
    }

    /** The page after an action that could not be done: the notice above it, answered with {@code status}. */
    public Uni<Response> show(UUID id, String notice, int status) {
        return show(id, 1, notice, status, false);
    }

    private Uni<Response> show(UUID id, int historyPage, String notice, int status, boolean withBanner) {
        Optional<Banner.Kind> kind = withBanner ? banner.take() : Optional.empty();
        return collaboration.collaboration(id).flatMap(c -> {
            Uni<Optional<ServiceView>> service = c.service() == null ? Uni.createFrom().item(Optional.empty())
                    : CollabPages.optional(collaboration.catalogueService(c.service()), "catalogue");
            Uni<Optional<List<StaffView>>> staff = CollabPages.optional(engagement.allStaff(), "staff");
            Uni<Optional<List<SignedEngagement>>> engagements = CollabPages.optional(collaboration.signedEngagements(
                    c.clientId(), 0, ServicePage.LARGEST).map(ServicePage::items), "engagements");
            Uni<Optional<ServicePage<HistoryView>>> history = CollabPages.optional(collaboration.history(id, historyPage - 1,
                    HISTORY_SIZE), "history");
            return Uni.combine().all().unis(service, staff, engagements, history).with((s, people, known, steps) ->
                    CollabPages.page(status, Templates.detail(detail(c, s.orElse(null), people.orElse(null),
                            known.orElse(List.of()), steps.orElse(null), historyPage, kind, notice))));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    private Detail detail(CollaborationView c, ServiceView service, List<StaffView> people,
            List<SignedEngagement> engagements, ServicePage<HistoryView> history, int historyPage,
            Optional<Banner.Kind> kind, String notice) {
        CollabMsg words = page.collabMsg();
        Map<UUID, String> engagementTitles = new HashMap<>();
        engagements.forEach(e -> engagementTitles.put(e.id(), e.title()));
        if (c.engagementId() != null && c.engagementTitle() != null) {
            engagementTitles.put(c.engagementId(), c.engagementTitle());
        }
        String title = c.serviceName() == null ? words.detail_title_unlinked(c.clientName())
                : words.detail_title(c.serviceName(), c.clientName());
        List<Step> steps = history == null ? null : history.items().stream().map(entry -> new Step(
                Formats.date(entry.at(), page), CollabWords.step(entry.what(), words),
                CollabWords.by(entry.byName(), entry.side(), words),
                CollabWords.details(entry, service, engagementTitles, page))).toList();
        Listing listing = new Listing(CollabPaths.detail(c.id()), "", historyPage, HISTORY_SIZE,
                history == null ? 0 : history.totalItems());
        boolean open = c.is(INVITED) || c.is(ACTIVE);
        return new Detail(c, title, CollabWords.status(c, page), details(c, service), names(c, people),
                parts(c), open && service != null ? service.steps() : List.of(), steps, listing, actions(c),
                c.is(ACTIVE) && CLIENT.equals(c.endSide()) && c.endsOn() != null
                        ? words.client_ending(Formats.date(c.endsOn(), page)) : null,
                kind.map(k -> bannerText(k, c)).orElse(null), notice);
    }

    private List<Row> details(CollaborationView c, ServiceView service) {
        CollabMsg words = page.collabMsg();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(words.field_client(), c.clientName(), Paths.client(c.clientId())));
        if (c.serviceName() != null) {
            rows.add(new Row(words.field_service(), c.serviceName()));
        }
        if (c.engagementTitle() != null) {
            rows.add(new Row(words.field_engagement(), c.engagementTitle()));
        }
        if (c.variant() != null) {
            rows.add(new Row(words.field_variant(), CollabWords.variant(c.variant(), service)));
        }
        if (c.invoiceRecipient() != null) {
            rows.add(new Row(words.field_invoice_recipient(), CollabWords.recipient(c.invoiceRecipient(), page)));
        }
        if (c.agreementMonths() != null) {
            rows.add(new Row(words.field_agreement_period(), CollabWords.months(c.agreementMonths(), words)));
        }
        if (c.agencyPaymentRecipient() || service != null && service.agencyMayBePaymentRecipient()) {
            rows.add(new Row(words.field_payment_recipient(), c.agencyPaymentRecipient() ? words.recipient_agency()
                    : words.recipient_client()));
        }
        return rows;
    }

    /** The names of the staff with access, by the directory; null when it cannot be read. */
    private List<String> names(CollaborationView c, List<StaffView> people) {
        if (people == null) {
            return null;
        }
        Map<UUID, String> byId = new HashMap<>();
        people.forEach(member -> byId.put(member.id(), member.name()));
        return c.staffIds().stream().map(id -> byId.getOrDefault(id, page.collabMsg().staff_unknown())).toList();
    }

    /** The invitation, the answer, the ending and the import, each when there is something to say. */
    private List<Part> parts(CollaborationView c) {
        CollabMsg words = page.collabMsg();
        List<Part> parts = new ArrayList<>();
        if (c.invitedAt() != null) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(words.invitation_sent(), CollabWords.dateBy(c.invitedAt(), c.invitedByName(), page)));
            rows.add(new Row(words.invitation_times(), Integer.toString(c.timesSent())));
            if ((c.is(INVITED) || c.is(EXPIRED)) && c.expiresAt() != null) {
                rows.add(new Row(words.invitation_expires(), Formats.date(c.expiresAt(), page)));
            }
            parts.add(new Part("invitation", words.detail_invitation(), rows));
        }
        if (c.answeredAt() != null) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(words.answered(), CollabWords.dateBy(c.answeredAt(), c.answeredByName(), page)));
            if (c.termsVersion() != null) {
                rows.add(new Row(words.terms_version(), words.terms_version_value(c.termsVersion())));
            }
            if (c.is(DECLINED) && c.declineReason() != null && !c.declineReason().isBlank()) {
                rows.add(new Row(words.decline_reason(), c.declineReason()));
            }
            parts.add(new Part("answer", words.detail_answer(), rows));
        }
        if (c.endsOn() != null) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(words.field_ends_on(), Formats.date(c.endsOn(), page)));
            rows.add(new Row(words.ending_by(), CollabWords.by(c.endByName(), c.endSide(), words)));
            if (c.endedAt() != null) {
                rows.add(new Row(words.ended_at(), Formats.date(c.endedAt(), page)));
            }
            rows.add(new Row(words.detail_decision(), c.serviceDecision() == null ? words.decision_pending()
                    : CollabWords.decision(c.serviceDecision(), words)));
            parts.add(new Part("ending", words.detail_ending(), rows));
        }
        if (c.importReference() != null) {
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(words.import_reference(), c.importReference()));
            if (c.importServiceName() != null) {
                rows.add(new Row(words.import_service(), c.importServiceName()));
            }
            if (c.importStartedOn() != null) {
                rows.add(new Row(words.import_started(), Formats.date(c.importStartedOn(), page)));
            }
            parts.add(new Part("import", words.detail_import(), rows));
        }
        return parts;
    }

    private static Actions actions(CollaborationView c) {
        boolean active = c.is(ACTIVE);
        return new Actions(c.is(INVITED) || c.is(EXPIRED), c.is(INVITED) || active, active,
                active && c.endsOn() != null && AGENCY.equals(c.endSide()), c.is(UNLINKED), c.is(UNLINKED));
    }

    /** The banner an action left, with what the page knows: whom the invitation went to, the last day set. */
    private String bannerText(Banner.Kind kind, CollaborationView c) {
        CollabMsg words = page.collabMsg();
        Msg msg = page.msg();
        if (kind == Banner.Kind.COLLABORATION_ACTIVATED && c.scenario() != null) {
            return switch (c.scenario()) {
                case CollabWords.NEW_CUSTOMER -> words.banner_activated_new_customer(c.clientName());
                case CollabWords.NEW_SERVICE -> words.banner_activated_new_service(c.clientName());
                case CollabWords.EXISTING_SERVICE -> words.banner_activated_existing_service(c.clientName());
                default -> kind.text(msg, words);
            };
        }
        if (kind == Banner.Kind.ENDING_SET && c.endsOn() != null) {
            return words.banner_ending_set_on(Formats.date(c.endsOn(), page));
        }
        return kind.text(msg, words);
    }
}
