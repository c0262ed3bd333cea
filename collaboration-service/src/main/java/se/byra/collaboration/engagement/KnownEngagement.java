package se.byra.collaboration.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * This service's read model of the engagements signed in engagement-service: activating a
 * collaboration needs an engagement on the client, and the staff on it get access. Kept from
 * {@code EngagementSigned} events, never read from the other service's database.
 */
@Entity
@Table(name = "known_engagement")
public class KnownEngagement extends PanacheEntityBase {

    @Id
    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "client_name", nullable = false)
    public String clientName;

    @Column(name = "organisation_number", nullable = false)
    public String organisationNumber;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_id")
    public UUID ownerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "participant_ids", nullable = false)
    public List<UUID> participantIds;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "letter_id", nullable = false)
    public UUID letterId;

    @Column(name = "letter_version", nullable = false)
    public int letterVersion;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static KnownEngagement findInAgency(UUID agencyId, UUID id) {
        return find("engagementId = ?1 and agencyId = ?2", id, agencyId).firstResult();
    }
}
