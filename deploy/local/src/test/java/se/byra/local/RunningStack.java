package se.byra.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stack the browser and suite tests use: started once per test JVM, the way run.sh starts it
 * (the same {@link Stack}), on free ports with a fresh data folder under target/. The suite test,
 * which runs last, stops it and checks that nothing is left; a shutdown hook stops it otherwise.
 */
final class RunningStack {

    private static Stack stack;
    /** Why the one start failed: later test classes hear it instead of starting a second stack over the first. */
    private static RuntimeException failure;
    /** What the stack printed, as run.sh's user would read it. */
    private static final ByteArrayOutputStream OUTPUT = new ByteArrayOutputStream();

    private RunningStack() {
    }

    static synchronized Stack get() {
        if (failure != null) {
            throw new IllegalStateException("The stack did not start for an earlier test class (its logs are kept "
                    + "in deploy/local/target/stack-data/logs)", failure);
        }
        if (stack == null) {
            Path root = repositoryRoot();
            PrintStream out = new PrintStream(new TeeStream(System.out, OUTPUT), true,
                    StandardCharsets.UTF_8);
            // the Keycloak build the test kit's own tests use, so one build serves the whole machine
            Stack started = Stack.onFreePorts(root, root.resolve("deploy/local/target/stack-data"),
                    Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit"), out);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-stack-stop"));
            try {
                started.start();
            } catch (RuntimeException e) {
                // stop what did start now, not at the JVM's exit: its processes would hold the data folder and its
                // ports while later classes run, and the suite test would find them left over
                started.close();
                failure = e;
                throw e;
            }
            out.println(LocalStack.summary(started));
            stack = started;
        }
        return stack;
    }

    static String output() {
        synchronized (OUTPUT) {
            return OUTPUT.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the console and keeps a copy. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        TeeStream(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }

    /** The repository: the folder holding deploy/local/run.sh, above the test's working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/run.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/local/run.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
