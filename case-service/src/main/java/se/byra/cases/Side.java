package se.byra.cases;

/** Who did something: the agency's staff, the client's users, or the service itself (a sweep, a revoked consent). */
public enum Side {
    AGENCY, CLIENT, SYSTEM
}
