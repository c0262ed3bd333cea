package se.byra.gateway.pages.portal.collaborations;

import static se.byra.gateway.downstream.CompanyCollaborationApi.CLIENT;
import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCollaborationApi;
import se.byra.gateway.downstream.CompanyCollaborationApi.CompanyCollaborationView;
import se.byra.gateway.downstream.CompanyCollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.HistoryRow;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCollabMsg;
import se.byra.gateway.pages.portal.Companies;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.gateway.pages.portal.collaborations.CollaborationWords.Option;
import se.byra.platform.web.security.Roles;

/**
 * A company's collaborations with its agency in the portal. Every member reads them: the invitations waiting for an
 * answer first, the others in a table, and each one alone with what it means, how it is set up, where it stands and
 * its history. The company's administrator answers: approves an invitation and its terms (the version shown is sent
 * back, so terms changed since are asked again), declines it (with a reason, if they like), ends an active one now or
 * on a later day and says whether the company keeps the service alone, undoes an ending it set, and, after the
 * agency ended one, says whether the company keeps the service. A member who is not the administrator gets the 403
 * page for every answer and the service is not called; another company's address is the 404 page.
 */
@Path(Paths.COMPANIES + "/{clientId}" + CurrentCompany.COLLABORATIONS)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class CompanyCollaborationsResource {

    static final int PAGE_SIZE = 20;
    static final int HISTORY_SIZE = 20;
    /** The longest reason for declining the service takes. */
    static final int REASON_MAX = 1000;
    /** The value of the checked box "Jag har läst och godkänner villkoren". */
    static final String APPROVED = "yes";
    /** The agencies and their clients are in Sweden: "today" for a last day is Sweden's. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** The fields of the forms on a collaboration's page: the approval's box, the choice after an ending. */
    private static final List<String> PAGE_FIELDS = List.of("accept", "keepService");
    private static final List<String> DECLINE_FIELDS = List.of("reason");

    @Inject
    CompanyCollaborationCalls calls;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(ListPage view);

        static native TemplateInstance collaboration(CollaborationPage view);

        static native TemplateInstance decline(DeclinePage view);

        static native TemplateInstance end(EndPage view);
    }

    /** An invitation waiting for the company's answer, at the top of the list. */
    public record Invitation(String title, String answerBy, String href) {
    }

    /** Another collaboration, in the list's table. */
    public record Row(String service, String href, Badge status) {
    }

    /** One page of the company's collaborations. */
    public record ListPage(CurrentCompany company, Listing listing, List<Invitation> invitations, List<Row> rows) {

        public boolean empty() {
            return listing.total() == 0;
        }
    }

    /** The history's page of steps, or, when {@code unavailable}, that it cannot be shown just now. */
    public record History(List<HistoryRow> rows, Listing listing, boolean unavailable) {
    }

    /**
     * One collaboration: the facts in words, the options, the history, and the forms the user may send now, with
     * their errors, a notice of what could not be done, or the banner of what was.
     */
    public record CollaborationPage(CurrentCompany company, CompanyCollaborationView collaboration, Badge status,
            List<String> facts, List<Option> options, History history, FormErrors errors, String notice,
            String banner) {

        public String href() {
            return CollaborationWords.href(company.id(), collaboration.id());
        }

        public String acceptAction() {
            return href() + "/godkann";
        }

        public String declineHref() {
            return href() + "/avboj";
        }

        public String endHref() {
            return href() + "/avsluta";
        }

        public String withdrawAction() {
            return href() + "/angra-avslut";
        }

        public String decideAction() {
            return href() + "/tjanst";
        }

        /** The administrator approves or declines a waiting invitation. */
        public boolean answerForm() {
            return collaboration.awaitingAnswer();
        }

        /** A member who is not the administrator reads the invitation; the administrator answers it. */
        public boolean administratorAnswers() {
            return collaboration.waiting() && !collaboration.awaitingAnswer();
        }

        public boolean steps() {
            return collaboration.active() && !collaboration.steps().isEmpty();
        }

        public boolean endLink() {
            return company.administrator() && collaboration.active() && collaboration.endsOn() == null;
        }

        /** The company set a last day: its administrator may undo it until then. */
        public boolean withdrawForm() {
            return company.administrator() && collaboration.active() && collaboration.endsOn() != null
                    && CLIENT.equals(collaboration.endSide());
        }

        public boolean decisionForm() {
            return collaboration.awaitingServiceDecision();
        }
    }

    /** The page before declining: what it does, the optional reason, and the button; or why it cannot be done. */
    public record DeclinePage(CurrentCompany company, CompanyCollaborationView collaboration, String reason,
            FormErrors errors, String notice) {

        public String href() {
            return CollaborationWords.href(company.id(), collaboration.id());
        }

        public String action() {
            return href() + "/avboj";
        }
    }

    /** The page to end an active collaboration: what it does, the two questions, and the button. */
    public record EndPage(CurrentCompany company, CompanyCollaborationView collaboration, EndForm form,
            FormErrors errors, String notice, String example) {

        public String href() {
            return CollaborationWords.href(company.id(), collaboration.id());
        }

        public String action() {
            return href() + "/avsluta";
        }

        public boolean possible() {
            return collaboration.active() && collaboration.endsOn() == null;
        }
    }

    /** A page with a form, shown again with the errors, a notice and the status an answer met. */
    @FunctionalInterface
    private interface FormPage {
        Uni<Response> show(FormErrors errors, String notice, int status);
    }

    @GET
    public Uni<Response> list(@PathParam("clientId") UUID clientId, @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        int asked = Listing.pageAsked(sida);
        CollaborationWords words = new CollaborationWords(page);
        PortalCollabMsg msg = CollaborationWords.of(page);
        return Uni.combine().all().unis(companies.current(clientId), calls.collaborations(clientId, asked - 1,
                PAGE_SIZE)).asTuple().map(loaded -> {
                    CurrentCompany company = loaded.getItem1();
                    var result = loaded.getItem2();
                    Listing listing = new Listing(company.collaborationsHref(), "", asked, PAGE_SIZE,
                            result.totalItems());
                    List<Invitation> invitations = result.items().stream().filter(CompanyCollaborationView::waiting)
                            .map(c -> new Invitation(msg.invitation_title(c.serviceName()),
                                    c.expiresAt() == null ? null : msg.invitation_answer_by(words.date(c.expiresAt())),
                                    CollaborationWords.href(clientId, c.id())))
                            .toList();
                    List<Row> rows = result.items().stream().filter(c -> !c.waiting())
                            .map(c -> new Row(c.serviceName(), CollaborationWords.href(clientId, c.id()),
                                    words.status(c)))
                            .toList();
                    return listing.answer(false, result.items().isEmpty(),
                            () -> Templates.list(new ListPage(company, listing, invitations, rows)));
                });
    }

    @GET
    @Path("/{id}")
    public Uni<Response> show(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        String bannerText = banner.take(CollaborationBanner.class).map(kind -> kind.text(CollaborationWords.of(page)))
                .orElse(null);
        return collaboration(companies.current(clientId), clientId, id, Listing.pageAsked(sida),
                new FormErrors(PAGE_FIELDS), null, bannerText, 200);
    }

    /** The administrator approves the invitation and the terms of the version they were shown. */
    @POST
    @Path("/{id}/godkann")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> accept(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @RestForm String accept, @RestForm String termsVersion) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        return companies.administered(clientId, company -> {
            FormPage again = (errors, notice, status) -> collaboration(company, id, errors, notice, status);
            if (!APPROVED.equals(text(accept))) {
                return again.show(new FormErrors(PAGE_FIELDS).add("accept", msg.accept_error_missing()), null, 400);
            }
            return answer(calls.accept(clientId, id, text(termsVersion)), company, id,
                    done -> CollaborationBanner.COLLABORATION_ACCEPTED, msg.notice_answered(), PAGE_FIELDS, again);
        });
    }

    @GET
    @Path("/{id}/avboj")
    public Uni<Response> confirmDecline(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return companies.administered(clientId, company -> declinePage(company, id, "",
                new FormErrors(DECLINE_FIELDS), null, 200));
    }

    @POST
    @Path("/{id}/avboj")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decline(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @RestForm String reason) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        String typed = text(reason);
        return companies.administered(clientId, company -> {
            FormPage again = (errors, notice, status) -> declinePage(company, id, typed, errors, notice, status);
            if (typed.length() > REASON_MAX) {
                return again.show(new FormErrors(DECLINE_FIELDS).add("reason", msg.decline_error_too_long()), null,
                        400);
            }
            return answer(calls.decline(clientId, id, orNull(typed)), company, id,
                    done -> CollaborationBanner.COLLABORATION_DECLINED, msg.notice_answered(), DECLINE_FIELDS, again);
        });
    }

    @GET
    @Path("/{id}/avsluta")
    public Uni<Response> confirmEnd(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return companies.administered(clientId, company -> endPage(company, id, EndForm.empty(),
                EndForm.noErrors(), null, 200));
    }

    /** Ends the collaboration now or on a later day; the company keeps the service alone or ends it too. */
    @POST
    @Path("/{id}/avsluta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> end(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @BeanParam EndForm.Data data) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        EndForm form = EndForm.of(data);
        return companies.administered(clientId, company -> {
            FormPage again = (errors, notice, status) -> endPage(company, id, form, errors, notice, status);
            FormErrors errors = form.check(msg, today(), example());
            if (errors.any()) {
                return again.show(errors, null, 400);
            }
            return answer(calls.end(clientId, id, form.lastDay(), form.keepsService()), company, id,
                    ended -> ended.ended() ? CollaborationBanner.COLLABORATION_ENDED
                            : CollaborationBanner.COLLABORATION_ENDING_SET,
                    msg.notice_not_endable(), EndForm.FIELDS, again);
        });
    }

    /** Undoes the last day the company set. */
    @POST
    @Path("/{id}/angra-avslut")
    public Uni<Response> withdrawEnding(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        return companies.administered(clientId, company -> answer(calls.withdrawEnding(clientId, id), company, id,
                withdrawn -> CollaborationBanner.COLLABORATION_ENDING_WITHDRAWN, msg.notice_nothing_to_withdraw(),
                PAGE_FIELDS, (errors, notice, status) -> collaboration(company, id, errors, notice, status)));
    }

    /** After the agency ended the collaboration: the company keeps the service alone, or ends it too. */
    @POST
    @Path("/{id}/tjanst")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decide(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
            @RestForm String keepService) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        Boolean keep = EndForm.keep(keepService);
        return companies.administered(clientId, company -> {
            FormPage again = (errors, notice, status) -> collaboration(company, id, errors, notice, status);
            if (keep == null) {
                return again.show(new FormErrors(PAGE_FIELDS).add("keepService", msg.keep_error_missing()), null,
                        400);
            }
            return answer(calls.decide(clientId, id, keep), company, id,
                    decided -> keep ? CollaborationBanner.COLLABORATION_SERVICE_KEPT
                            : CollaborationBanner.COLLABORATION_SERVICE_ENDED,
                    msg.notice_nothing_to_decide(), PAGE_FIELDS, again);
        });
    }

    /**
     * An answer sent: the collaboration's page with the banner of what it did. The service's refusals in words: a
     * 409 on the collaboration's page as it is now (terms changed: at the box, with the new terms; expired, or
     * {@code conflict}: a notice), its field errors at the form's fields; a service that does not answer keeps the
     * form with a notice. Other refusals (403, 404) are the caller's.
     */
    private Uni<Response> answer(Uni<CompanyCollaborationView> call, CurrentCompany company, UUID id,
            Function<CompanyCollaborationView, CollaborationBanner> done, String conflict, List<String> fields,
            FormPage form) {
        PortalCollabMsg msg = CollaborationWords.of(page);
        return call.map(answered -> Response.seeOther(URI.create(CollaborationWords.href(company.id(), id)))
                .cookie(banner.after(done.apply(answered))).build())
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    String type = refusal.type() == null ? "" : refusal.type().toString();
                    if (refusal.status() == 409 && CompanyCollaborationApi.TERMS_CHANGED.equals(type)) {
                        return collaboration(company, id, new FormErrors(PAGE_FIELDS).add("accept",
                                msg.accept_error_terms_changed()), null, 409);
                    }
                    if (refusal.status() == 409) {
                        return collaboration(company, id, new FormErrors(PAGE_FIELDS),
                                CompanyCollaborationApi.INVITATION_EXPIRED.equals(type) ? msg.notice_expired()
                                        : conflict, 409);
                    }
                    if (refusal.status() == 400 || refusal.status() == 422) {
                        return form.show(fieldErrors(refusal, fields, msg), null, 400);
                    }
                    return Uni.createFrom().failure(refusal);
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> form.show(new FormErrors(fields), msg.notice_unavailable(), 503));
    }

    /** The service's field errors at the form's fields (the approval's version is the box's). */
    private FormErrors fieldErrors(ServiceRefusal refusal, List<String> fields, PortalCollabMsg msg) {
        FormErrors errors = new FormErrors(fields).addService(refusal.fieldErrors(), field -> {
            String target = "termsVersion".equals(field) ? "accept" : field;
            return fields.contains(target) ? target : null;
        }, field -> switch (field) {
            case "accept" -> msg.label_accept();
            case "reason" -> msg.label_reason();
            case "keepService" -> msg.label_keep();
            default -> msg.label_ends_on();
        }, page.msg());
        return errors.any() ? errors : errors.add(null, page.msg().form_error_refused());
    }

    private Uni<Response> collaboration(CurrentCompany company, UUID id, FormErrors errors, String notice,
            int status) {
        return collaboration(Uni.createFrom().item(company), company.id(), id, 1, errors, notice, null, status);
    }

    /**
     * The collaboration's page; its history, from another call, says so when it cannot be read (the collaboration's
     * own 404 or 503 is the page's).
     */
    private Uni<Response> collaboration(Uni<CurrentCompany> company, UUID clientId, UUID id, int historyPage,
            FormErrors errors, String notice, String bannerText, int status) {
        CollaborationWords words = new CollaborationWords(page);
        String href = CollaborationWords.href(clientId, id);
        Uni<History> history = calls.history(clientId, id, historyPage - 1, HISTORY_SIZE)
                .map(steps -> new History(steps.items().stream().map(words::history).toList(),
                        new Listing(href, "", historyPage, HISTORY_SIZE, steps.totalItems()), false))
                .onFailure().recoverWithItem(
                        () -> new History(List.of(), new Listing(href, "", 1, HISTORY_SIZE, 0), true));
        return Uni.combine().all().unis(company, calls.collaboration(clientId, id), history).asTuple()
                .map(loaded -> {
                    CompanyCollaborationView c = loaded.getItem2();
                    History steps = loaded.getItem3();
                    CollaborationPage view = new CollaborationPage(loaded.getItem1(), c, words.status(c),
                            words.facts(c), words.options(c), steps, errors, notice, bannerText);
                    return status == 200 ? steps.listing().answer(false, steps.rows().isEmpty(),
                            () -> Templates.collaboration(view))
                            : Response.status(status).entity(Templates.collaboration(view)).build();
                });
    }

    private Uni<Response> declinePage(CurrentCompany company, UUID id, String reason, FormErrors errors,
            String notice, int status) {
        return calls.collaboration(company.id(), id).map(c -> Response.status(status)
                .entity(Templates.decline(new DeclinePage(company, c, reason, errors, notice))).build());
    }

    private Uni<Response> endPage(CurrentCompany company, UUID id, EndForm form, FormErrors errors, String notice,
            int status) {
        return calls.collaboration(company.id(), id).map(c -> Response.status(status)
                .entity(Templates.end(new EndPage(company, c, form, errors, notice, example()))).build());
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A day to write the last day as: a month from today, as the date field sends it. */
    private static String example() {
        return today().plusMonths(1).toString();
    }
}
