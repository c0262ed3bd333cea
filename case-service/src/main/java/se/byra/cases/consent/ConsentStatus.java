package se.byra.cases.consent;

/** Where a client's consent to case management stands; {@code NONE} only in views (no row yet). */
public enum ConsentStatus {
    NONE, REQUESTED, GRANTED, DECLINED, REVOKED
}
