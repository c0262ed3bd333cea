package se.byra.gateway.pages.portal.cases;

import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.PortalConsentMsg;

/** What an answer about the consent or a case did, for the banner on the page it leads to (see Banner). */
public enum CaseBanner {
    CONSENT_GRANTED, CONSENT_DECLINED, CONSENT_REVOKED, QUESTION_SENT, ANSWER_SAVED, ANSWER_SENT, INFORMATION_READ,
    COMMENT_SENT, FILE_REMOVED;

    public String text(PortalCaseMsg words, PortalConsentMsg consent) {
        return switch (this) {
            case CONSENT_GRANTED -> consent.banner_granted();
            case CONSENT_DECLINED -> consent.banner_declined();
            case CONSENT_REVOKED -> consent.banner_revoked();
            case QUESTION_SENT -> words.banner_question_sent();
            case ANSWER_SAVED -> words.banner_answer_saved();
            case ANSWER_SENT -> words.banner_answer_sent();
            case INFORMATION_READ -> words.banner_information_read();
            case COMMENT_SENT -> words.banner_comment_sent();
            case FILE_REMOVED -> words.banner_file_removed();
        };
    }
}
