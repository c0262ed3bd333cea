package se.byra.collaboration.collaboration;

/**
 * Where a collaboration is. INVITED waits for the client's administrator, who makes it ACTIVE or DECLINED; unanswered
 * in time it is EXPIRED (and may be sent again: INVITED). ACTIVE becomes ENDED, at once or at its date. UNLINKED is an
 * import from an older system that staff link to a service and engagement (ACTIVE).
 */
public enum CollaborationStatus {
    INVITED, ACTIVE, DECLINED, EXPIRED, ENDED, UNLINKED;

    /** At most one open collaboration per client and service (a partial unique index says the same). */
    public boolean open() {
        return this == INVITED || this == ACTIVE;
    }
}
