package se.byra.collaboration.account;

/** Where a client user's login in the identity provider stands; provisioning fills it in. */
public enum ProvisioningState {
    PENDING,
    ACTIVE,
    FAILED
}
