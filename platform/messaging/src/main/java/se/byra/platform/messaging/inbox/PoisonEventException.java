package se.byra.platform.messaging.inbox;

/**
 * An event that can never be handled as it is (malformed envelope or payload, a value breaking
 * the contract): no retry, straight to the dead-letter topic. Any other exception is taken as
 * transient and retried for as long as it lasts, holding up its partition.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
