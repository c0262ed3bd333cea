package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import se.byra.collaboration.catalogue.InvoiceRecipient;

/**
 * A collaboration (samarbete) of the agency and a client in one shared service, resting on one engagement: its
 * options, its invitation and answer, its ending. {@link CollaborationStatus} says where it is.
 */
@Entity
@Table(name = "collaboration")
public class Collaboration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    /** The catalogue's code; null while unlinked. */
    public String service;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollaborationStatus status;

    @Enumerated(EnumType.STRING)
    public Scenario scenario;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_recipient")
    public InvoiceRecipient invoiceRecipient;

    public String variant;

    @Column(name = "agreement_months")
    public Integer agreementMonths;

    @Column(name = "agency_payment_recipient", nullable = false)
    public boolean agencyPaymentRecipient;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "invited_by_id")
    public UUID invitedById;

    @Column(name = "invited_by_name")
    public String invitedByName;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "times_sent", nullable = false)
    public int timesSent;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_id")
    public UUID answeredById;

    @Column(name = "answered_by_name")
    public String answeredByName;

    @Column(name = "terms_version")
    public String termsVersion;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "activated_at")
    public Instant activatedAt;

    /** The last day of the collaboration, once an ending is set. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_side")
    public Side endSide;

    @Column(name = "end_by_name")
    public String endByName;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_decision")
    public ServiceDecision serviceDecision;

    @Column(name = "import_reference")
    public String importReference;

    @Column(name = "import_service_name")
    public String importServiceName;

    @Column(name = "import_started_on")
    public LocalDate importStartedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Optimistic lock: an edit names the version it was made from, and a stale one is refused (409). */
    @Version
    public long version;

    public static Collaboration findInAgency(UUID agencyId, UUID id) {
        return find("id = ?1 and agencyId = ?2", id, agencyId).firstResult();
    }

    /** The client's invited or active collaboration in the service, if there is one (at most one: a unique index). */
    public static Collaboration open(UUID clientId, String service) {
        return find("clientId = ?1 and service = ?2 and status in ?3", clientId, service,
                List.of(CollaborationStatus.INVITED, CollaborationStatus.ACTIVE)).firstResult();
    }

    /** The collaboration, locked for a change that must see its latest state (an answer, an ending, a sweep). */
    public static Collaboration lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
