package se.byra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

/**
 * A service of the suite as a child process, from its packaged jar, logging to a file.
 *
 * <p>The service runs under a small shell that watches the launcher: its standard input is a pipe
 * from the launcher's JVM, and when that pipe closes (the launcher stops, or dies, even by
 * SIGKILL) the shell sends the service SIGTERM, so Quarkus shuts down cleanly and nothing is left
 * behind. When the service ends by itself, the shell ends with it and reports its exit status.
 */
final class ChildProcess {

    /**
     * The JVM of a service: a bounded heap (the machine's default would be a quarter of its memory
     * each) and the serial collector (small heaps, few cores: the least memory and threads). With
     * MALLOC_ARENA_MAX=2 and a class-data archive ({@link ClassDataArchive}) engagement-service,
     * alone on 2 cores, is ready in 4.9 s at 227 MB resident (6.5 s and 300 MB with the JVM's
     * defaults). C2 stays on: a C1-only JVM starts in 3.7 s but serves slower under load.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms48m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");

    private static final String WATCHDOG = String.join("\n",
            "exec 3<&0",
            "\"$@\" </dev/null &",
            "pid=$!",
            "( cat <&3 >/dev/null; kill -TERM $pid 2>/dev/null ) &",
            "watcher=$!",
            "wait $pid",
            "status=$?",
            "kill $watcher 2>/dev/null",
            "exit $status");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    /** Asked at every start: a restart after a clean stop finds the class-data archive that stop wrote. */
    private final Supplier<List<String>> command;
    private final Map<String, String> environment;
    private final Path log;
    private final URI health;
    private Process process;

    ChildProcess(String name, Supplier<List<String>> command, Map<String, String> environment, Path log, URI health) {
        this.name = name;
        this.command = command;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.health = health;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    synchronized void start() {
        List<String> full = new ArrayList<>(List.of("sh", "-c", WATCHDOG, name));
        full.addAll(command.get());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "---- started " + Instant.now() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Process process() {
        return process;
    }

    /** Whether its readiness check answers UP (HTTP 200). */
    boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks it to stop (SIGTERM through the watchdog) and waits; kills it if it lingers. */
    void stop(Duration grace) {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) {
            return;
        }
        try {
            running.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed: it is stopping anyway
        }
        try {
            if (!running.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                running.descendants().forEach(ProcessHandle::destroyForcibly);
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
    }

    /** The last {@code lines} lines of its log. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }
}
