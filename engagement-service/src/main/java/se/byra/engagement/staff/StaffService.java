package se.byra.engagement.staff;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.byra.engagement.Like;
import se.byra.engagement.staff.StaffApi.InviteStaff;
import se.byra.engagement.staff.StaffApi.StaffFields;
import se.byra.engagement.staff.StaffApi.StaffView;
import se.byra.engagement.staff.StaffApi.UpdateStaff;
import se.byra.platform.events.engagement.StaffMemberDeactivated;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.access.AccessModel;
import se.byra.platform.identity.provisioning.Provisioning;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * The agency's staff directory. Every change publishes its event through the outbox in the same
 * transaction: the change and its event commit together, or neither does.
 */
@ApplicationScoped
public class StaffService {

    @Inject
    Outbox outbox;

    @Inject
    Provisioning provisioning;

    @Inject
    AccessModel access;

    @Transactional
    public StaffView invite(UUID agencyId, InviteStaff request) {
        StaffMember member = new StaffMember();
        member.id = UUID.randomUUID();
        member.agencyId = agencyId;
        requireUnusedEmail(agencyId, email(request), member.id);
        fill(member, request);
        member.createdAt = Instant.now();
        member.updatedAt = member.createdAt;
        member.persist();
        outbox.publish(StaffMemberInvited.TYPE, agencyId, member.id, new StaffMemberInvited(member.id, member.name,
                member.email, member.language.name(), member.permission.name(), member.administrator,
                member.createdAt));
        access.staffInvited(agencyId, member.id, member.permission == Permission.FULL);
        provisioning.ensure(StaffProvisioning.owner(member.id), StaffProvisioning.person(member));
        return view(member);
    }

    @Transactional
    public StaffView get(UUID agencyId, UUID id) {
        StaffMember member = StaffMember.findInAgency(agencyId, id);
        if (member == null) {
            throw ProblemException.notFound("Staff member", id);
        }
        return view(member);
    }

    /** The agency's staff by name, then id; with a status, those in it; with a text, those whose name or e-mail holds it. */
    @Transactional
    public Page<StaffView> list(UUID agencyId, StaffStatus status, String q, PageRequest paging) {
        StringBuilder where = new StringBuilder("agencyId = :agency");
        Parameters parameters = Parameters.with("agency", agencyId);
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        String text = q == null ? "" : q.strip();
        if (!text.isEmpty()) {
            // the expressions V4's indexes hold: the name folded under pg_c_utf8, the e-mail as stored (lower case)
            where.append(" and (lower(collate(name as pg_c_utf8)) like :text or email like :text)");
            parameters.and("text", Like.containing(text.toLowerCase(Locale.ROOT)));
        }
        var query = StaffMember.find(where.toString(), Sort.by("name").and("id"), parameters)
                .page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        List<StaffView> items = query.<StaffMember>list().stream().map(StaffService::view).toList();
        return Page.of(items, paging, query.count());
    }

    /**
     * Replaces the staff member's details, if the caller read its current version. Taking the
     * administrator role from the agency's last active administrator is refused.
     */
    @Transactional
    public StaffView update(UUID agencyId, UUID id, UpdateStaff request) {
        List<StaffMember> administrators = lockActiveAdministrators(agencyId);
        StaffMember member = lock(agencyId, id);
        if (member.version != request.version()) {
            throw ProblemException.conflict("Someone else changed staff member " + id + " after you read it (you sent "
                    + "version " + request.version() + ", it is now " + member.version + "): reload the staff member "
                    + "and make your change again.");
        }
        if (!request.administrator()) {
            requireAnotherAdministrator(administrators, member, "take the administrator role from");
        }
        // before the entity changes: the count would flush the change, and the constraint answer a plainer 409
        requireUnusedEmail(agencyId, email(request), member.id);
        fill(member, request);
        member.updatedAt = Instant.now();
        StaffMember.flush(); // the answer carries the new version
        published(outbox, access, member, member.updatedAt);
        provisioning.update(StaffProvisioning.owner(member.id), StaffProvisioning.person(member));
        return view(member);
    }

