package se.byra.notification.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * The read model of who can be notified: staff, client users and their companies, clients and agencies,
 * each row written from the latest event of its key. Events of one key share a partition and arrive in
 * order; an older one (a dead letter replayed late) changes nothing. Values longer than the contract allows
 * are poison: they can never be stored and must not hold the partition. Writes join the handler's inbox
 * transaction.
 */
@ApplicationScoped
public class Directory {

    @Inject
    EntityManager em;

    /** A staff member as StaffMemberInvited or StaffMemberUpdated has them; {@code subject} null keeps the known one. */
    @Transactional(TxType.MANDATORY)
    public void staff(UUID agencyId, UUID staffId, String name, String email, String language, String subject,
            Instant at) {
        requireAgency(agencyId, "staff member " + staffId);
        int written = em.createNativeQuery("""
                insert into staff_member as s (id, agency_id, name, email, language, subject, active, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, true, ?7)
                on conflict (id) do update
                   set name = excluded.name, email = excluded.email, language = excluded.language,
                       subject = coalesce(excluded.subject, s.subject), updated_at = excluded.updated_at
                 where s.agency_id = excluded.agency_id and s.updated_at <= excluded.updated_at""")
                .setParameter(1, staffId).setParameter(2, agencyId)
                .setParameter(3, bounded(name, 200, "name")).setParameter(4, bounded(email, 254, "email"))
                .setParameter(5, language(language)).setParameter(6, bounded(subject, 255, "subject"))
                .setParameter(7, at)
                .executeUpdate();
        if (written == 0) {
            requireSameAgency("staff_member", staffId, agencyId);
        }
    }

    @Transactional(TxType.MANDATORY)
    public void staffDeactivated(UUID agencyId, UUID staffId) {
        em.createNativeQuery("update staff_member set active = false where id = ?1 and agency_id = ?2")
                .setParameter(1, staffId).setParameter(2, agencyId).executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void clientUser(UUID clientUserId, String name, String email, String language, String subject,
            Instant at) {
        em.createNativeQuery("""
                insert into client_user as u (id, name, email, language, subject, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (id) do update
                   set name = excluded.name, email = excluded.email, language = excluded.language,
                       subject = coalesce(excluded.subject, u.subject), updated_at = excluded.updated_at
                 where u.updated_at <= excluded.updated_at""")
                .setParameter(1, clientUserId).setParameter(2, bounded(name, 200, "name"))
                .setParameter(3, bounded(email, 254, "email")).setParameter(4, language(language))
                .setParameter(5, bounded(subject, 255, "subject")).setParameter(6, at)
                .executeUpdate();
    }

    /**
     * A membership granted or changed.
     *
     * @return whether the person is new to the company (an invitation), rather than a changed role
     */
    @Transactional(TxType.MANDATORY)
    public boolean membership(UUID agencyId, UUID clientId, UUID clientUserId, String role, Instant at) {
        requireAgency(agencyId, "membership of " + clientUserId + " in " + clientId);
        if (!role.equals("ADMINISTRATOR") && !role.equals("USER")) {
            throw new PoisonEventException("unknown membership role " + role);
        }
        // xmax = 0 tells an inserted row from an updated one
        List<?> inserted = em.createNativeQuery("""
                insert into membership as m (client_id, client_user_id, agency_id, role, granted_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (client_id, client_user_id) do update
                   set role = excluded.role, granted_at = excluded.granted_at
                 where m.granted_at <= excluded.granted_at
                returning (xmax = 0)""")
                .setParameter(1, clientId).setParameter(2, clientUserId).setParameter(3, agencyId)
                .setParameter(4, role).setParameter(5, at)
                .getResultList();
        return !inserted.isEmpty() && Boolean.TRUE.equals(inserted.get(0));
    }

    /** @return whether the person was a member */
    @Transactional(TxType.MANDATORY)
    public boolean membershipRevoked(UUID clientId, UUID clientUserId) {
        return em.createNativeQuery("delete from membership where client_id = ?1 and client_user_id = ?2")
                .setParameter(1, clientId).setParameter(2, clientUserId).executeUpdate() > 0;
    }

    @Transactional(TxType.MANDATORY)
    public void client(UUID agencyId, UUID clientId, String name, Instant at) {
        requireAgency(agencyId, "client " + clientId);
        int written = em.createNativeQuery("""
                insert into client as c (id, agency_id, name, updated_at) values (?1, ?2, ?3, ?4)
                on conflict (id) do update set name = excluded.name, updated_at = excluded.updated_at
                 where c.agency_id = excluded.agency_id and c.updated_at <= excluded.updated_at""")
                .setParameter(1, clientId).setParameter(2, agencyId).setParameter(3, bounded(name, 200, "name"))
                .setParameter(4, at)
                .executeUpdate();
        if (written == 0) {
            requireSameAgency("client", clientId, agencyId);
        }
    }

    @Transactional(TxType.MANDATORY)
    public void agency(UUID agencyId, String name, Instant at) {
        requireAgency(agencyId, "agency");
        em.createNativeQuery("""
                insert into agency as a (id, name, updated_at) values (?1, ?2, ?3)
                on conflict (id) do update set name = excluded.name, updated_at = excluded.updated_at
                 where a.updated_at <= excluded.updated_at""")
                .setParameter(1, agencyId).setParameter(2, bounded(name, 200, "name")).setParameter(3, at)
                .executeUpdate();
    }

    // ---- reads

    public Optional<Recipient> find(RecipientKind kind, UUID id) {
        Query query = kind == RecipientKind.STAFF
                ? em.createNativeQuery("select name, email, language, active from staff_member where id = ?1")
                : em.createNativeQuery("select name, email, language, true from client_user where id = ?1");
        List<?> rows = query.setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Recipient(kind, id, (String) row[0], (String) row[1], (String) row[2],
                (Boolean) row[3]));
    }

