package se.byra.engagement.staff;

/** Where the staff member's login in the identity provider stands; provisioning fills it in. */
public enum ProvisioningState {
    PENDING,
    ACTIVE,
    FAILED
}
