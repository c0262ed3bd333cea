package se.byra.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Starting, awaiting and stopping the kit's child processes. */
final class ServerProcesses {

    private ServerProcesses() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a process whose standard input stays a pipe from this JVM: the kit's servers watch
     * it and stop when it closes, which it does when this JVM ends, even by SIGKILL.
     */
    static Process start(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** Waits until {@code ready} answers true, pausing on the process itself so a crash ends the wait at once. */
    static void awaitReady(String what, Process process, Path log, Duration timeout, Callable<Boolean> ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (ready.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(what + " exited with " + process.exitValue() + " while starting:\n"
                            + tail(log));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + what + " was starting", e);
            }
        }
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s (last error: "
                + last + "):\n" + tail(log));
    }

    /** Closes the watched pipe, which stops the server cleanly, then insists if it lingers. */
    static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed: the server is stopping anyway
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static Path workDirectory(String name) {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: it lives under the temp directory
        }
    }

    /**
     * {@link #start(List, Path)} with the child's environment edited first: secrets go there
     * rather than on the command line, where any local user's ps shows them.
     */
    static Process start(List<String> command, java.util.function.Consumer<java.util.Map<String, String>> environment,
            Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        environment.accept(builder.environment());
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }
}
