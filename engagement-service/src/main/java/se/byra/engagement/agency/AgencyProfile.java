package se.byra.engagement.agency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.engagement.client.Address;

/** The agency's own details (byrå), one row per agency, written the first time an administrator saves them. */
@Entity
@Table(name = "agency_profile")
public class AgencyProfile extends PanacheEntityBase {

    /** The token's agency_id: the agency is the tenant, so its id is the key. */
    @Id
    @Column(name = "agency_id")
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_number", nullable = false)
    public String organisationNumber;

    @Embedded
    public Address address;

    public String email;

    public String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** 0 for the first saved state; the API shows it plus one, keeping 0 for "nothing saved yet". */
    @Version
    public long version;
}
