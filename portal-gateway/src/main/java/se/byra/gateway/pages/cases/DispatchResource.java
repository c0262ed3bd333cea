package se.byra.gateway.pages.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.ConsentItem;
import se.byra.gateway.downstream.CaseApi.Dispatch;
import se.byra.gateway.downstream.CaseApi.DispatchReport;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServicePage;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.Listing;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.clients.Managers;
import se.byra.platform.web.security.Roles;

/**
 * A template sent to many clients at once: a table of the agency's clients that have consented (case-service's
 * {@code /consents?status=GRANTED}, paged), each with a checkbox, and one box for all of them; the due date (the template's days when left empty)
 * and the assignee. The answer is the report, which exists only in the service's answer (not a redirect): the cases
 * sent, each linked, and the clients it could not go to, with the reason in words. An approval is not sent in bulk:
 * the page says so instead of the form.
 */
@Path(CasePaths.TEMPLATES + "/{id}/skicka")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class DispatchResource {

    static final int PAGE_SIZE = 50;
    /** case-service's limit of one bulk send. */
    static final int MAX_CLIENTS = 500;
    static final String CLIENT_FIELD = "kund";
    static final List<String> FIELD_ORDER = List.of(CLIENT_FIELD, "dueOn", "assigneeId");

    @Inject
    CaseCalls cases;

    @Inject
    PageContext page;

    @Inject
    Managers.Loader managers;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance dispatch(DispatchPage view);

        static native TemplateInstance report(Report view);
    }

    /** A client that may get the template: {@code id} its checkbox's. */
    public record Client(String id, String value, String name, boolean checked) {
    }

    /** The form: {@code possible} false for an approval; {@code notice} when the service did not answer. */
    public record DispatchPage(TemplateView template, String typeName, boolean possible, Listing listing,
            List<Client> clients, boolean all, String dueOn, String dueHint, String assigneeId, Managers assignees,
            FormErrors errors, String notice) {

        public String action() {
            return CasePaths.dispatch(template.id());
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    public record SentRow(String clientName, String clientHref, String caseHref) {
    }

    public record RefusedRow(String clientName, String reason) {
    }

    public record Report(TemplateView template, List<SentRow> sent, List<RefusedRow> refused) {

        public String againHref() {
            return CasePaths.dispatch(template.id());
        }
    }

    @GET
    public Uni<Response> form(@PathParam("id") UUID id, @RestQuery(Listing.PAGE_PARAMETER) String sida) {
        int asked = Listing.pageAsked(sida);
        return show(id, asked, Set.of(), false, "", "", new FormErrors(FIELD_ORDER), null, 200);
    }

    /**
     * Sends the template to the clients checked on this page, or with {@code alla} to every client with consent (read
     * whole from case-service; more than the service takes at once is an error at the field).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> send(@PathParam("id") UUID id, @RestForm(CLIENT_FIELD) List<String> kund,
            @RestForm String alla, @RestForm String dueOn, @RestForm String assigneeId,
            @RestForm(Listing.PAGE_PARAMETER) String sida) {
        CaseFormMsg words = page.caseFormMsg();
        int asked = Listing.pageAsked(sida);
        boolean everyone = "ja".equals(alla);
        Set<UUID> checked = new LinkedHashSet<>();
        (kund == null ? List.<String>of() : kund).stream().map(CasePages::id).filter(Objects::nonNull)
                .forEach(checked::add);
        String due = FormValues.text(dueOn);
        String assignee = FormValues.text(assigneeId);
        Uni<Set<UUID>> recipients = everyone ? cases.allConsents(CaseApi.GRANTED, MAX_CLIENTS)
                .map(all -> all.stream().map(ConsentItem::clientId).collect(Collectors.toCollection(
                        LinkedHashSet::new))) : Uni.createFrom().item(checked);
        return recipients.flatMap(chosen -> {
            FormErrors errors = new FormErrors(FIELD_ORDER);
            if (chosen.isEmpty()) {
                errors.add(CLIENT_FIELD, words.error_clients_missing());
            } else if (chosen.size() > MAX_CLIENTS) {
                errors.add(CLIENT_FIELD, words.error_clients_many());
            }
            CaseForm.checkDue(due, errors, words);
            if (errors.any()) {
                return show(id, asked, checked, everyone, due, assignee, errors, null, 400);
            }
            Dispatch body = new Dispatch(List.copyOf(chosen), CasePages.date(due), CasePages.id(assignee));
            return cases.template(id).flatMap(template -> cases.dispatch(id, body).map(report -> CasePages.page(
                    200, Templates.report(report(template, report)))))
                    .onFailure(failure -> ServiceRefusal.is(failure, 400)).recoverWithUni(failure -> show(id, asked,
                            checked, everyone, due, assignee, serviceErrors((ServiceRefusal) failure, words), null,
                            400))
                    .onFailure(failure -> ServiceRefusal.is(failure, 422)).recoverWithUni(() -> show(id, asked,
                            checked, everyone, due, assignee, new FormErrors(FIELD_ORDER), words.dispatch_approval(),
                            422));
        }).onFailure(ServiceFailures::unavailable).recoverWithUni(() -> show(id, asked, checked, everyone, due,
                assignee, new FormErrors(FIELD_ORDER), words.dispatch_unavailable(), 503));
    }

    private Uni<Response> show(UUID id, int asked, Set<UUID> chosen, boolean all, String due, String assignee,
            FormErrors errors, String notice, int status) {
        return cases.template(id).flatMap(template -> Uni.combine().all().unis(
                cases.consents(CaseApi.GRANTED, asked - 1, PAGE_SIZE), managers.load(FormValues.orNull(assignee),
                        null)).with((ServicePage<ConsentItem> granted, Managers staff) -> {
                            Listing listing = new Listing(CasePaths.dispatch(id), "", asked, PAGE_SIZE,
                                    granted.totalItems());
                            List<Client> clients = new ArrayList<>();
                            for (ConsentItem c : granted.items()) {
                                clients.add(new Client(clients.isEmpty() ? CLIENT_FIELD : CLIENT_FIELD + "-"
                                        + (clients.size() + 1), c.clientId().toString(), c.clientName(),
                                        chosen.contains(c.clientId())));
                            }
                            DispatchPage view = new DispatchPage(template, CaseWords.type(template.type(),
                                    page.caseMsg()), !CaseApi.APPROVAL.equals(template.type()), listing, clients, all,
                                    due,
                                    template.dueInDays() == null ? page.caseFormMsg().dispatch_due_hint()
                                            : page.caseFormMsg().dispatch_due_hint_days(template.dueInDays()
                                                    .toString()), assignee, staff, errors, notice);
                            return listing.answer(false, clients.isEmpty(), () -> Templates.dispatch(view));
                        }).map(response -> status == 200 || response.getStatus() != 200 ? response
                                : Response.fromResponse(response).status(status).build()))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CasePages.unavailable(
                        page.caseFormMsg().dispatch_page_unavailable(), CasePaths.TEMPLATES,
                        page.caseFormMsg().back_to_templates()));
    }

    private Report report(TemplateView template, DispatchReport report) {
        CaseMsg words = page.caseMsg();
        List<SentRow> sent = report.sent().stream().map(s -> new SentRow(s.clientName(), Paths.client(s.clientId()),
                CasePaths.detail(s.caseId()))).toList();
        List<RefusedRow> refused = report.refused().stream().map(r -> new RefusedRow(CaseWords.present(r.clientName())
                ? r.clientName() : words.client_unknown(), CaseWords.dispatchRefusal(r.code(), r.reason(), words)))
                .toList();
        return new Report(template, sent, refused);
    }

    private static FormErrors serviceErrors(ServiceRefusal refusal, CaseFormMsg words) {
        FormErrors errors = new FormErrors(FIELD_ORDER);
        refusal.fieldErrors().forEach(error -> {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "dueOn" -> errors.add("dueOn", words.error_due_past());
                case "assigneeId" -> errors.add("assigneeId", words.error_assignee());
                case "clientIds" -> errors.add(CLIENT_FIELD, words.error_clients_many());
                default -> errors.add(null, error.message());
            }
        });
        return errors;
    }
}
