package se.byra.local;

/** A reason the stack cannot start or run, in words for the person who started it. */
final class StackException extends RuntimeException {

    StackException(String message) {
        super(message);
    }

    StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
