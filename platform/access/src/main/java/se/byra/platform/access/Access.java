package se.byra.platform.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import se.byra.platform.web.security.CurrentUser;
import se.byra.platform.web.security.Roles;

/**
 * Who the caller is and which clients they may see, decided from this service's read model, never from the
 * request: the agency and the subject come from the verified token, the scope from {@code access_staff},
 * {@code access_responsibility} and {@code access_membership}. Resolved once per request.
 *
 * <p>A staff token whose subject the read model does not know is scoped by its roles (full access): the
 * agency's first administrator comes from the realm without a staff record, so do service accounts such as
 * the demo loader, and a member's login is linked (StaffMemberUpdated with the subject) only once it is
 * provisioned. A known member has their permission; a deactivated one is refused (403) by
 * {@link AccessFilter} before any resource runs.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Inject
    AccessReads reads;

    private Optional<AccessReads.StaffRow> staffRow;
    private StaffAccess staff;
    private ClientUserAccess clientUser;

    /** The caller as a staff member of the token's agency; 403 for anyone else. */
    public StaffAccess staff() {
        if (staff == null) {
            if (!identity.hasRole(Roles.AGENCY_STAFF)) {
                throw new ForbiddenException("not staff");
            }
            UUID agencyId = user.agencyId();
            AccessReads.StaffRow row = staffRow(agencyId).orElse(null);
            if (row != null && !row.active()) {
                throw new ForbiddenException("deactivated");
            }
            staff = row == null ? new StaffAccess(reads, agencyId, null, true)
                    : new StaffAccess(reads, agencyId, row.staffId(), row.fullAccess());
        }
        return staff;
    }

    /** The caller as a client user; 403 for anyone without the client-user role. */
    public ClientUserAccess clientUser() {
        if (clientUser == null) {
            if (!identity.hasRole(Roles.CLIENT_USER)) {
                throw new ForbiddenException("not a client user");
            }
            UUID clientUserId = user.subject() == null ? null : reads.clientUser(user.subject()).orElse(null);
            clientUser = new ClientUserAccess(clientUserId,
                    clientUserId == null ? List.of() : reads.memberships(clientUserId));
        }
        return clientUser;
    }

    /** Whether the caller is a staff member whose record says deactivated. */
    boolean deactivatedStaff() {
        if (identity.isAnonymous() || user.subject() == null) {
            return false;
        }
        return user.optionalAgencyId().flatMap(this::staffRow).map(row -> !row.active()).orElse(false);
    }

    private Optional<AccessReads.StaffRow> staffRow(UUID agencyId) {
        if (staffRow == null) {
            staffRow = user.subject() == null ? Optional.empty() : reads.staff(agencyId, user.subject());
        }
        return staffRow;
    }
}
