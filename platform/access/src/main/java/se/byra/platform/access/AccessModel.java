package se.byra.platform.access;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * Writes the access read model, in the caller's transaction: the event handlers of this package in a
 * service that consumes the events, or the owning service itself in the transaction of the change (so
 * its own queries never wait for its own events). Every write is an upsert or a delete, so applying a
 * fact twice changes nothing. A fact naming a staff member or client of another agency than the row
 * already has is refused with {@link PoisonEventException}: ids are never moved between tenants.
 */
@ApplicationScoped
public class AccessModel {

    @Inject
    EntityManager em;

    /** A staff member was invited: active, with the permission given; no login yet. */
    @Transactional(TxType.MANDATORY)
    public void staffInvited(UUID agencyId, UUID staffId, boolean fullAccess) {
        requireOne(em.createNativeQuery("""
                insert into access_staff (staff_id, agency_id, subject, full_access, active, updated_at)
                values (?1, ?2, null, ?3, true, ?4)
                on conflict (staff_id) do update set full_access = excluded.full_access, updated_at = excluded.updated_at
                where access_staff.agency_id = excluded.agency_id""")
                .setParameter(1, staffId).setParameter(2, agencyId).setParameter(3, fullAccess)
                .setParameter(4, Instant.now()).executeUpdate(), "staff member", staffId);
    }

    /** A staff member as they are now: permission and login (subject, null until provisioned). */
    @Transactional(TxType.MANDATORY)
    public void staffUpdated(UUID agencyId, UUID staffId, boolean fullAccess, String subject) {
        requireOne(em.createNativeQuery("""
                insert into access_staff (staff_id, agency_id, subject, full_access, active, updated_at)
                values (?1, ?2, ?3, ?4, true, ?5)
                on conflict (staff_id) do update set subject = excluded.subject, full_access = excluded.full_access,
                    updated_at = excluded.updated_at
                where access_staff.agency_id = excluded.agency_id""")
                .setParameter(1, staffId).setParameter(2, agencyId).setParameter(3, subject)
                .setParameter(4, fullAccess).setParameter(5, Instant.now()).executeUpdate(), "staff member", staffId);
    }

    /** A staff member was deactivated: refused from now on, whatever their token says. */
    @Transactional(TxType.MANDATORY)
    public void staffDeactivated(UUID agencyId, UUID staffId) {
        requireOne(em.createNativeQuery("""
                insert into access_staff (staff_id, agency_id, subject, full_access, active, updated_at)
                values (?1, ?2, null, false, false, ?3)
                on conflict (staff_id) do update set active = false, updated_at = excluded.updated_at
                where access_staff.agency_id = excluded.agency_id""")
                .setParameter(1, staffId).setParameter(2, agencyId).setParameter(3, Instant.now()).executeUpdate(),
                "staff member", staffId);
    }

    /** The client belongs to the agency, and exactly these staff members are responsible for it. */
    @Transactional(TxType.MANDATORY)
    public void clientResponsibility(UUID agencyId, UUID clientId, Collection<UUID> staffIds) {
        requireOne(em.createNativeQuery("""
                insert into access_client (client_id, agency_id, updated_at) values (?1, ?2, ?3)
                on conflict (client_id) do update set updated_at = excluded.updated_at
                where access_client.agency_id = excluded.agency_id""")
                .setParameter(1, clientId).setParameter(2, agencyId).setParameter(3, Instant.now()).executeUpdate(),
                "client", clientId);
        em.createNativeQuery("delete from access_responsibility where client_id = ?1").setParameter(1, clientId)
                .executeUpdate();
        // a handful of people per client: one insert each is cheaper than building an array parameter
        for (UUID staffId : staffIds) {
            em.createNativeQuery("insert into access_responsibility (staff_id, client_id) values (?1, ?2) "
                    + "on conflict do nothing").setParameter(1, staffId).setParameter(2, clientId).executeUpdate();
        }
    }

    /** A client user's login (subject, null until provisioned). Client users belong to no agency. */
    @Transactional(TxType.MANDATORY)
    public void clientUser(UUID clientUserId, String subject) {
        em.createNativeQuery("""
                insert into access_client_user (client_user_id, subject, updated_at) values (?1, ?2, ?3)
                on conflict (client_user_id) do update set subject = excluded.subject, updated_at = excluded.updated_at""")
                .setParameter(1, clientUserId).setParameter(2, subject).setParameter(3, Instant.now()).executeUpdate();
    }

    /** The client user belongs to the client company, as administrator or user. */
    @Transactional(TxType.MANDATORY)
    public void membershipGranted(UUID agencyId, UUID clientId, UUID clientUserId, boolean administrator,
            Instant grantedAt) {
        requireOne(em.createNativeQuery("""
                insert into access_membership (client_user_id, client_id, agency_id, administrator, granted_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (client_user_id, client_id) do update set administrator = excluded.administrator,
                    granted_at = excluded.granted_at
                where access_membership.agency_id = excluded.agency_id""")
                .setParameter(1, clientUserId).setParameter(2, clientId).setParameter(3, agencyId)
                .setParameter(4, administrator).setParameter(5, grantedAt).executeUpdate(), "client", clientId);
    }

    /** The client user no longer belongs to the client company. */
    @Transactional(TxType.MANDATORY)
    public void membershipRevoked(UUID clientId, UUID clientUserId) {
        em.createNativeQuery("delete from access_membership where client_user_id = ?1 and client_id = ?2")
                .setParameter(1, clientUserId).setParameter(2, clientId).executeUpdate();
    }

    private static void requireOne(int rows, String what, UUID id) {
        if (rows != 1) {
            throw new PoisonEventException(what + " " + id + " belongs to another agency");
        }
    }
}
