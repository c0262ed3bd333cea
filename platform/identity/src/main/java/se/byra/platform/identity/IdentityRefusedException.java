package se.byra.platform.identity;

/** The identity provider refused the request itself (an invalid e-mail, say): trying again will not help. */
public class IdentityRefusedException extends RuntimeException {

    public IdentityRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
