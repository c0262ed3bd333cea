package se.byra.engagement.staff;

/** A deactivated staff member's requests are refused (platform/access's AccessFilter, in every service). */
public enum StaffStatus {
    ACTIVE,
    DEACTIVATED
}
