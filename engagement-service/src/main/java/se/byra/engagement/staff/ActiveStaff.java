package se.byra.engagement.staff;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import se.byra.platform.web.problem.ProblemException;

/**
 * Which of the ids a request names are active staff members of the caller's agency. Whoever is put on a
 * client (its manager) or an engagement (owner, participants) must be one: another agency's staff member,
 * a deactivated one or an unknown id is refused naming the field. Read with one query for all the ids.
 */
public final class ActiveStaff {

    static final String NOT_ACTIVE = "is not an active staff member of the agency";

    private final Set<UUID> active;

    private ActiveStaff(Set<UUID> active) {
        this.active = active;
    }

    /** The agency's active staff members among the ids (nulls are skipped; none, no query). */
    public static ActiveStaff of(UUID agencyId, Collection<UUID> ids) {
        List<UUID> named = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            return new ActiveStaff(Set.of());
        }
        return new ActiveStaff(Set.copyOf(StaffMember.getEntityManager().createQuery(
                "select m.id from StaffMember m where m.agencyId = :agency and m.status = :active and m.id in :ids",
                UUID.class).setParameter("agency", agencyId).setParameter("active", StaffStatus.ACTIVE)
                .setParameter("ids", named).getResultList()));
    }

    /** A 400 naming {@code field} when {@code id} is not one of them; null names no one and passes. */
    public void require(String field, UUID id) {
        if (id != null && !active.contains(id)) {
            throw ProblemException.invalidField(field, NOT_ACTIVE);
        }
    }
}
