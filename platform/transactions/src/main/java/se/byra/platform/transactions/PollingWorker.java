package se.byra.platform.transactions;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One thread that works off recorded intents (rows): a round at start, one whenever a commit that made work
 * {@link #wake wakes} it, and one every poll interval for what a wake-up missed (a crash, a retry falling
 * due). Rounds never overlap; wake-ups that arrive while one is queued are merged.
 */
public final class PollingWorker {

    private final String name;
    private final WakeUps wakeUps;
    private final Runnable round;
    private volatile ScheduledExecutorService executor;

    /**
     * @param name the thread's name, as thread dumps and logs show it
     * @param round one round of work; it handles its own failures (a failure thrown here ends no later round)
     */
    public PollingWorker(String name, Runnable round) {
        this.name = name;
        this.round = round;
        this.wakeUps = new WakeUps(round);
    }

    public synchronized void start(Duration pollInterval) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(round, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops after the round in flight, waiting for it at most {@code grace} (a round cut short leaves its rows to
     * be taken over when their lease ends).
     */
    public synchronized void stop(Duration grace) {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for a round as soon as possible; nothing while stopped. */
    public void wake() {
        wakeUps.wake(executor);
    }

    /** Whether the worker runs (a round that loops over batches stops looping once it does not). */
    public boolean running() {
        return executor != null;
    }

    /** The pause after the n-th failure in a row: {@code min} doubled for each earlier one, at most {@code max}. */
    public static Duration backoff(int failures, Duration min, Duration max) {
        Duration pause = min;
        for (int i = 1; i < failures && pause.compareTo(max) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
