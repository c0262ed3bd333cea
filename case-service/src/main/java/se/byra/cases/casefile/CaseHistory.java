package se.byra.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.cases.Side;

/** One step of a case: who did what, when. Both sides read it; it is never changed. */
@Entity
@Table(name = "case_history")
public class CaseHistory extends PanacheEntityBase {

    /** What can happen to a case. */
    public enum What {
        CREATED, EDITED, SENT, ASKED, ANSWER_SAVED, ANSWERED, ACKNOWLEDGED, RETURNED, COMMENTED, FILE_ADDED,
        FILE_REMOVED, CLOSED, CANCELLED, CONSENT_REVOKED, REMINDED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public What what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Side side;

    @Column(name = "by_name")
    public String byName;

    public String note;

    public static void record(UUID caseId, What what, Side side, String byName, String note, Instant at) {
        CaseHistory entry = new CaseHistory();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.what = what;
        entry.side = side;
        entry.byName = byName;
        entry.note = note == null || note.length() <= 2000 ? note : note.substring(0, 1999) + "…";
        entry.at = at;
        entry.persist();
    }
}