    /** The staff member of the agency whose tokens carry this subject. */
    public Optional<Recipient> staffBySubject(UUID agencyId, String subject) {
        return first(em.createNativeQuery(
                "select id, name, email, language, active from staff_member where subject = ?1 and agency_id = ?2")
                .setParameter(1, subject).setParameter(2, agencyId), RecipientKind.STAFF);
    }

    public Optional<Recipient> clientUserBySubject(String subject) {
        return first(em.createNativeQuery(
                "select id, name, email, language, true from client_user where subject = ?1")
                .setParameter(1, subject), RecipientKind.CLIENT_USER);
    }

    /** The agency's name, the sender name of its e-mails; empty until its profile is known. */
    public Optional<String> agencyName(UUID agencyId) {
        return em.createNativeQuery("select name from agency where id = ?1", String.class)
                .setParameter(1, agencyId).getResultStream().findFirst().map(String.class::cast);
    }

    /** The client's administrators (members of role ADMINISTRATOR) in the agency, longest-standing first. */
    public List<UUID> administrators(UUID agencyId, UUID clientId) {
        return members(agencyId, clientId, "ADMINISTRATOR");
    }

    /** All the client's members in the agency, whatever their role, longest-standing first. */
    public List<UUID> members(UUID agencyId, UUID clientId) {
        return members(agencyId, clientId, null);
    }

    /** The client's member in the agency with this e-mail address (whatever its case), if the directory has one. */
    public Optional<UUID> memberByEmail(UUID agencyId, UUID clientId, String email) {
        return em.createNativeQuery("""
                select m.client_user_id from membership m join client_user u on u.id = m.client_user_id
                 where m.client_id = ?1 and m.agency_id = ?2 and lower(u.email) = lower(?3)
                 order by m.granted_at, m.client_user_id""", UUID.class)
                .setParameter(1, clientId).setParameter(2, agencyId).setParameter(3, email).setMaxResults(1)
                .getResultStream().findFirst().map(UUID.class::cast);
    }

    /** The members of the role, or of any role when it is null. */
    private List<UUID> members(UUID agencyId, UUID clientId, String role) {
        Query query = em.createNativeQuery("select client_user_id from membership where client_id = ?1"
                + " and agency_id = ?2" + (role == null ? "" : " and role = ?3")
                + " order by granted_at, client_user_id", UUID.class)
                .setParameter(1, clientId).setParameter(2, agencyId);
        if (role != null) {
            query.setParameter(3, role);
        }
        return query.getResultStream().map(UUID.class::cast).toList();
    }

    public Optional<String> clientName(UUID clientId) {
        return em.createNativeQuery("select name from client where id = ?1", String.class)
                .setParameter(1, clientId).getResultStream().findFirst().map(String.class::cast);
    }

    private static Optional<Recipient> first(Query query, RecipientKind kind) {
        return query.getResultStream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Recipient(kind, (UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (Boolean) row[4]);
        });
    }

    private void requireSameAgency(String table, UUID id, UUID agencyId) {
        List<?> owner = em.createNativeQuery("select agency_id from " + table + " where id = ?1")
                .setParameter(1, id).getResultList();
        if (!owner.isEmpty() && !owner.get(0).equals(agencyId)) {
            throw new PoisonEventException(table + " " + id + " belongs to another agency");
        }
    }

    private static void requireAgency(UUID agencyId, String what) {
        if (agencyId == null) {
            throw new PoisonEventException(what + ": the event carries no agencyid");
        }
    }

    private static String language(String language) {
        if (!"sv".equals(language) && !"en".equals(language)) {
            throw new PoisonEventException("unknown language " + language);
        }
        return language;
    }

    private static String bounded(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new PoisonEventException(field + " is longer than the contract's " + max + " characters");
        }
        return value;
    }
}
