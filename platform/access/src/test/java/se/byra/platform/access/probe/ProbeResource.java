package se.byra.platform.access.probe;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.platform.access.Access;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.security.Roles;

/** A service's endpoints in miniature: one client, and a list of what belongs to the caller's clients. */
@Path("/probe")
public class ProbeResource {

    public record Scope(@Schema(nullable = true) UUID staffId, boolean fullAccess) {
    }

    @Inject
    Access access;

    @Inject
    EntityManager em;

    @GET
    @Path("/staff/scope")
    @RolesAllowed(Roles.AGENCY_STAFF)
    public Scope scope() {
        StaffAccess staff = access.staff();
        return new Scope(staff.staffId().orElse(null), staff.fullAccess());
    }

    @GET
    @Path("/staff/clients/{id}")
    @RolesAllowed(Roles.AGENCY_STAFF)
    public UUID staffClient(@PathParam("id") UUID id) {
        access.staff().requireClient(id);
        return id;
    }

    @GET
    @Path("/staff/things")
    @RolesAllowed(Roles.AGENCY_STAFF)
    @Transactional
    public List<UUID> staffThings() {
        StaffAccess staff = access.staff();
        return things("t.agencyId = :agency" + staff.and("t.clientId"), staff.parameters(), staff.agencyId());
    }

    @GET
    @Path("/portal/clients/{id}")
    @RolesAllowed(Roles.CLIENT_USER)
    public UUID portalClient(@PathParam("id") UUID id) {
        access.clientUser().requireClient(id);
        return id;
    }

    @POST
    @Path("/portal/clients/{id}/administration")
    @RolesAllowed(Roles.CLIENT_USER)
    public UUID administer(@PathParam("id") UUID id) {
        access.clientUser().requireAdministrator(id);
        return id;
    }

    @GET
    @Path("/portal/things")
    @RolesAllowed(Roles.CLIENT_USER)
    @Transactional
    public List<UUID> portalThings() {
        ClientUserAccess user = access.clientUser();
        return things("1 = 1" + user.and("t.clientId"), user.parameters(), null);
    }

    private List<UUID> things(String where, Map<String, Object> parameters, UUID agencyId) {
        TypedQuery<UUID> query = em.createQuery("select t.clientId from ProbeThing t where " + where
                + " order by t.clientId", UUID.class);
        parameters.forEach(query::setParameter);
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        return query.getResultList();
    }
}
