package se.byra.collaboration.collaboration;

/** Who did something to a collaboration: the agency's staff, the client's users, or the service itself (a deadline). */
public enum Side {
    AGENCY, CLIENT, SYSTEM
}
