package se.byra.engagement.staff;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of an agency's staff (medarbetare). */
@Entity
@Table(name = "staff_member")
public class StaffMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    /** Lower case; unique in the agency. */
    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Language language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Permission permission;

    @Column(nullable = false)
    public boolean administrator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StaffStatus status = StaffStatus.ACTIVE;

    /** The identity provider's user id ({@code sub}); null until provisioning has made the login. */
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "provisioning_state", nullable = false)
    public ProvisioningState provisioningState = ProvisioningState.PENDING;

    /** Why provisioning failed, when it did. */
    @Column(name = "provisioning_reason")
    public String provisioningReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static StaffMember findInAgency(UUID agencyId, UUID id) {
        return find("id = ?1 and agencyId = ?2", id, agencyId).firstResult();
    }

    /** The staff member's name, active or not, for a view that shows who is on something; null for no id. */
    public static String nameOf(UUID id) {
        return id == null ? null : getEntityManager()
                .createQuery("select m.name from StaffMember m where m.id = :id", String.class).setParameter("id", id)
                .getResultStream().findFirst().orElse(null);
    }
}
