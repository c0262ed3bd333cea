package se.byra.collaboration.collaboration;

/** What an activation meant for the client (seed 002's three cases). */
public enum Scenario {
    /** The client is a customer of the platform and already uses the service: its administrators are asked. */
    EXISTING_SERVICE,
    /** The client is a customer without the service: it is activated for them with the collaboration. */
    NEW_SERVICE,
    /** The client had no account: it was made, its main contact the administrator, who approves the terms. */
    NEW_CUSTOMER
}
