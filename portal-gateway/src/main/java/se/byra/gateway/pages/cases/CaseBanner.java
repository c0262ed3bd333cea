package se.byra.gateway.pages.cases;

import se.byra.gateway.pages.CaseMsg;

/** What happened after an action on a case, a template or a client's consent; the words are in {@link CaseMsg}. */
public enum CaseBanner {
    CONSENT_REQUESTED, CASE_CREATED, CASE_SAVED, CASE_SENT, CASE_RETURNED, CASE_CLOSED, CASE_CANCELLED, COMMENTED,
    FILE_ADDED, FILE_REMOVED, TEMPLATE_CREATED, TEMPLATE_SAVED, TEMPLATE_REMOVED;

    public String text(CaseMsg words) {
        return switch (this) {
            case CONSENT_REQUESTED -> words.banner_consent_requested();
            case CASE_CREATED -> words.banner_created();
            case CASE_SAVED -> words.banner_saved();
            case CASE_SENT -> words.banner_sent();
            case CASE_RETURNED -> words.banner_returned();
            case CASE_CLOSED -> words.banner_closed();
            case CASE_CANCELLED -> words.banner_cancelled();
            case COMMENTED -> words.banner_commented();
            case FILE_ADDED -> words.banner_file_added();
            case FILE_REMOVED -> words.banner_file_removed();
            case TEMPLATE_CREATED -> words.banner_template_created();
            case TEMPLATE_SAVED -> words.banner_template_saved();
            case TEMPLATE_REMOVED -> words.banner_template_removed();
        };
    }
}
