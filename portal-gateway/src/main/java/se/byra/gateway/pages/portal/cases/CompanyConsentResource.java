package se.byra.gateway.pages.portal.cases;

import static se.byra.gateway.pages.FormValues.orNull;
import static se.byra.gateway.pages.FormValues.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

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
import se.byra.gateway.downstream.CompanyCaseApi.CompanyConsentView;
import se.byra.gateway.downstream.CompanyCaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.PortalConsentMsg;
import se.byra.gateway.pages.portal.Companies;
import se.byra.gateway.pages.portal.CurrentCompany;
import se.byra.platform.web.security.Roles;

/**
 * A company's consent to case management in the portal. Every member reads what case management is, who invited the
 * company and when, and where the consent stands; the company's administrator answers: gives the consent, declines it
 * (on a page of its own, with a reason if they like), and later withdraws it (after a page that says open cases close
 * and the history stays readable). A member who is not the administrator gets the 403 page for every answer and the
 * service is not called; another company's address is the 404 page.
 */
@Path(Paths.COMPANIES + "/{clientId}" + Paths.COMPANY_CONSENT)
@RolesAllowed(Roles.CLIENT_USER)
@Produces(Paths.HTML)
public class CompanyConsentResource {

    /** The longest reason the service takes. */
    static final int REASON_MAX = 1000;
    static final List<String> REASON_FIELDS = List.of("reason");

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

        static native TemplateInstance consent(ConsentPage view);

        static native TemplateInstance decline(ReasonPage view);

