package se.byra.gateway.pages.portal.collaborations;

import se.byra.gateway.pages.PortalCollabMsg;

/** What an answer about a collaboration did, for the banner on the collaboration's page (see Banner). */
public enum CollaborationBanner {
    COLLABORATION_ACCEPTED, COLLABORATION_DECLINED, COLLABORATION_ENDED, COLLABORATION_ENDING_SET,
    COLLABORATION_ENDING_WITHDRAWN, COLLABORATION_SERVICE_KEPT, COLLABORATION_SERVICE_ENDED;

    public String text(PortalCollabMsg words) {
        return switch (this) {
            case COLLABORATION_ACCEPTED -> words.banner_accepted();
            case COLLABORATION_DECLINED -> words.banner_declined();
            case COLLABORATION_ENDED -> words.banner_ended();
            case COLLABORATION_ENDING_SET -> words.banner_ending_set();
            case COLLABORATION_ENDING_WITHDRAWN -> words.banner_ending_withdrawn();
            case COLLABORATION_SERVICE_KEPT -> words.banner_service_kept();
            case COLLABORATION_SERVICE_ENDED -> words.banner_service_ended();
        };
    }
}
