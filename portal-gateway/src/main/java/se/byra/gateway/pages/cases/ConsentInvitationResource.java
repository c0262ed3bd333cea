package se.byra.gateway.pages.cases;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CaseCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.overview.OverviewPage;
import se.byra.gateway.pages.overview.OverviewPage.Notice;
import se.byra.platform.web.security.Roles;

/**
 * "Bjud in till ärendehantering" on the client overview: case-service invites the client's main contact to consent
 * (again while it waits, or after a no). Done: the overview with a banner. The service's 422 (no e-mail for the main
 * contact, an incomplete address, a main contact who is staff) is the overview again with an error summary in the
 * same words the section uses, linked to the section's consent, where the way to the edit page is; 409 (granted
 * meanwhile) and 404 (a client case-service has not heard of yet) are notices.
 */
@Path(Paths.CLIENTS + "/{id}/arenden")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ConsentInvitationResource {

    /** Where the summary's errors lead: the section's consent heading. */
    static final String CONSENT = "consent";

    @Inject
    CaseCalls cases;

    @Inject
    OverviewPage overview;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @POST
    @Path("/inbjudan")
    public Uni<Response> invite(@PathParam("id") UUID id) {
        CaseMsg words = page.caseMsg();
        return cases.requestConsent(id)
                .map(sent -> CasePages.seeOther(Paths.client(id), banner, CaseBanner.CONSENT_REQUESTED))
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    return switch (refusal.status()) {
                        case 422 -> overview.show(id, refused(refusal, words), 422);
                        case 409 -> overview.show(id, new Notice(words.consent_already_granted()), 409);
                        case 404 -> overview.show(id, new Notice(words.overview_client_unknown()), 503);
                        default -> Uni.createFrom().failure(refusal);
                    };
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> overview.show(id, new Notice(words.consent_invite_unavailable()), 503));
    }

    /** The 422 in the section's words: by its problem type, the service's detail for one the pages do not know. */
    private static FormErrors refused(ServiceRefusal refusal, CaseMsg words) {
        String type = refusal.type() == null ? "" : refusal.type().toString();
        String code = switch (type.substring(type.lastIndexOf(':') + 1)) {
            case "main-contact-email-missing" -> CaseWords.EMAIL_MISSING;
            case "client-address-incomplete" -> CaseWords.ADDRESS_INCOMPLETE;
            case "main-contact-is-staff" -> CaseWords.CONTACT_IS_STAFF;
            default -> null;
        };
        String detail = refusal.fieldErrors().stream().map(e -> e.message()).findFirst().orElse(null);
        return new FormErrors(List.of(CONSENT)).add(CONSENT, CaseWords.refusal(code, detail, words));
    }
}
