package se.byra.platform.transactions;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a worker thread for a round as soon as possible: wake-ups that arrive while one is queued
 * are merged into it, so a burst of commits costs one round, not one each.
 */
public final class WakeUps {

    private final AtomicBoolean pending = new AtomicBoolean();
    private final Runnable round;

    /** @param round what the worker does when woken */
    public WakeUps(Runnable round) {
        this.round = round;
    }

    /** Queues a round on {@code worker} unless one is queued already; nothing while the worker is stopping or absent. */
    public void wake(ExecutorService worker) {
        if (worker == null || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                pending.set(false);
                round.run();
            });
        } catch (RejectedExecutionException e) {
            // stopping: the next start's first round takes what is left
            pending.set(false);
        }
    }
}
