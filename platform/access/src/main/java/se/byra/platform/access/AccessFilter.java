package se.byra.platform.access;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import se.byra.platform.web.problem.Problems;

/**
 * Refuses every request of a deactivated staff member at once (403), whatever their token still says: a
 * token lives up to an hour, and the identity provider may not have heard of the deactivation yet. In a
 * service that learns of it from {@code StaffMemberDeactivated}, from the moment the event is handled. One
 * index lookup per request ({@code access_staff_subject}), reused by {@link Access}. Runs on the worker
 * thread after the resource is matched, so only for the service's API, never the management interface.
 */
public class AccessFilter {

    @Inject
    Access access;

    @ServerRequestFilter
    public Optional<Response> refuseDeactivated() {
        if (!access.deactivatedStaff()) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(403, "Forbidden",
                "Your account in this agency is deactivated. Ask an administrator of the agency if this is wrong."));
    }
}
