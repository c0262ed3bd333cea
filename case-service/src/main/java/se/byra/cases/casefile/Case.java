package se.byra.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.cases.Side;

/** A case (ärende) between the agency and one client: what it asks, whose turn it is, what the client answered. */
@Entity
@Table(name = "client_case")
public class Case extends PanacheEntityBase {

    /** Why a sent case stopped being open. */
    public enum ClosingReason {
        COMPLETED, CANCELLED, ANSWERED, CONSENT_REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false, updatable = false)
    public UUID agencyId;

    @Column(name = "client_id", nullable = false, updatable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CaseType type;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Side origin;

    @Column(name = "assignee_id")
    public UUID assigneeId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Definition definition;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Answer answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_id")
    public UUID answeredById;

    @Column(name = "answered_by_name")
    public String answeredByName;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "created_by_id", updatable = false)
    public UUID createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    public ClosingReason closingReason;

    @Column(name = "closing_note")
    public String closingNote;

    @Column(name = "agency_unread", nullable = false)
    public boolean agencyUnread;

    @Column(name = "client_unread", nullable = false)
    public boolean clientUnread;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** Moves the case by the state machine (409 when the step is not possible now) and marks the other side. */
    void step(CaseStatus.Step step, Side by, Instant at) {
        status = status.after(step);
        touched(by, at);
    }

    /** Something happened the other side has not seen: its marker, and the time cards sort by. */
    void touched(Side by, Instant at) {
        if (by == Side.AGENCY && status != CaseStatus.DRAFT) {
            clientUnread = true;
        } else if (by == Side.CLIENT) {
            agencyUnread = true;
        }
        updatedAt = at;
    }

    /** Whether the client may see it: never a draft, and a cancelled draft was never sent. */
    boolean sent() {
        return sentAt != null;
    }
}
