package se.byra.collaboration.account;

/**
 * What an event needs has not reached this service yet (the event that brings it is behind this one, on another
 * topic or partition): not poison, so the consumer tries the event again until it has arrived.
 */
class NotKnownYetException extends RuntimeException {

    NotKnownYetException(String message) {
        super(message);
    }
}
