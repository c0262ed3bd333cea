package se.byra.engagement.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client company of an agency (kund). */
@Entity
@Table(name = "client")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_number", nullable = false)
    public String organisationNumber;

    @Embedded
    public Address address;

    /** The client manager (kundansvarig): a staff member of the agency, or null. */
    @Column(name = "client_manager_id")
    public UUID clientManagerId;

    @Column(nullable = false)
    public boolean active = true;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("main desc, name")
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When the client or its contacts last changed; written by every update, so the version moves. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Client findInAgency(UUID agencyId, UUID id) {
        return find("id = ?1 and agencyId = ?2", id, agencyId).firstResult();
    }

    /**
     * The client, its row locked until the transaction ends: a change to the client or to who is
     * responsible for it waits for the one before, and then sees it.
     */
    public static Client lockInAgency(UUID agencyId, UUID id) {
        return find("id = ?1 and agencyId = ?2", id, agencyId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
