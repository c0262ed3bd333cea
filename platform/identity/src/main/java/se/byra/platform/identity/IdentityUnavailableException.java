package se.byra.platform.identity;

/** The identity provider could not be reached or did not answer as it should: worth trying again later. */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
