package se.byra.engagement.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.engagement.client.Client;

/** An engagement (uppdrag): the work an agency does for one client, agreed in its letter. */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    public Client client;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_id")
    public UUID ownerId;

    @ElementCollection
    @CollectionTable(name = "engagement_participant", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "staff_id", nullable = false)
    @OrderColumn(name = "position")
    public List<UUID> participantIds = new ArrayList<>();

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EngagementStatus status = EngagementStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Engagement findInAgency(UUID agencyId, UUID id) {
        return find("id = ?1 and agencyId = ?2", id, agencyId).firstResult();
    }
}
