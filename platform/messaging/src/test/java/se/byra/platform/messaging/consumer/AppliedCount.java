package se.byra.platform.messaging.consumer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event the test handler applied. */
@Entity
@Table(name = "applied_count")
public class AppliedCount {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public int seq;

    /** Whether it was the next of its key when applied: the previous one applied, no later one yet. */
    @Column(name = "in_order", nullable = false)
    public boolean inOrder;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
