package se.byra.gateway.downstream;

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

    public List<Problem.FieldError> fieldErrors() {
        return problem == null || problem.errors() == null ? List.of() : problem.errors();
    }
}
