package se.byra.notification.mappings;

import java.util.UUID;

import se.byra.notification.engine.Category;
import se.byra.platform.messaging.inbox.InboundEvent;

/**
 * The notices of case-service's events (case.events, keyed by the company). They are on another topic than
 * the company's memberships, so the company's members are as the directory has them when the event is handled:
 * a company that can get cases has consented, which its administrator did signed in, long after their
 * membership; a member added in the same moment may miss a notice, never the company as a whole.
 */
final class Cases {

    private Cases() {
    }

    /**
     * The notices of an event of one case, in category CASE: the staff's link leads to the case in the agency
     * UI, the company's members' to it in their portal. Every notice shows the case's {@code title} and
     * {@code caseType} (QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION or FORM).
     */
    static ClientNotices of(InboundEvent<?> event, UUID caseId, UUID clientId, String clientName, String caseType,
            String title) {
        return ClientNotices.of(event, "case " + caseId, clientId, clientName, Category.CASE,
                "/byra/arenden/" + caseId, "/portal/foretag/" + clientId + "/arenden/" + caseId)
                .with("caseType", caseType).with("title", title);
    }

    /**
     * The notices of an event of the company's consent to cases, in {@code category}: the staff's link leads
     * to the client's overview, the company's to the consent page of its portal.
     */
    static ClientNotices consent(InboundEvent<?> event, UUID clientId, String clientName, Category category) {
        return ClientNotices.of(event, "the consent of client " + clientId, clientId, clientName, category,
                "/byra/kunder/" + clientId, "/portal/foretag/" + clientId + "/samtycke");
    }
}
