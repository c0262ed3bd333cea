package se.byra.notification.engine;

/**
 * What a notification is about, as a person chooses what e-mail they get. In-platform notifications are
 * always written; a mandatory category's e-mail cannot be turned off, because without it the person could
 * not sign in, would not learn that their access changed, or would miss what they are asked to answer.
 */
public enum Category {
    /**
     * Welcome to the agency or a company, with the sign-in link; a company's administrators invited to a
     * collaboration, which they are to approve before it expires; a company's main contact asked to consent to
     * cases.
     */
    INVITATION(true),
    /** The person's access changed: a membership ended. */
    ACCOUNT(true),
    /** Engagement letters signed. */
    ENGAGEMENT(false),
    /** Collaborations in a shared service activated, declined, expired, changed or ended. */
    COLLABORATION(false),
    /**
     * Cases ("Ärenden") between the agency and a company: sent, answered, sent back, commented on, closed,
     * reminded of; the company's consent to them given, declined or withdrawn.
     */
    CASE(false);

    private final boolean mandatory;

    Category(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
