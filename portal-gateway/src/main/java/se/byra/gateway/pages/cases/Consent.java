package se.byra.gateway.pages.cases;

import java.util.List;
import java.util.UUID;

import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.ConsentView;
import se.byra.gateway.pages.Badge;
import se.byra.gateway.pages.CaseMsg;
import se.byra.gateway.pages.PageContext;

/**
 * A client's consent to case management as the overview shows it: its state as a badge and a sentence (when, to or
 * by whom, the client's reason for a no), and either the invitation's button ({@code again}: "Skicka inbjudan igen")
 * or, when the client's register stands in the way, each reason in words with the way to the edit page.
 */
public record Consent(UUID clientId, Badge state, String sentence, String reason, List<String> refusals,
        boolean invitable, boolean again, boolean granted, String mainContact) {

    public static Consent of(ConsentView view, PageContext page) {
        CaseMsg words = page.caseMsg();
        String status = view.status() == null ? "" : view.status();
        boolean open = CaseApi.NONE.equals(status) || CaseApi.REQUESTED.equals(status)
                || CaseApi.DECLINED.equals(status) || CaseApi.REVOKED.equals(status);
        String contact = CaseWords.present(view.mainContactName()) && CaseWords.present(view.mainContactEmail())
                ? words.main_contact(view.mainContactName(), view.mainContactEmail()) : null;
        boolean answered = CaseApi.DECLINED.equals(status) || CaseApi.REVOKED.equals(status);
        return new Consent(view.clientId(), CaseWords.consent(view.status(), words),
                CaseWords.consentSentence(view, page), answered && CaseWords.present(view.reason()) ? view.reason()
                        : null,
                open ? CaseWords.refusals(view.refusals(), words) : List.of(), open && view.refusals().isEmpty(),
                !CaseApi.NONE.equals(status), CaseApi.GRANTED.equals(status), contact);
    }

    public boolean hasRefusals() {
        return !refusals.isEmpty();
    }

    public String inviteAction() {
        return CasePaths.invite(clientId);
    }

    public String editClientHref() {
        return CasePaths.editClient(clientId);
    }
}
