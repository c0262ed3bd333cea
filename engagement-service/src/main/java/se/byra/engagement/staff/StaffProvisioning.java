package se.byra.engagement.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.access.AccessModel;
import se.byra.platform.events.engagement.StaffMemberUpdated;
import se.byra.platform.identity.Person;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;
import se.byra.platform.messaging.outbox.Outbox;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/**
 * A staff member as a user of the realm (platform/identity does the calls after the commit), and
 * what became of it: the login's state, the user id and the reason when it did not work, written
 * in the transaction that records the outcome. When that links the member to a user it was not
 * linked to, {@link StaffMemberUpdated} says so: consumers map a token's subject to the member by it.
 */
@ApplicationScoped
public class StaffProvisioning {

    private static final String OWNER_PREFIX = "staff:";

    @Inject
    Outbox outbox;

    @Inject
    AccessModel access;

    /** The staff member's requests, in platform/identity's words. */
    public static String owner(UUID staffId) {
        return OWNER_PREFIX + staffId;
    }

    /** The user the staff member is: their agency in {@code agency_id}, staff, and administrator when they are one. */
    static Person person(StaffMember member) {
        Set<String> roles = new HashSet<>(Set.of(Roles.AGENCY_STAFF));
        if (member.administrator) {
            roles.add(Roles.AGENCY_ADMIN);
        }
        return new Person(member.email, member.name, member.language.name(), roles,
                Map.of(CurrentUser.AGENCY_CLAIM, member.agencyId.toString()),
                member.administrator ? Set.of() : Set.of(Roles.AGENCY_ADMIN));
    }

    @Transactional(TxType.MANDATORY)
    void on(@Observes ProvisioningOutcome outcome) {
        // a disable that worked leaves the login's state as it was (the member shows as deactivated); one the
        // identity provider refused is shown, since the person could still sign in there
        if (!outcome.owner().startsWith(OWNER_PREFIX) || "DISABLE".equals(outcome.action()) && !outcome.failed()) {
            return;
        }
        UUID id = UUID.fromString(outcome.owner().substring(OWNER_PREFIX.length()));
        StaffMember member = StaffMember.findById(id);
        if (member == null) {
            return;
        }
        boolean linked = outcome.subject() != null && !outcome.subject().equals(member.subject);
        String subject = outcome.subject() != null ? outcome.subject() : member.subject;
        ProvisioningState state;
        if (outcome.failed()) {
            state = ProvisioningState.FAILED;
        } else if (outcome.done() || subject != null) {
            // done, or a later change waiting while the login itself exists
            state = ProvisioningState.ACTIVE;
        } else {
            state = ProvisioningState.PENDING;
        }
        record(id, state, subject, outcome.done() ? null : outcome.reason());
        if (linked) {
            // read again after the update: the member as it is now, with the subject
            StaffMember.getEntityManager().refresh(member);
            StaffService.published(outbox, access, member, Instant.now());
        }
    }

    /**
     * Writes the provisioning columns without moving the staff member's version: provisioning
     * finishing must not turn an administrator's edit of the same member into a conflict.
     */
    static void record(UUID id, ProvisioningState state, String subject, String reason) {
        StaffMember.update("subject = ?1, provisioningState = ?2, provisioningReason = ?3 where id = ?4", subject,
                state, reason, id);
    }
}
