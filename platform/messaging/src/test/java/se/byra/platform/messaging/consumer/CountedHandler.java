package se.byra.platform.messaging.consumer;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.byra.platform.events.EventType;
import se.byra.platform.messaging.inbox.EventHandler;
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;

/**
 * Applies {@link Counted} events to {@code applied_count}, noting whether each came in its key's
 * order. Tests switch its behaviour per key: failing until released (transient), poison until
 * fixed, or waiting at a gate that opens only when several keys are being handled at once.
 */
@ApplicationScoped
public class CountedHandler implements EventHandler<Counted> {

    @Inject
    EntityManager entityManager;

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> poison = ConcurrentHashMap.newKeySet();
    private volatile Set<String> gated = Set.of();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public EventType<Counted> type() {
        return Counted.TYPE;
    }

    public void failUntilReleased(String key) {
        failing.add(key);
    }

    public void release(String key) {
        failing.remove(key);
    }

    public void poisonUntilFixed(String key) {
        poison.add(key);
    }

    public void fix(String key) {
        poison.remove(key);
    }

    /** The first events of {@code keys} each wait until all of them are being handled at the same time. */
    public void gate(Set<String> keys) {
        gate = new CountDownLatch(keys.size());
        gated = Set.copyOf(keys);
    }

    @Override
    public void handle(InboundEvent<Counted> event) {
        String key = event.data().key();
        if (failing.contains(key)) {
            throw new IllegalStateException("test: " + key + " fails until released");
        }
        if (poison.contains(key)) {
            throw new PoisonEventException("test: " + key + " is poison until fixed");
        }
        if (gated.contains(key)) {
            gate.countDown();
            try {
                if (!gate.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("test: the gated keys were not handled at the same time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Integer last = entityManager.createQuery("select max(a.seq) from AppliedCount a where a.key = :key",
                Integer.class).setParameter("key", key).getSingleResult();
        AppliedCount applied = new AppliedCount();
        applied.eventId = event.id();
        applied.key = key;
        applied.seq = event.data().seq();
        applied.inOrder = applied.seq == (last == null ? 1 : last + 1);
        applied.appliedAt = Instant.now();
        entityManager.persist(applied);
    }
}
