package se.byra.collaboration.collaboration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.platform.events.collaboration.CollaborationUpdated.Change;

/** One step in a collaboration's history: what happened, on which side, by whom, and the fields it changed. */
@Entity
@Table(name = "collaboration_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "collaboration_id", nullable = false)
    public UUID collaborationId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Step what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Column(name = "by_name")
    public String byName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Change> changes;

    public String note;

    /** What can happen to a collaboration. */
    public enum Step {
        INVITED, INVITATION_RESENT, ACCEPTED, DECLINED, EXPIRED, UPDATED, ENDING_SET, ENDING_WITHDRAWN, ENDED,
        SERVICE_KEPT, SERVICE_ENDED, IMPORTED, LINKED
    }

    /** Writes the step, now. */
    public static HistoryEntry record(UUID collaborationId, Step what, Side side, String byName, List<Change> changes,
            String note, Instant at) {
        HistoryEntry entry = new HistoryEntry();
        entry.id = UUID.randomUUID();
        entry.collaborationId = collaborationId;
        entry.at = at;
        entry.what = what;
        entry.side = side;
        entry.byName = byName;
        entry.changes = changes == null ? List.of() : List.copyOf(changes);
        entry.note = note;
        entry.persist();
        return entry;
    }
}