    /**
     * Deactivates the staff member: from now on their requests are refused. Deactivating a deactivated
     * member changes and publishes nothing. Refused for the caller themself, and for the agency's last
     * active administrator.
     */
    @Transactional
    public StaffView deactivate(UUID agencyId, UUID id, String callerSubject) {
        List<StaffMember> administrators = lockActiveAdministrators(agencyId);
        StaffMember member = lock(agencyId, id);
        if (member.status == StaffStatus.DEACTIVATED) {
            return view(member);
        }
        if (member.subject != null && member.subject.equals(callerSubject)) {
            throw ProblemException.conflict("You cannot deactivate yourself: another administrator of the agency "
                    + "can.");
        }
        requireAnotherAdministrator(administrators, member, "deactivate");
        member.status = StaffStatus.DEACTIVATED;
        member.updatedAt = Instant.now();
        StaffMember.flush();
        outbox.publish(StaffMemberDeactivated.TYPE, agencyId, member.id,
                new StaffMemberDeactivated(member.id, member.updatedAt));
        access.staffDeactivated(agencyId, member.id);
        provisioning.disable(StaffProvisioning.owner(member.id));
        return view(member);
    }

    /** Publishes the member as they are now (StaffMemberUpdated), for consumers that started later (EventBackfill). */
    @Transactional(TxType.MANDATORY)
    public void republish(UUID id) {
        StaffMember member = StaffMember.findById(id);
        if (member != null) {
            published(outbox, access, member, member.updatedAt);
        }
    }

    /** Tries the staff member's failed provisioning again; refused when nothing failed. */
    @Transactional
    public StaffView retryProvisioning(UUID agencyId, UUID id) {
        StaffMember member = lock(agencyId, id);
        if (member.provisioningState != ProvisioningState.FAILED
                || provisioning.retry(StaffProvisioning.owner(member.id)) == 0) {
            throw ProblemException.conflict("Nothing to try again: " + member.name + "'s login is "
                    + member.provisioningState.name().toLowerCase(Locale.ROOT) + ".");
        }
        StaffProvisioning.record(member.id, ProvisioningState.PENDING, member.subject, null);
        StaffMember.getEntityManager().refresh(member);
        return view(member);
    }

    /**
     * The agency's active administrators, locked in id order before any other row: every change that could
     * leave the agency without one takes these locks first, so two such changes run one after the other
     * (the second sees the first's effect) and never deadlock on each other's rows.
     */
    private static List<StaffMember> lockActiveAdministrators(UUID agencyId) {
        return StaffMember.<StaffMember>find("agencyId = ?1 and administrator = true and status = ?2",
                Sort.by("id"), agencyId, StaffStatus.ACTIVE).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static StaffMember lock(UUID agencyId, UUID id) {
        StaffMember member = StaffMember.<StaffMember>find("id = ?1 and agencyId = ?2", id, agencyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (member == null) {
            throw ProblemException.notFound("Staff member", id);
        }
        return member;
    }

    /** When the member is an active administrator, another active administrator must remain. */
    private static void requireAnotherAdministrator(List<StaffMember> administrators, StaffMember member,
            String action) {
        boolean isOne = administrators.stream().anyMatch(a -> a.id.equals(member.id));
        if (isOne && administrators.size() == 1) {
            throw ProblemException.conflict("You cannot " + action + " " + member.name + ": they are the agency's "
                    + "last active administrator. Make another staff member an administrator first.");
        }
    }

    /** One staff member per e-mail address in an agency (the unique constraint decides a race). */
    private static void requireUnusedEmail(UUID agencyId, String email, UUID except) {
        long others = StaffMember.count("agencyId = ?1 and email = ?2 and id <> ?3", agencyId, email, except);
        if (others > 0) {
            throw ProblemException.conflict("A staff member with e-mail " + email + " is already in the agency");
        }
    }

    /** As stored: trimmed and in lower case, so Karin@Byran.se and karin@byran.se are one address. */
    private static String email(StaffFields data) {
        return data.email().strip().toLowerCase(Locale.ROOT);
    }

    private static void fill(StaffMember member, StaffFields data) {
        member.name = data.name().strip();
        member.email = email(data);
        member.language = data.language();
        member.permission = data.permission();
        member.administrator = data.administrator();
    }

    /**
     * The member as they are now, changed at {@code at}: {@link StaffMemberUpdated} for the other services, and this
     * service's own access read model in the same transaction (permission and login subject).
     */
    static void published(Outbox outbox, AccessModel access, StaffMember m, Instant at) {
        outbox.publish(StaffMemberUpdated.TYPE, m.agencyId, m.id, new StaffMemberUpdated(m.id, m.name, m.email,
                m.language.name(), m.permission.name(), m.administrator, m.subject, at));
        access.staffUpdated(m.agencyId, m.id, m.permission == Permission.FULL, m.subject);
    }

    static StaffView view(StaffMember m) {
        return new StaffView(m.id, m.name, m.email, m.language, m.permission, m.administrator, m.status,
                m.provisioningState, m.provisioningReason, m.createdAt, m.updatedAt, m.version);
    }
}
