package se.byra.platform.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The same request {@code n} times at once: every thread waits at a gate, and all start
 * together, so the requests overlap in the service as two users clicking at once would.
 */
public final class Race {

    private Race() {
    }

    /** The results of {@code n} calls started together, in no particular order. */
    public static <T> List<T> of(int n, Callable<T> call) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(threads.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("a racing call failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
