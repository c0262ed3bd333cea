package se.byra.gateway.downstream;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import se.byra.platform.web.problem.Problem;

/** A service's error answer as an exception the pages understand: 4xx a refusal, 5xx unavailable. */
public class ServiceErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new ServiceUnavailable("The service answered " + status);
        }
        return new ServiceRefusal(status, problem(response));
    }

    private static Problem problem(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
            return null;
        }
        try {
            return response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
