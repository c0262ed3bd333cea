package se.byra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load: requests sent at a fixed rate whether or not the earlier ones have been
 * answered, as users arrive, each latency counted from the moment the request was due, not from
 * when it could be sent; so a server that falls behind is charged for the queue it builds
 * (coordinated omission corrected), and a slow client never slows the arrivals down.
 */
final class OpenLoad {

    /** The n-th request of a run. */
    interface Requests extends LongFunction<HttpRequest> {
    }

    /** What one run measured: latencies in microseconds, and the answers that were not 2xx. */
    record Result(Histogram latencies, long sent, long failed, String firstFailure) {

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Sends {@code rate} requests a second for {@code duration}, then waits for the last answers. */
    Result run(int rate, Duration duration, Requests requests) {
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long count = duration.toSeconds() * rate;
        long start = System.nanoTime();
        for (long n = 0; n < count; n++) {
            long due = start + n * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = requests.apply(n);
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                if (error != null || response.statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                    if (failures.isEmpty()) {
                        failures.add(request.uri() + ": " + (error != null ? error : response.statusCode() + " "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
                    }
                }
            }));
            if (n % rate == 0) {
                pending.removeIf(CompletableFuture::isDone);
            }
        }
        pending.forEach(future -> future.exceptionally(e -> null).join());
        return new Result(recorder.getIntervalHistogram(), count, failed.get(), failures.peek());
    }

    static HttpRequest get(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.GET().build();
    }
}
