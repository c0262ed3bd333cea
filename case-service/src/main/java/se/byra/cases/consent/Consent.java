package se.byra.cases.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's consent to case management, from the first invitation on: one row per client. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentStatus status;

    @Column(name = "main_contact_name", nullable = false)
    public String mainContactName;

    @Column(name = "main_contact_email", nullable = false)
    public String mainContactEmail;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by_id")
    public UUID requestedById;

    @Column(name = "requested_by_name", nullable = false)
    public String requestedByName;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_id")
    public UUID answeredById;

    @Column(name = "answered_by_name")
    public String answeredByName;

    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** Whether the agency may send this client cases now. */
    public static boolean granted(UUID clientId) {
        return count("clientId = ?1 and status = ?2", clientId, ConsentStatus.GRANTED) > 0;
    }

    /** The client's consent, locked for a change, or null. */
    public static Consent locked(UUID clientId) {
        return findById(clientId, LockModeType.PESSIMISTIC_WRITE);
    }
}
