package se.byra.cases.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import se.byra.cases.Side;

/** One step of a client's consent: invited, granted, declined, revoked. */
@Entity
@Table(name = "consent_history")
public class ConsentHistory extends PanacheEntityBase {

    /** What can happen to a consent. */
    public enum Step {
        REQUESTED, RESENT, GRANTED, DECLINED, REVOKED
    }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

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

    public String note;

    static void record(UUID clientId, Step what, Side side, String byName, String note, Instant at) {
        ConsentHistory entry = new ConsentHistory();
        entry.id = UUID.randomUUID();
        entry.clientId = clientId;
        entry.what = what;
        entry.side = side;
        entry.byName = byName;
        entry.note = note;
        entry.at = at;
        entry.persist();
    }

    static List<ConsentHistory> of(UUID clientId) {
        return list("clientId = ?1 order by at, id", clientId);
    }
}
