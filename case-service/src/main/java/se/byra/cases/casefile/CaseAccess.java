package se.byra.cases.casefile;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.problem.ProblemException;

/**
 * Finding a case for its caller: another agency's, a client outside an own-clients scope, another company's, and a
 * draft (for a client) all answer the same 404. A change locks the row first, so two changes run one after the other.
 */
public final class CaseAccess {

    static final String WHAT = "Case";

    private CaseAccess() {
    }

    public static Case forStaff(StaffAccess staff, UUID id, boolean lock) {
        Case c = lock ? Case.findById(id, LockModeType.PESSIMISTIC_WRITE) : Case.findById(id);
        if (c == null || !c.agencyId.equals(staff.agencyId())) {
            throw ProblemException.notFound(WHAT, id);
        }
        staff.requireClientOf(c.clientId, WHAT, id);
        return c;
    }

    public static Case forClient(ClientUserAccess user, UUID clientId, UUID id, boolean lock) {
        user.requireClientOf(clientId, WHAT, id);
        Case c = lock ? Case.findById(id, LockModeType.PESSIMISTIC_WRITE) : Case.findById(id);
        if (c == null || !c.clientId.equals(clientId) || !c.sent()) {
            throw ProblemException.notFound(WHAT, id);
        }
        return c;
    }
}
