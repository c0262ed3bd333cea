package se.byra.gateway.downstream;

import java.net.URI;
import java.util.List;

import se.byra.platform.web.problem.Problem;

/**
 * A service answered 4xx: the request was wrong or not allowed, the service itself is fine (a
 * circuit breaker does not count it). Carries the service's problem, whose {@code errors} name
 * the fields a form shows them at.
 */
public class ServiceRefusal extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public ServiceRefusal(int status, Problem problem) {
        super("The service answered " + status + (problem == null ? "" : ": " + problem.detail()));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** Whether the service answered this status. */
    public static boolean is(Throwable failure, int status) {
        return failure instanceof ServiceRefusal refusal && refusal.status == status;
    }

    /** The problem's type, which tells a service's refusals of one status apart; null when it gave none. */
    public URI type() {
        return problem == null ? null : problem.type();
    }

    public List<Problem.FieldError> fieldErrors() {
        return problem == null || problem.errors() == null ? List.of() : problem.errors();
    }
}
