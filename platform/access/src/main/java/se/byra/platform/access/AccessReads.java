package se.byra.platform.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The read model's lookups, each one index probe; in the caller's transaction when there is one. */
@ApplicationScoped
class AccessReads {

    @Inject
    EntityManager em;

    record StaffRow(UUID staffId, boolean fullAccess, boolean active) {
    }

    /** The member a token's subject names in its agency; an active record wins over a deactivated one. */
    @Transactional
    Optional<StaffRow> staff(UUID agencyId, String subject) {
        List<?> rows = em.createNativeQuery("""
                select staff_id, full_access, active from access_staff where agency_id = ?1 and subject = ?2
                order by active desc limit 1""").setParameter(1, agencyId).setParameter(2, subject).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new StaffRow((UUID) row[0], (Boolean) row[1], (Boolean) row[2])).findFirst();
    }

    @Transactional
    boolean clientInAgency(UUID clientId, UUID agencyId) {
        return exists("select 1 from access_client where client_id = ?1 and agency_id = ?2", clientId, agencyId);
    }

    @Transactional
    boolean responsible(UUID staffId, UUID clientId) {
        return exists("select 1 from access_responsibility where staff_id = ?1 and client_id = ?2", staffId, clientId);
    }

    @Transactional
    Optional<UUID> clientUser(String subject) {
        List<?> rows = em.createNativeQuery("select client_user_id from access_client_user where subject = ?1 "
                + "order by updated_at desc limit 1").setParameter(1, subject).getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }

    /** The client user's memberships, by client id (a person belongs to a handful of companies). */
    @Transactional
    List<Membership> memberships(UUID clientUserId) {
        return em.createQuery("select new se.byra.platform.access.Membership(m.clientId, m.agencyId, m.administrator) "
                + "from AccessMembership m where m.clientUserId = :user order by m.clientId", Membership.class)
                .setParameter("user", clientUserId).getResultList();
    }

    private boolean exists(String sql, UUID first, UUID second) {
        return !em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).getResultList().isEmpty();
    }
}
