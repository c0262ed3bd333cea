package se.byra.engagement.staff;

/** Which of the agency's clients a staff member sees. */
public enum Permission {
    /** Every client of the agency. */
    FULL,
    /** The clients the staff member is responsible for or takes part in. */
    OWN_CLIENTS
}
