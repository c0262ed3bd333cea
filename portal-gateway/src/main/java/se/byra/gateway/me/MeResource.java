package se.byra.gateway.me;

import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.security.identity.SecurityIdentity;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/** Who the caller is, as the gateway passes it on to the services: what a page needs first. */
@Path("/api/me")
@RolesAllowed({ Roles.AGENCY_STAFF, Roles.CLIENT_USER })
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    public record Me(String subject, @Schema(nullable = true) String name,
            @Schema(nullable = true, description = "The staff member's agency; null for a client user") UUID agencyId,
            Set<String> roles, String locale) {
    }

    @GET
    public Me me() {
        return new Me(user.subject(), user.displayName(), user.optionalAgencyId().orElse(null), identity.getRoles(),
                user.locale().toLanguageTag());
    }
}
