package se.byra.platform.messaging.inbox;

/** An event that can never be handled as it is (malformed envelope or payload, unknown version): no retry, straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
