package se.byra.collaboration.account;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.byra.collaboration.account.AccountApi.CompanyUserView;
import se.byra.collaboration.account.AccountApi.CompanyView;
import se.byra.collaboration.account.AccountApi.InviteUser;
import se.byra.collaboration.account.ClientUsers.Member;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * The companies a client user belongs to, and their users as the portal shows and changes them. Access
 * comes from the caller's memberships ({@link ClientUserAccess}): another company answers 404, a member who
 * is not its administrator hears 403 when asking to change its users.
 */
@ApplicationScoped
public class CompanyService {

    @Inject
    ClientUsers users;

    /** The caller's companies by name, then id. */
    @Transactional
    public Page<CompanyView> companies(ClientUserAccess caller, PageRequest paging) {
        String memberships = " from AccountMembership m join KnownClient c on c.clientId = m.clientId "
                + "where m.clientUserId = :" + ClientUserAccess.CLIENT_USER_PARAMETER;
        var query = AccountMembership.getEntityManager().createQuery("select new " + CompanyView.class.getName()
                + "(c.clientId, c.name, c.organisationNumber, m.role)" + memberships + " order by c.name, c.clientId",
                CompanyView.class).setFirstResult(paging.page * paging.size).setMaxResults(paging.size);
        var count = AccountMembership.getEntityManager().createQuery("select count(m)" + memberships, Long.class);
        caller.parameters().forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(query.getResultList(), paging, count.getSingleResult());
    }

    /** The company's users by name, then id; for any of its members. */
    @Transactional
    public Page<CompanyUserView> users(ClientUserAccess caller, UUID clientId, PageRequest paging) {
        caller.requireClient(clientId);
        return users.members(clientId, paging, CompanyService::view);
    }

    @Transactional
    public CompanyUserView user(ClientUserAccess caller, UUID clientId, UUID clientUserId) {
        caller.requireClient(clientId);
        AccountMembership membership = AccountMembership.find(clientId, clientUserId);
        if (membership == null) {
            throw ProblemException.notFound("Client user", clientUserId);
        }
        return view(new Member(membership, ClientUser.findById(clientUserId)));
    }

    /**
     * The company's administrator gives a person access to it: the person with the e-mail (made when there is
     * none) becomes a member, and their login is made, or enabled again.
     */
    @Transactional
    public CompanyUserView invite(ClientUserAccess caller, UUID clientId, InviteUser invitation, String grantedBy) {
        caller.requireAdministrator(clientId);
        return view(users.invite(ClientAccount.findById(clientId), invitation, grantedBy));
    }

    /**
     * The company's administrator takes a person's access away; the answer is the person as they were.
     * Refused for the caller themself and for the company's last administrator: the company's
     * administrators are locked first, so of two administrators removing each other at once, the second
     * sees the first's removal and is refused.
     */
    @Transactional
    public CompanyUserView remove(ClientUserAccess caller, UUID clientId, UUID clientUserId) {
        caller.requireAdministrator(clientId);
        UUID self = caller.clientUserId().orElseThrow();
        List<AccountMembership> administrators = AccountMembership.lockAdministrators(clientId);
        if (clientUserId.equals(self)) {
            throw ProblemException.conflict("You cannot remove yourself from the company: another administrator of "
                    + "the company can.");
        }
        AccountMembership membership = AccountMembership.<AccountMembership>find("clientId = ?1 and clientUserId = ?2",
                clientId, clientUserId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (membership == null) {
            throw ProblemException.notFound("Client user", clientUserId);
        }
        if (membership.role == MembershipRole.ADMINISTRATOR && administrators.size() == 1) {
            throw ProblemException.conflict("You cannot remove the company's last administrator: make another user "
                    + "an administrator first.");
        }
        if (administrators.stream().noneMatch(a -> a.clientUserId.equals(self))) {
            throw ProblemException.forbidden("You are no longer an administrator of the company");
        }
        CompanyUserView removed = view(new Member(membership, ClientUser.findById(clientUserId)));
        users.revoke(ClientAccount.findById(clientId), membership);
        return removed;
    }

    private static CompanyUserView view(Member member) {
        ClientUser u = member.user();
        return new CompanyUserView(u.id, u.name, u.email, u.language, member.membership().role, u.provisioningState,
                member.membership().grantedAt);
    }
}
