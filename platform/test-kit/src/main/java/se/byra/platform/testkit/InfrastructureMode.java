package se.byra.platform.testkit;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the test servers come from: embedded (real binaries started as child processes, no
 * Docker needed) or containers (Testcontainers, where a Docker engine answers). Override with
 * the system property or environment variable {@code testkit.infrastructure} /
 * {@code TESTKIT_INFRASTRUCTURE} = {@code embedded} | {@code containers}.
 */
public enum InfrastructureMode {
    EMBEDDED, CONTAINERS;

    public static final String PROPERTY = "testkit.infrastructure";

    private static volatile InfrastructureMode current;

    /** The choice for this JVM, made once. */
    public static InfrastructureMode current() {
        InfrastructureMode mode = current;
        if (mode == null) {
            String override = System.getProperty(PROPERTY, System.getenv("TESTKIT_INFRASTRUCTURE"));
            mode = choose(Optional.ofNullable(override), DockerProbe.SYSTEM);
            current = mode;
        }
        return mode;
    }

    /** An explicit choice wins; otherwise containers only where a Docker engine answers. */
    static InfrastructureMode choose(Optional<String> override, DockerProbe probe) {
        if (override.isPresent() && !override.get().isBlank()) {
            String value = override.get().strip().toLowerCase(Locale.ROOT);
            return switch (value) {
                case "embedded" -> EMBEDDED;
                case "containers" -> CONTAINERS;
                default -> throw new IllegalArgumentException(
                        PROPERTY + " must be 'embedded' or 'containers', not '" + override.get() + "'");
            };
        }
        return probe.dockerAvailable() ? CONTAINERS : EMBEDDED;
    }
}
