package se.byra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's application class-data archive (AppCDS): the classes it loads at start, parsed and
 * verified once and mapped from the archive on later starts. Measured on engagement-service,
 * alone on 2 cores: ready in 5.5 s while it makes the archive, 3.1 s with it
 * (docs/service-benchmarks.md has every service's figures within the stack).
 *
 * <p>The archive is made by the JVM itself ({@code -XX:ArchiveClassesAtExit}) when a service
 * started without one stops cleanly, so the first start of a new build pays a little (the dump
 * at exit) and every later start gains, a restart by the stack included (the options are asked
 * for at each start). It belongs to one build of the service and one JVM:
 * named after both, and older archives of the service are removed when a new one is made. A
 * missing, half-written or mismatching archive is never fatal ({@code -Xshare:auto}): the JVM
 * then starts without it.
 */
final class ClassDataArchive {

    /** The dump lists every class it skips as a warning: noise in the service's log. */
    private static final String QUIET = "-Xlog:cds*=error";

    private final Path file;
    private final Path folder;
    private final String service;

    ClassDataArchive(Path folder, ServiceSpec spec, Path jar) {
        this.folder = folder;
        this.service = spec.name();
        String build;
        try {
            build = Long.toHexString(Files.getLastModifiedTime(jar).toMillis() ^ Files.size(jar));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        String jvm = Integer.toHexString((System.getProperty("java.vm.version") + System.getProperty("java.home"))
                .hashCode());
        file = folder.resolve(service + "-" + build + "-" + jvm + ".jsa");
    }

    /** The JVM options: use the archive, or make it at the next clean stop. */
    List<String> jvmOptions() {
        if (Files.exists(file)) {
            return List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto", QUIET);
        }
        removeOlderArchives();
        return List.of("-XX:ArchiveClassesAtExit=" + file, QUIET);
    }

    private void removeOlderArchives() {
        try {
            Files.createDirectories(folder);
            try (var archives = Files.list(folder)) {
                for (Path old : archives.filter(p -> p.getFileName().toString().startsWith(service + "-")).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + folder, e);
        }
    }
}
