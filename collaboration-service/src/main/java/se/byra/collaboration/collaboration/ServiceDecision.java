package se.byra.collaboration.collaboration;

/** After a collaboration ends, the client keeps the service alone or ends it too. */
public enum ServiceDecision {
    KEEP, END
}
