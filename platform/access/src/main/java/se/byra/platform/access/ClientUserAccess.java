package se.byra.platform.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.byra.platform.web.problem.ProblemException;

/**
 * What a client user may see: the client companies they belong to. Another company's resource answers
 * 404, as if it did not exist; a member who is not the company's administrator asking to administer it
 * hears 403.
 */
public final class ClientUserAccess {

    /** The parameter {@link #and} names. */
    public static final String CLIENT_USER_PARAMETER = "accessClientUserId";

    private final UUID clientUserId;
    private final List<Membership> memberships;

    ClientUserAccess(UUID clientUserId, List<Membership> memberships) {
        this.clientUserId = clientUserId;
        this.memberships = memberships;
    }

    /** The caller as a client user; empty while their login is not linked to one (they see nothing). */
    public Optional<UUID> clientUserId() {
        return Optional.ofNullable(clientUserId);
    }

    /** The companies the caller belongs to, by client id. */
    public List<Membership> memberships() {
        return memberships;
    }

    public Optional<Membership> membership(UUID clientId) {
        return memberships.stream().filter(m -> m.clientId().equals(clientId)).findFirst();
    }

    public boolean maySee(UUID clientId) {
        return membership(clientId).isPresent();
    }

    /** 404 for the client unless the caller belongs to it. */
    public Membership requireClient(UUID clientId) {
        return requireClientOf(clientId, "Client", clientId);
    }

    /** 404 for the thing asked for unless the caller belongs to the client it belongs to. */
    public Membership requireClientOf(UUID clientId, String what, Object id) {
        return membership(clientId).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    /** 404 unless the caller belongs to the client, 403 unless they administer its users there. */
    public Membership requireAdministrator(UUID clientId) {
        Membership membership = requireClient(clientId);
        if (!membership.administrator()) {
            throw ProblemException.forbidden("Only an administrator of the company may do this");
        }
        return membership;
    }

    /**
     * The condition a JPQL list query adds: {@code and <path> in (the caller's companies)}; nothing matches
     * for a caller who is no client user yet.
     */
    public String and(String clientIdPath) {
        return " and " + clientIdPath + " in (select m.clientId from AccessMembership m where m.clientUserId = :"
                + CLIENT_USER_PARAMETER + ")";
    }

    public Map<String, Object> parameters() {
        // a random id matches no membership: the query stays one shape for every caller
        return Map.of(CLIENT_USER_PARAMETER, clientUserId != null ? clientUserId : new UUID(0, 0));
    }
}
