package se.byra.platform.identity.provisioning;

/**
 * What became of a provisioning request, fired as a CDI event in the transaction that records it,
 * so the service's observer updates its own state (a staff member's provisioning state and user
 * id) atomically with it. Fired for every attempt: {@code PENDING} after a failure that is tried
 * again, {@code DONE}, or {@code FAILED} when the identity provider refused the request.
 *
 * @param owner    the owner the service named in its request
 * @param action   {@code ENSURE}, {@code UPDATE} or {@code DISABLE}
 * @param state    {@code PENDING}, {@code DONE} or {@code FAILED}
 * @param subject  the user's id in the identity provider, when known
 * @param attempts attempts made so far
 * @param reason   why it failed, for people to read (at most 2 000 characters); null when done
 */
public record ProvisioningOutcome(String owner, String action, String state, String subject, int attempts,
        String reason) {

    public boolean done() {
        return "DONE".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
