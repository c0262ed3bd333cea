package se.byra.collaboration.account;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.byra.platform.access.AccessModel;
import se.byra.platform.identity.Person;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/**
 * A client user as a user of the realm (platform/identity does the calls after the commit), and what
 * became of it: the login's state, the user id and the reason when it did not work, written in the
 * transaction that records the outcome. When the login is linked to a user (or to another one), the
 * access read model maps their tokens to them from then on, and ClientUserUpdated tells the other services.
 */
@ApplicationScoped
public class ClientUserProvisioning {

    private static final String OWNER_PREFIX = "client-user:";

    @Inject
    AccessModel access;

    @Inject
    ClientUsers users;

    /** The client user's requests, in platform/identity's words. */
    static String owner(UUID clientUserId) {
        return OWNER_PREFIX + clientUserId;
    }

    /**
     * The user the client user is: role client-user, and no agency_id (a person belongs to no agency). A
     * user holding an agency_id is a staff member's, and is refused, never reused: otherwise a company's
     * administrator could invite a staff member's e-mail and, removing them, disable their login.
     */
    static Person person(ClientUser user) {
        return new Person(user.email, user.name, user.language.name(), Set.of(Roles.CLIENT_USER), Map.of(), Set.of(),
                Set.of(CurrentUser.AGENCY_CLAIM));
    }

    @Transactional(TxType.MANDATORY)
    void on(@Observes ProvisioningOutcome outcome) {
        // a disabled login has no state of its own to show: its person belongs to no company any more
        if (!outcome.owner().startsWith(OWNER_PREFIX) || "DISABLE".equals(outcome.action())) {
            return;
        }
        ClientUser user = ClientUser.findById(UUID.fromString(outcome.owner().substring(OWNER_PREFIX.length())));
        if (user == null) {
            return;
        }
        String subject = outcome.subject() != null ? outcome.subject() : user.subject;
        ProvisioningState state;
        if (outcome.failed()) {
            state = ProvisioningState.FAILED;
        } else if (subject != null) {
            // done, or a later request waiting while the login itself exists
            state = ProvisioningState.ACTIVE;
        } else {
            state = ProvisioningState.PENDING;
        }
        boolean linked = subject != null && !subject.equals(user.subject);
        record(user.id, state, subject, outcome.done() ? null : outcome.reason());
        if (linked) {
            access.clientUser(user.id, subject);
            users.published(user, subject);
        }
    }

    /**
     * Writes the provisioning columns without moving the client user's version: provisioning finishing
     * must not turn someone's edit of the same person into a conflict.
     */
    static void record(UUID id, ProvisioningState state, String subject, String reason) {
        ClientUser.update("subject = ?1, provisioningState = ?2, provisioningReason = ?3 where id = ?4", subject, state,
                reason, id);
    }
}
