package se.byra.cases.casefile;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import se.byra.cases.Problems;
import se.byra.platform.web.problem.Problem;

/** A step the case's status does not allow is a conflict with its state: 409 naming both, never a 500. */
public class StepRefused {

    @ServerExceptionMapper
    public Response refused(CaseStatus.IllegalStep e) {
        return se.byra.platform.web.problem.Problems.response(new Problem(Problems.type("case-status"),
                "Not possible in this status", 409, e.getMessage(), null, null, java.util.List.of()));
    }
}
