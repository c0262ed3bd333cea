package se.byra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the stack runs and where: the repository (for the services' jars and the realm file), the
 * folder that keeps its data, its ports, and the external servers that replace the local ones.
 * Read from environment variables, each documented in README.md.
 */
record StackSettings(Path root, Path data, Path keycloakCache, Ports ports, External external, boolean demoData,
        Duration startTimeout) {

    /**
     * Servers the stack uses instead of starting its own; each part is independent (an empty value
     * means "start it here").
     *
     * @param postgresUrl        {@code jdbc:postgresql://host:port} where each service's database is,
     *                           owned by a role of the same name whose password is {@code postgresPassword}
     * @param kafkaBootstrap     the brokers' bootstrap servers
     * @param oidcIssuer         the realm's issuer URL, with the gateway's client secret, the
     *                           provisioning client's and, for demo data, the demo loader's
     * @param smtpHost           with {@code smtpPort}
     * @param otlpEndpoint       where the services export traces (none when empty)
     */
    record External(Optional<String> postgresUrl, Optional<String> postgresPassword,
            Optional<String> kafkaBootstrap, Optional<String> oidcIssuer, Optional<String> gatewayClientSecret,
            Optional<String> demoLoaderClientSecret, Optional<String> provisionerClientSecret,
            Optional<String> smtpHost, Optional<Integer> smtpPort, Optional<String> otlpEndpoint) {

        static External none() {
            return new External(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
    }

    static StackSettings fromEnvironment(Path root, Map<String, String> env) {
        Path data = value(env, "PRACTICE_DATA_DIR").map(Path::of).orElse(root.resolve("deploy/local/data"))
                .toAbsolutePath().normalize();
        External external = new External(value(env, "PRACTICE_POSTGRES_URL"), value(env, "PRACTICE_POSTGRES_PASSWORD"),
                value(env, "PRACTICE_KAFKA_BOOTSTRAP_SERVERS"), value(env, "PRACTICE_OIDC_ISSUER"), value(env, "PRACTICE_GATEWAY_CLIENT_SECRET"),
                value(env, "PRACTICE_DEMO_LOADER_CLIENT_SECRET"), value(env, "PRACTICE_PROVISIONER_CLIENT_SECRET"),
                value(env, "PRACTICE_SMTP_HOST"),
                value(env, "PRACTICE_SMTP_PORT").map(Integer::valueOf), value(env, "PRACTICE_OTLP_ENDPOINT"));
        boolean demoData = !value(env, "PRACTICE_DEMO_DATA").map("false"::equalsIgnoreCase).orElse(false);
        Duration timeout = value(env, "PRACTICE_START_TIMEOUT_SECONDS").map(Long::valueOf).map(Duration::ofSeconds)
                .orElse(Duration.ofMinutes(5));
        // Keycloak's built distribution outlives the data folder: starting afresh need not rebuild it
        Path cache = value(env, "XDG_CACHE_HOME").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache")).resolve("byra-platform");
        return new StackSettings(root, data, cache, Ports.defaults(), external, demoData, timeout);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    Path logs() {
        return data.resolve("logs");
    }

    Path secret(String name) {
        return data.resolve("secrets").resolve(name);
    }
}
