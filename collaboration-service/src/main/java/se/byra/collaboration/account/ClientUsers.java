package se.byra.collaboration.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.collaboration.account.AccountApi.InviteUser;
import se.byra.platform.access.AccessModel;
import se.byra.platform.events.collaboration.ClientUserUpdated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.events.collaboration.MembershipRevoked;
import se.byra.platform.identity.provisioning.Provisioning;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * Client users and their memberships, for the agency's side and the portal's alike. Every change is made
 * with its consequences in the caller's transaction: the event through the outbox, the access read model
 * (this service owns these facts, and its own next request must see them) and the login's provisioning
 * request. A person's memberships change one transaction at a time (their row is locked first), so a
 * removal that leaves them none and disables the login never passes a new membership that enables it.
 */
@ApplicationScoped
public class ClientUsers {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AccessModel access;

    @Inject
    Provisioning provisioning;

    /** A member and the person. */
    record Member(AccountMembership membership, ClientUser user) {
    }

    /** As stored: trimmed and in lower case, so Sara@Bageriet.se and sara@bageriet.se are one person. */
    static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The person with this e-mail, locked; made (and ClientUserUpdated published) when there is none. Two
     * requests making the same person at once make one: the second waits for the first and finds it.
     */
    @Transactional(TxType.MANDATORY)
    public ClientUser findOrCreate(String email, String name, Language language) {
        String address = email(email);
        int made = em.createNativeQuery("""
                insert into client_user (id, email, name, language, provisioning_state, created_at, version)
                values (?1, ?2, ?3, ?4, 'PENDING', ?5, 0) on conflict (email) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, address).setParameter(3, name.strip())
                .setParameter(4, language.name()).setParameter(5, Instant.now()).executeUpdate();
        ClientUser user = ClientUser.<ClientUser>find("email", address).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (made == 1) {
            published(user, null);
        }
        return user;
    }

    /**
     * The invited person (found by e-mail, or made) becomes a member of the company, USER unless the invitation
     * says otherwise; 409 when they already are one.
     */
    @Transactional(TxType.MANDATORY)
    public Member invite(ClientAccount account, InviteUser invitation, String grantedBy) {
        ClientUser user = findOrCreate(invitation.email(), invitation.name(),
                invitation.language() != null ? invitation.language() : Language.sv);
        if (AccountMembership.find(account.clientId, user.id) != null) {
            throw ProblemException.conflict(user.email + " already uses the company's account.");
        }
        return new Member(grant(account, user, invitation.role() != null ? invitation.role() : MembershipRole.USER,
                grantedBy), user);
    }

    /** The person becomes a member of the company: access at once, MembershipGranted, and a login for them. */
    @Transactional(TxType.MANDATORY)
    public AccountMembership grant(ClientAccount account, ClientUser user, MembershipRole role, String grantedBy) {
        AccountMembership membership = new AccountMembership();
        membership.clientId = account.clientId;
        membership.clientUserId = user.id;
        membership.role = role;
        membership.grantedAt = Instant.now();
        membership.grantedBy = grantedBy;
        membership.persist();
        AccountMembership.flush(); // the primary key decides between two grants of one person at once
        access.membershipGranted(account.agencyId, account.clientId, user.id, role == MembershipRole.ADMINISTRATOR,
                membership.grantedAt);
        outbox.publish(MembershipGranted.TYPE, account.agencyId, account.clientId, new MembershipGranted(
                account.clientId, user.id, role.name(), user.name, user.email, user.language.name(),
                membership.grantedAt));
        // also for a person who has a login: it is enabled again and given the role, should it lack them
        provisioning.ensure(ClientUserProvisioning.owner(user.id), ClientUserProvisioning.person(user));
        return membership;
    }

    /**
     * The person is no longer a member: their next request is refused the company, MembershipRevoked is
     * published, and a person with no company left has their login disabled and signed out.
     */
    @Transactional(TxType.MANDATORY)
    public void revoke(ClientAccount account, AccountMembership membership) {
        ClientUser user = ClientUser.lock(membership.clientUserId);
        membership.delete();
        AccountMembership.flush();
        access.membershipRevoked(account.clientId, user.id);
        outbox.publish(MembershipRevoked.TYPE, account.agencyId, account.clientId,
                new MembershipRevoked(account.clientId, user.id, Instant.now()));
        if (AccountMembership.count("clientUserId", user.id) == 0) {
            provisioning.disable(ClientUserProvisioning.owner(user.id));
        }
    }

    /**
     * The person with their login as it is now, for the other services (ClientUserUpdated; no agency: a
     * person belongs to none).
     */
    @Transactional(TxType.MANDATORY)
    public void published(ClientUser user, String subject) {
        outbox.publish(ClientUserUpdated.TYPE, null, user.id, new ClientUserUpdated(user.id, user.name, user.email,
                user.language.name(), subject, Instant.now()));
    }

    /** The company's members by name, then id (stable pages), each as the caller's side shows them. */
    @Transactional(TxType.MANDATORY)
    public <T> Page<T> members(UUID clientId, PageRequest paging, Function<Member, T> view) {
        List<T> items = em.createQuery("select m, u from AccountMembership m join ClientUser u "
                + "on u.id = m.clientUserId where m.clientId = :client order by u.name, u.id", Object[].class)
                .setParameter("client", clientId).setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList().stream()
                .map(row -> view.apply(new Member((AccountMembership) row[0], (ClientUser) row[1]))).toList();
        return Page.of(items, paging, AccountMembership.count("clientId", clientId));
    }
}
