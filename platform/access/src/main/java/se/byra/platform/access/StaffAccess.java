package se.byra.platform.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.byra.platform.web.problem.ProblemException;

/**
 * What a staff member may see: every client of their agency (full access), or the clients they are
 * responsible for (own clients). Every query of a staff endpoint goes through one of these methods, so a
 * client outside the scope answers 404, as another agency's does.
 */
public final class StaffAccess {

    /** The parameter {@link #and} names. */
    public static final String STAFF_PARAMETER = "accessStaffId";

    private final AccessReads reads;
    private final UUID agencyId;
    private final UUID staffId;
    private final boolean fullAccess;

    StaffAccess(AccessReads reads, UUID agencyId, UUID staffId, boolean fullAccess) {
        this.reads = reads;
        this.agencyId = agencyId;
        this.staffId = staffId;
        this.fullAccess = fullAccess;
    }

    /** The caller's agency, from the token. */
    public UUID agencyId() {
        return agencyId;
    }

    /** The caller's staff record; empty for a login the staff directory does not know (see {@link Access}). */
    public Optional<UUID> staffId() {
        return Optional.ofNullable(staffId);
    }

    public boolean fullAccess() {
        return fullAccess;
    }

    /** Whether the caller may see this client and everything belonging to it. */
    public boolean maySee(UUID clientId) {
        return fullAccess ? reads.clientInAgency(clientId, agencyId) : reads.responsible(staffId, clientId);
    }

    /** 404 for the client unless the caller may see it. */
    public void requireClient(UUID clientId) {
        requireClientOf(clientId, "Client", clientId);
    }

    /** 404 for the thing asked for (an engagement, a case) unless the caller may see the client it belongs to. */
    public void requireClientOf(UUID clientId, String what, Object id) {
        if (!maySee(clientId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * The condition a JPQL list query adds for the scope, after its agency condition: empty for full access,
     * else {@code and <path> in (the caller's clients)}. Bind {@link #parameters()} with the query's own.
     *
     * @param clientIdPath the query's path to the client id, e.g. {@code clientId} or {@code e.client.id}
     */
    public String and(String clientIdPath) {
        return fullAccess ? "" : " and " + clientIdPath + " in (select r.clientId from AccessResponsibility r "
                + "where r.staffId = :" + STAFF_PARAMETER + ")";
    }

    /** The same condition in SQL, for native queries: {@code access_responsibility} by staff id. */
    public String andSql(String clientIdColumn) {
        return fullAccess ? "" : " and " + clientIdColumn + " in (select client_id from access_responsibility "
                + "where staff_id = :" + STAFF_PARAMETER + ")";
    }

    /** The parameters {@link #and} and {@link #andSql} name: none for full access. */
    public Map<String, Object> parameters() {
        return fullAccess ? Map.of() : Map.of(STAFF_PARAMETER, staffId);
    }
}
