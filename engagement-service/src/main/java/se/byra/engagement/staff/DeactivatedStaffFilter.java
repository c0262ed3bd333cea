package se.byra.engagement.staff;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import se.byra.platform.web.problem.Problems;
import se.byra.platform.web.security.CurrentUser;

/**
 * Refuses every request of a deactivated staff member at once (403), whatever their token still says:
 * a token lives up to an hour, and the identity provider may not have heard of the deactivation yet.
 *
 * <p>A token whose subject is not in the directory is let through on its roles: the agency's first
 * administrator comes from the realm and has no staff record, nor do service accounts such as the
 * demo loader, and staff invited but not yet provisioned have no subject. Only a record that names
 * the subject and says DEACTIVATED refuses. Runs on the worker thread, after the resource is matched
 * (so only for this service's API, never the management interface).
 */
public class DeactivatedStaffFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    DeactivatedStaff deactivated;

    @ServerRequestFilter
    public Optional<Response> refuseDeactivated() {
        if (identity.isAnonymous()) {
            return Optional.empty(); // the resource's roles answer 401
        }
        Optional<UUID> agencyId = user.optionalAgencyId();
        String subject = user.subject();
        if (agencyId.isEmpty() || subject == null || !deactivated.is(agencyId.get(), subject)) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(403, "Forbidden",
                "Your account in this agency is deactivated. Ask an administrator of the agency if this is wrong."));
    }
}
