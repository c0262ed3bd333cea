package se.byra.gateway.downstream;

import java.io.IOException;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import se.byra.platform.web.problem.Problem;
import se.byra.platform.web.problem.Problems;

/**
 * How a failed call to a service reaches the caller: a service that is down, slow or cut off by
 * its circuit breaker is a 503 ("the service does not answer"); a service's 404 is the page's
 * 404 (an unknown client or another agency's look the same); the pages show these as error pages
 * (ErrorPages), /api as problem+json.
 */
public class ServiceFailures {

    /**
     * A service refused the signed-in user although the gateway let them in (a staff member
     * deactivated since their token was issued, say): the account is refused, not the page.
     */
    public static final URI REFUSED_BY_SERVICE = URI.create("tag:byra.se,2026:problem:refused-by-service");

    /** Whether the failure means the service could not answer (rather than refused the request). */
    public static boolean unavailable(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ServiceUnavailable || t instanceof TimeoutException
                    || t instanceof CircuitBreakerOpenException || t instanceof ProcessingException
                    || t instanceof IOException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper({ ServiceUnavailable.class, TimeoutException.class, CircuitBreakerOpenException.class,
            ProcessingException.class })
    public Response unavailable() {
        return Problems.response(503, "Service Unavailable",
                "A service this needs does not answer just now. Try again in a while.");
    }

    @ServerExceptionMapper
    public Response refused(ServiceRefusal refusal) {
        return switch (refusal.status()) {
            case 404 -> Problems.notFound();
            case 401, 403 -> Problems.response(new Problem(REFUSED_BY_SERVICE, "Forbidden", 403,
                    "A service refused the signed-in user: you do not have permission for this", null, null,
                    List.of()));
            default -> Problems.response(502, "Bad Gateway", "A service refused the gateway's request");
        };
    }
}
