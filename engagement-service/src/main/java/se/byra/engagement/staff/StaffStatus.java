package se.byra.engagement.staff;

/** A deactivated staff member's requests are refused ({@link DeactivatedStaffFilter}). */
public enum StaffStatus {
    ACTIVE,
    DEACTIVATED
}
