package se.byra.gateway.pages.portal.cases;

import static se.byra.gateway.pages.FormValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CompanyCaseApi.Contact;
import se.byra.gateway.downstream.CompanyCaseApi.Question;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.gateway.pages.portal.Companies;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.platform.web.security.Roles;

/**
 * "Ställ en fråga till byrån": a company's question to the agency becomes a case, the agency's turn, addressed to one
 * of the staff the company has received cases from (radios, none chosen beforehand: whom to ask matters). A company
 * without such staff (no case yet) is told it can ask once the agency has sent one, without a form. A resource of its
 * own: its literal address wins over the case's ({@code …/arenden/{caseId}}).
 */
@Path(Paths.COMPANIES + "/{clientId}" + Paths.COMPANY_CASES + QuestionResource.NEW)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class QuestionResource {

    static final String NEW = "/ny";
    static final List<String> FIELDS = List.of("title", "description", "assigneeId");
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 10_000;

    @Inject
    CompanyCaseCalls calls;

    @Inject
    Companies companies;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(QuestionPage view);
    }

    /**
     * The question form as typed, the staff to choose among (none: the company cannot ask yet; {@code unavailable}:
     * they cannot be read just now), and its errors or notice.
     */
    public record QuestionPage(CurrentCompany company, String title, String description, List<Choice> contacts,
            boolean unavailable, FormErrors errors, String notice) {

        public String action() {
            return CaseWords.casesHref(company.id()) + NEW;
        }

        public String casesHref() {
            return CaseWords.casesHref(company.id());
        }

        /** Whom to ask is known, so the form can be sent. */
        public boolean possible() {
            return !unavailable && !contacts.isEmpty();
        }
    }

    @GET
    public Uni<Response> form(@PathParam("clientId") UUID clientId) {
        return Uni.combine().all().unis(companies.current(clientId), contacts(clientId)).asTuple()
                .map(loaded -> show(loaded.getItem1(), "", "", "", loaded.getItem2(), new FormErrors(FIELDS), null,
                        200));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> ask(@PathParam("clientId") UUID clientId, @RestForm String title,
            @RestForm String description, @RestForm String assigneeId) {
        PortalCaseMsg msg = CaseWords.of(page);
        String typedTitle = text(title);
        String typedDescription = text(description);
        String typedAssignee = text(assigneeId);
        return Uni.combine().all().unis(companies.current(clientId), contacts(clientId)).asTuple().flatMap(loaded -> {
            CurrentCompany company = loaded.getItem1();
            List<Contact> contacts = loaded.getItem2();
            FormErrors errors = check(typedTitle, typedDescription, typedAssignee, contacts, msg);
            if (contacts == null || contacts.isEmpty() || errors.any()) {
                return Uni.createFrom().item(show(company, typedTitle, typedDescription, typedAssignee,
                        contacts, errors, null, 400));
            }
            Question question = new Question(typedTitle, typedDescription, UUID.fromString(typedAssignee));
            return calls.ask(clientId, question).map(asked -> Response.seeOther(URI.create(
                    CaseWords.href(clientId, asked.id()))).cookie(banner.after(CaseBanner.QUESTION_SENT))
                    .build())
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                        ServiceRefusal refusal = (ServiceRefusal) failure;
                        if (refusal.status() == 409) {
                            return Uni.createFrom().item(show(company, typedTitle, typedDescription,
                                    typedAssignee, contacts, new FormErrors(FIELDS), msg.ask_notice_consent(),
                                    409));
                        }
                        if (refusal.status() == 400 || refusal.status() == 422) {
                            return Uni.createFrom().item(show(company, typedTitle, typedDescription,
                                    typedAssignee, contacts, serviceErrors(refusal, msg), null, 400));
                        }
                        return Uni.createFrom().failure(refusal);
                    })
                    .onFailure(ServiceFailures::unavailable)
                    .recoverWithItem(() -> show(company, typedTitle, typedDescription, typedAssignee,
                            contacts, new FormErrors(FIELDS), msg.ask_notice_unavailable(), 503));
        });
    }

    /** The staff the company may ask; null when they cannot be read just now. */
    private Uni<List<Contact>> contacts(UUID clientId) {
        return calls.contacts(clientId).onFailure().recoverWithNull();
    }

    /** What is missing or too long, and whether the one asked is among the staff the company may ask. */
    private static FormErrors check(String title, String description, String assignee, List<Contact> contacts,
            PortalCaseMsg msg) {
        FormErrors errors = new FormErrors(FIELDS);
        if (title.isEmpty()) {
            errors.add("title", msg.ask_error_title_missing());
        } else if (title.length() > TITLE_MAX) {
            errors.add("title", msg.ask_error_title_too_long());
        }
        if (description.isEmpty()) {
            errors.add("description", msg.ask_error_description_missing());
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.add("description", msg.ask_error_description_too_long());
        }
        if (contacts != null && contacts.stream().noneMatch(c -> c.staffId().toString().equals(assignee))) {
            errors.add("assigneeId", msg.ask_error_assignee_missing());
        }
        return errors;
    }

    /** The service's field errors in the form's words: the field says what it needs. */
    private static FormErrors serviceErrors(ServiceRefusal refusal, PortalCaseMsg msg) {
        FormErrors errors = new FormErrors(FIELDS);
        refusal.fieldErrors().forEach(error -> {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "title" -> errors.add("title", msg.ask_error_title_too_long());
                case "description" -> errors.add("description", msg.ask_error_description_too_long());
                case "assigneeId" -> errors.add("assigneeId", msg.ask_error_assignee_missing());
                default -> errors.add(null, msg.error_answer_refused());
            }
        });
        return errors.any() ? errors : errors.add(null, msg.error_answer_refused());
    }

    private static Response show(CurrentCompany company, String title, String description, String assignee,
            List<Contact> contacts, FormErrors errors, String notice, int status) {
        List<Choice> choices = new ArrayList<>();
        List<Contact> known = contacts == null ? List.of() : contacts;
        for (int i = 0; i < known.size(); i++) {
            Contact contact = known.get(i);
            String id = i == 0 ? "assigneeId" : "assigneeId-" + (i + 1);
            choices.add(new Choice(id, contact.staffId().toString(), contact.name(), null,
                    contact.staffId().toString().equals(assignee)));
        }
        QuestionPage view = new QuestionPage(company, title, description, choices, contacts == null, errors,
                notice);
        return Response.status(status).entity(Templates.form(view)).build();
    }
}
