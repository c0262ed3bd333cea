package se.byra.cases.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A staff member of an agency as engagement-service last published them: a name for pages, an address to check. */
@Entity
@Table(name = "known_staff")
public class KnownStaff extends PanacheEntityBase {

    @Id
    @Column(name = "staff_id")
    public UUID staffId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public boolean active;

    /** Whether an active staff member of any agency signs in with this address (a client login would be refused). */
    public static boolean isStaffEmail(String email) {
        return count("lower(email) = lower(?1) and active = true", email) > 0;
    }

    /** An active member of the agency, or null. */
    public static KnownStaff activeInAgency(UUID agencyId, UUID staffId) {
        return find("staffId = ?1 and agencyId = ?2 and active = true", staffId, agencyId).firstResult();
    }

    /** The names of these members, by id, in one query. */
    public static Map<UUID, String> names(Collection<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        List<KnownStaff> found = list("staffId in ?1", staffIds);
        return found.stream().collect(Collectors.toMap(s -> s.staffId, s -> s.name));
    }
}
