package se.byra.gateway.downstream;

/** A service answered 5xx; timeouts, refused connections and open circuits are treated alike. */
public class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String message) {
        super(message);
    }
}