        static native TemplateInstance revoke(ReasonPage view);
    }

    /** The consent in words, what the user may do about it, and what an answer left (a notice, a banner). */
    public record ConsentPage(CurrentCompany company, CompanyConsentView consent, Badge status, List<String> facts,
            String notice, String banner) {

        public String href() {
            return CaseWords.consentHref(company.id());
        }

        public String grantAction() {
            return href() + "/ge";
        }

        public String declineHref() {
            return href() + "/avboj";
        }

        public String revokeHref() {
            return href() + "/aterkalla";
        }

        public String casesHref() {
            return CaseWords.casesHref(company.id());
        }

        public String historyHref() {
            return CaseWords.closedCasesHref(company.id());
        }

        /** The administrator gives or declines the consent asked for. */
        public boolean answerForm() {
            return consent.requested() && consent.mayAnswer();
        }

        /** A member who is not the administrator reads the invitation; the administrator answers it. */
        public boolean administratorAnswers() {
            return consent.requested() && !consent.mayAnswer();
        }
    }

    /** The page before declining or withdrawing: what it does, the optional reason, the button; or why it cannot. */
    public record ReasonPage(CurrentCompany company, CompanyConsentView consent, String reason, FormErrors errors,
            String notice) {

        public String href() {
            return CaseWords.consentHref(company.id());
        }

        public String declineAction() {
            return href() + "/avboj";
        }

        public String revokeAction() {
            return href() + "/aterkalla";
        }
    }

    @GET
    public Uni<Response> show(@PathParam("clientId") UUID clientId) {
        String bannerText = banner.take(CaseBanner.class)
                .map(kind -> kind.text(CaseWords.of(page), CaseWords.consentOf(page))).orElse(null);
        return consentPage(companies.current(clientId), clientId, null, bannerText, 200);
    }

    /** The administrator gives the consent: the agency may send cases. */
    @POST
    @Path("/ge")
    public Uni<Response> grant(@PathParam("clientId") UUID clientId) {
        PortalConsentMsg msg = CaseWords.consentOf(page);
        return companies.administered(clientId, company -> answer(calls.grant(clientId), company,
                CaseBanner.CONSENT_GRANTED, msg.notice_answered(), (errors, notice, status) -> consentPage(
                        Uni.createFrom().item(company), clientId, notice, null, status)));
    }

    @GET
    @Path("/avboj")
    public Uni<Response> confirmDecline(@PathParam("clientId") UUID clientId) {
        return companies.administered(clientId, company -> reasonPage(company, "", new FormErrors(REASON_FIELDS),
                null, 200, Templates::decline));
    }

    @POST
    @Path("/avboj")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> decline(@PathParam("clientId") UUID clientId, @RestForm String reason) {
        return withReason(clientId, reason, typed -> calls.decline(clientId, typed), CaseBanner.CONSENT_DECLINED,
                CaseWords.consentOf(page).notice_answered(), Templates::decline);
    }

    @GET
    @Path("/aterkalla")
    public Uni<Response> confirmRevoke(@PathParam("clientId") UUID clientId) {
        return companies.administered(clientId, company -> reasonPage(company, "", new FormErrors(REASON_FIELDS),
                null, 200, Templates::revoke));
    }

    /** Withdraws the consent: the service closes the open cases; the history stays readable. */
    @POST
    @Path("/aterkalla")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revoke(@PathParam("clientId") UUID clientId, @RestForm String reason) {
        return withReason(clientId, reason, typed -> calls.revoke(clientId, typed), CaseBanner.CONSENT_REVOKED,
                CaseWords.consentOf(page).notice_not_granted(), Templates::revoke);
    }

    /**
     * A decline or a withdrawal with the administrator's optional reason (at most {@value #REASON_MAX} characters,
     * checked here): {@code call} sends it (null: none given); its page is {@code template} again on an error.
     */
    private Uni<Response> withReason(UUID clientId, String reason, Function<String, Uni<CompanyConsentView>> call,
            CaseBanner done, String conflict, Function<ReasonPage, TemplateInstance> template) {
        PortalConsentMsg msg = CaseWords.consentOf(page);
        String typed = text(reason);
        return companies.administered(clientId, company -> {
            FormPage again = (errors, notice, status) -> reasonPage(company, typed, errors, notice, status, template);
            if (typed.length() > REASON_MAX) {
                return again.show(new FormErrors(REASON_FIELDS).add("reason", msg.reason_error_too_long()), null,
                        400);
            }
            return answer(call.apply(orNull(typed)), company, done, conflict, again);
        });
    }

    /**
     * An answer sent: the consent's page with the banner of what it did. The service's 409 (nothing to answer or
     * withdraw any more) is the consent's page as it is now with {@code conflict}; its field errors are the form's;
     * a service that does not answer keeps the form with a notice. Other refusals (403, 404) are the caller's.
     */
    private Uni<Response> answer(Uni<CompanyConsentView> call, CurrentCompany company, CaseBanner done,
            String conflict, FormPage form) {
        PortalConsentMsg msg = CaseWords.consentOf(page);
        return call.map(answered -> Response.seeOther(URI.create(CaseWords.consentHref(company.id())))
                .cookie(banner.after(done)).build())
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    if (refusal.status() == 409) {
                        return consentPage(Uni.createFrom().item(company), company.id(), conflict, null, 409);
                    }
                    if (refusal.status() == 400) {
                        FormErrors errors = new FormErrors(REASON_FIELDS).addService(refusal.fieldErrors(),
                                field -> field.equals("reason") ? "reason" : null, field -> msg.reason_label(),
                                page.msg());
                        return form.show(errors.any() ? errors : errors.add(null, page.msg().form_error_refused()),
                                null, 400);
                    }
                    return Uni.createFrom().failure(refusal);
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> form.show(new FormErrors(REASON_FIELDS), msg.notice_unavailable(), 503));
    }

    private Uni<Response> consentPage(Uni<CurrentCompany> company, UUID clientId, String notice, String bannerText,
            int status) {
        CaseWords words = new CaseWords(page);
        PortalConsentMsg msg = CaseWords.consentOf(page);
        return Uni.combine().all().unis(company, calls.consent(clientId)).asTuple().map(loaded -> {
            CurrentCompany current = loaded.getItem1();
            CompanyConsentView consent = loaded.getItem2();
            ConsentPage view = new ConsentPage(current, consent, status(consent, msg),
                    facts(consent, current.name(), words, msg), notice, bannerText);
            return Response.status(status).entity(Templates.consent(view)).build();
        });
    }

    private Uni<Response> reasonPage(CurrentCompany company, String reason, FormErrors errors, String notice,
            int status, Function<ReasonPage, TemplateInstance> template) {
        return calls.consent(company.id()).map(consent -> Response.status(status)
                .entity(template.apply(new ReasonPage(company, consent, reason, errors, notice))).build());
    }

    private Badge status(CompanyConsentView consent, PortalConsentMsg msg) {
        return switch (consent.status() == null ? "" : consent.status()) {
            case "NONE" -> new Badge(msg.status_none(), Badge.Colour.GREY);
            case "REQUESTED" -> new Badge(msg.status_requested(), Badge.Colour.BLUE);
            case "GRANTED" -> new Badge(msg.status_granted(), Badge.Colour.GREEN);
            case "DECLINED" -> new Badge(msg.status_declined(), Badge.Colour.GREY);
            case "REVOKED" -> new Badge(msg.status_revoked(), Badge.Colour.GREY);
            default -> new Badge(page.msg().status_unknown(), Badge.Colour.GREY);
        };
    }

    /** Where the consent stands, sentence by sentence: who invited and when, who answered and when, and why. */
    private static List<String> facts(CompanyConsentView c, String company, CaseWords words, PortalConsentMsg msg) {
        List<String> facts = new ArrayList<>();
        if (c.requestedAt() == null && !c.granted()) {
            facts.add(msg.none(company));
            return facts;
        }
        if (c.requestedAt() != null) {
            facts.add(CaseWords.named(c.requestedByName())
                    ? msg.invited_by(c.requestedByName(), company, words.date(c.requestedAt()))
                    : msg.invited(company, words.date(c.requestedAt())));
        }
        String answeredOn = words.date(c.answeredAt());
        boolean byName = CaseWords.named(c.answeredByName());
        if (c.granted()) {
            facts.add(byName ? msg.granted_by(c.answeredByName(), answeredOn) : msg.granted(answeredOn));
        } else if (c.declined()) {
            facts.add(byName ? msg.declined_by(c.answeredByName(), answeredOn) : msg.declined(answeredOn));
        } else if (c.revoked()) {
            facts.add(byName ? msg.revoked_by(c.answeredByName(), answeredOn) : msg.revoked(answeredOn));
        }
        if ((c.declined() || c.revoked()) && CaseWords.named(c.reason())) {
            facts.add(msg.reason(c.reason()));
        }
        if (c.declined()) {
            facts.add(msg.declined_next());
        } else if (c.revoked()) {
            facts.add(msg.revoked_next());
        }
        return facts;
    }
}
