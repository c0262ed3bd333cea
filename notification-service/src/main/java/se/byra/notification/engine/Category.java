package se.byra.notification.engine;

/**
 * What a notification is about, as a person chooses what e-mail they get. In-platform notifications are
 * always written; a mandatory category's e-mail cannot be turned off, because without it the person could
 * not sign in or would not learn that their access changed.
 */
public enum Category {
    /** Welcome to the agency or a company, with the sign-in link. */
    INVITATION(true),
    /** The person's access changed: a membership ended. */
    ACCOUNT(true),
    /** Engagement letters signed. */
    ENGAGEMENT(false);

    private final boolean mandatory;

    Category(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
