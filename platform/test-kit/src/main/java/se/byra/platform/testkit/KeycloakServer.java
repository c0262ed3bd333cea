package se.byra.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak with the {@code practice} realm from {@code deploy/keycloak}, as a child process.
 * The server distribution comes from the local Maven repository (this module depends on it); it
 * is unpacked and built ({@code kc.sh build}) once into a cache folder named after the version
 * and the build options, so later starts run {@code kc.sh start --optimized}.
 *
 * <p>Each server runs from a home of its own in its work directory: a copy of {@code bin/kc.sh}
 * (which takes its home from its own location), links to the cached {@code lib}, {@code conf},
 * {@code themes} and {@code providers}, and a {@code data} folder of its own (the realm to import,
 * transaction logs). Several servers can share one cached build.
 *
 * <p>Everything is on 127.0.0.1, and the server's hostname is pinned to
 * {@code http://127.0.0.1:<port>}: the issuer in tokens and in the discovery document is then the
 * same whether a browser or a service asks, whatever Host header they send, and the one address
 * it names is the one the server listens on ({@code localhost} may resolve to ::1 first, where
 * nothing listens).
 */
public final class KeycloakServer {

    public static final String REALM = "practice";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([^}]*))?}");
    public static final String GATEWAY_CLIENT = "portal-gateway";
    public static final String DEMO_LOADER_CLIENT = "local-demo-loader";
    /** The services' service account for the admin API (platform/identity). */
    public static final String PROVISIONER_CLIENT = "practice-provisioner";
    /** The realm file's placeholder holding each client's secret. */
    private static final Map<String, String> SECRET_VARIABLES = Map.of(
            GATEWAY_CLIENT, "PRACTICE_GATEWAY_CLIENT_SECRET",
            DEMO_LOADER_CLIENT, "PRACTICE_DEMO_LOADER_CLIENT_SECRET",
            PROVISIONER_CLIENT, "PRACTICE_PROVISIONER_CLIENT_SECRET");
    /**
     * The gateway's address in tests: Keycloak accepts any port on a loopback host in a redirect
     * URI registered without one, so {@code http://localhost/*} fits every Quarkus test port.
     */
    private static final String TEST_GATEWAY_URL = "http://localhost";
    /** Build-time options: a built distribution holds them, so they are part of the cache key. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true");
    private static final String REALM_FILE = "deploy/keycloak/practice-realm.json";
    private static final String ADMIN = "admin";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /**
     * Runs "$@" with stdin taken from it; when the pipe from the JVM that started it closes (that
     * JVM stopped us or died, even by SIGKILL) it sends SIGTERM, which kc.sh passes on to its java
     * process for a graceful shutdown. Exits with the command, so a crash shows at once.
     */
    private static final String WATCHDOG =
            "exec 3<&0; \"$@\" </dev/null & pid=$!; (cat <&3 >/dev/null; kill -TERM $pid 2>/dev/null) & wait $pid";
    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    private static KeycloakServer instance;

    /**
     * How to run a server.
     *
     * @param distributionCache the folder under which the built distribution is kept, in
     *        {@code keycloak-<version>-<hash of the build options>}; built there on first use
     * @param workDirectory this server's home, {@code keycloak.log} and data; kept across starts
     * @param realmFile imported at start unless the realm already exists in the database
     * @param realmVariables environment variables the realm file's {@code ${NAME}} and
     *        {@code ${NAME:default}} placeholders resolve from (client secrets among them)
     * @param bootstrapAdminPassword the master realm's temporary {@code admin}, created with the database
     */
    public record Options(Path distributionCache, Path workDirectory, int httpPort, int managementPort,
            String jdbcUrl, String dbUsername, String dbPassword, Path realmFile, Map<String, String> realmVariables,
            String bootstrapAdminPassword) {

        public Options {
            Objects.requireNonNull(distributionCache, "distributionCache");
            Objects.requireNonNull(workDirectory, "workDirectory");
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(realmFile, "realmFile");
            Objects.requireNonNull(bootstrapAdminPassword, "bootstrapAdminPassword");
            realmVariables = Map.copyOf(realmVariables);
        }
    }

    private final Options options;
    private final Path home;
    private final Path log;
    private final List<String> command;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private KeycloakServer(Options options, Path distribution) {
        this.options = options;
        this.home = options.workDirectory().resolve("home");
        this.log = options.workDirectory().resolve("keycloak.log");
        prepareHome(distribution);
        command = List.of("sh", "-c", WATCHDOG, "keycloak-watchdog",
                home.resolve("bin/kc.sh").toString(), "start", "--optimized", "--import-realm",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + options.httpPort(),
                "--http-management-port=" + options.managementPort(),
                "--hostname=" + url(),
                // one node: no cluster discovery, no second server joining through the database
                "--cache=local");
    }

    /**
     * The server of this test JVM, started on first use: free ports, database {@code keycloak} on
     * {@link PostgresServer#get()}, the realm from {@code deploy/keycloak} with generated client
     * secrets, the gateway's redirect URIs on {@code http://localhost} (any port) and the realm's
     * mail going to {@link SmtpServer#get()}. Stopped by a shutdown hook.
     */
    public static synchronized KeycloakServer get() {
        if (instance == null) {
            long started = System.nanoTime();
            PostgresServer postgres = PostgresServer.get();
            SmtpServer smtp = SmtpServer.get();
            Map<String, String> variables = new HashMap<>();
            SECRET_VARIABLES.values().forEach(name -> variables.put(name, randomSecret()));
            variables.put("PRACTICE_GATEWAY_URL", TEST_GATEWAY_URL);
            variables.put("PRACTICE_SMTP_HOST", smtp.host());
            variables.put("PRACTICE_SMTP_PORT", String.valueOf(smtp.port()));
            Path work = ServerProcesses.workDirectory("keycloak");
            KeycloakServer server = launch(new Options(
                    Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit"), work,
                    ServerProcesses.freePort(), ServerProcesses.freePort(),
                    postgres.jdbcUrl("keycloak"), postgres.username(), postgres.password(),
                    realmFile(), variables, randomSecret()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                ServerProcesses.deleteRecursively(work);
            }, "keycloak-stop"));
            instance = server;
            LOG.infof("Keycloak %s started on %s in %d ms", version(), server.url(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    /**
     * Starts a server with these settings (building the distribution first if the cache lacks
     * it) and waits until it is ready; the caller stops it. It also stops when this JVM ends.
     */
    public static KeycloakServer launch(Options options) {
        KeycloakServer server = new KeycloakServer(options, distribution(options.distributionCache()));
        server.start();
        return server;
    }

    /** {@code http://127.0.0.1:<port>}: the address browsers are sent to and services call. */
    public String url() {
        return "http://127.0.0.1:" + options.httpPort();
    }

    /** The realm's issuer, also its {@code quarkus.oidc.auth-server-url}. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The secret given to a confidential client of the realm through the realm variables. */
    public String clientSecret(String clientId) {
        String variable = SECRET_VARIABLES.get(clientId);
        if (variable == null) {
            throw new IllegalArgumentException("no confidential client " + clientId + " in realm " + REALM
                    + " (known: " + SECRET_VARIABLES.keySet() + ")");
        }
        String secret = options.realmVariables().get(variable);
        if (secret == null) {
            throw new IllegalStateException(variable + " is not among the realm variables");
        }
        return secret;
    }

    /** The bootstrap administrator of the master realm (user {@code admin}). */
    public String adminPassword() {
        return options.bootstrapAdminPassword();
    }

    public Path log() {
        return log;
    }

    /** Stops the server gracefully; port, database and realm stay for {@link #start()}. */
    public synchronized void stop() {
        ServerProcesses.stop(process, Duration.ofSeconds(30));
    }

    /**
     * Starts the server and waits until it is ready: the management port's {@code /health/ready}
     * answers UP and the realm's discovery document answers. The realm is imported only into a
     * database that lacks it.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        process = ServerProcesses.start(command, this::environment, log);
        try {
            ServerProcesses.awaitReady("Keycloak", process, log, START_TIMEOUT,
                    () -> answers(managementUrl() + "/health/ready", "\"UP\"")
                            && answers(issuer() + "/.well-known/openid-configuration", "\"issuer\""));
        } catch (RuntimeException notReady) {
            ServerProcesses.stop(process, Duration.ofSeconds(10));
            throw notReady;
        }
        addWhatTheRealmLacks();
    }

    /**
     * Adds to the realm what the realm file has and the realm lacks (a client, role or user added to
     * the file since the realm was imported into this server's database), leaving everything that is
     * there as it is: Keycloak imports a realm file only into a database without the realm, so a
     * local stack's data folder would otherwise keep yesterday's realm for good.
     */
    private void addWhatTheRealmLacks() {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(withVariables(Files.readString(options.realmFile())));
            realm.put("ifResourceExists", "SKIP");
            HttpRequest importing = HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM + "/partialImport"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + adminToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realm.toString())).build();
            HttpResponse<String> response = http.send(importing, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused to add what realm " + REALM + " lacks ("
                        + response.statusCode() + "): " + response.body());
            }
            int added = JSON.readTree(response.body()).path("added").asInt();
            if (added > 0) {
                LOG.infof("Added %d items of %s that realm %s lacked", added, options.realmFile().getFileName(), REALM);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not add what realm " + REALM + " lacks", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while completing realm " + REALM, e);
        }
    }

    /** The realm file's {@code ${NAME}} and {@code ${NAME:default}} replaced as Keycloak's import replaces them. */
    private String withVariables(String realmFile) {
        Matcher placeholder = PLACEHOLDER.matcher(realmFile);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String value = options.realmVariables().get(placeholder.group(1));
            if (value == null) {
                value = placeholder.group(2) != null ? placeholder.group(2) : placeholder.group();
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** A token of the master realm's bootstrap administrator. */
    private String adminToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + java.net.URLEncoder.encode(options.bootstrapAdminPassword(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's administrator could not sign in (" + response.statusCode() + ")");
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The realm file: {@code -Dtestkit.keycloak.realm}, else {@code deploy/keycloak/practice-realm.json}
     * in {@code user.dir} or the nearest folder above it that has one.
     */
    public static Path realmFile() {
        String configured = System.getProperty("testkit.keycloak.realm");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(REALM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + REALM_FILE + " in " + System.getProperty("user.dir")
                + " or above it: set -Dtestkit.keycloak.realm=<path to the realm file>");
    }

    /** The Keycloak version this kit was built against (the root pom's {@code keycloak.version}). */
    public static String version() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/testkit-versions.properties")) {
            Properties properties = new Properties();
            properties.load(Objects.requireNonNull(in, "testkit-versions.properties is not on the classpath"));
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String managementUrl() {
        return "http://127.0.0.1:" + options.managementPort();
    }

    private boolean answers(String url, String bodyContains) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains(bodyContains);
    }

    private void environment(Map<String, String> environment) {
        javaEnvironment(environment);
        environment.put("KC_DB_URL", options.jdbcUrl());
        environment.put("KC_DB_USERNAME", Objects.requireNonNullElse(options.dbUsername(), ""));
        environment.put("KC_DB_PASSWORD", Objects.requireNonNullElse(options.dbPassword(), ""));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.bootstrapAdminPassword());
        environment.putAll(options.realmVariables());
    }

    /**
     * Keycloak runs on this JVM's Java, bounded, without the caller's own Keycloak or JVM
     * settings. A test or local server answers few requests: compiling with C1 only starts it
     * markedly faster on two cores (a restart went from 30-40 s to 17-19 s under load here).
     */
    private static void javaEnvironment(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.startsWith("QUARKUS_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    }

    /** Lays out the home: kc.sh copied (it finds its home from its own path), the rest linked. */
    private void prepareHome(Path distribution) {
        try {
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            for (String shared : List.of("lib", "conf", "themes", "providers")) {
                Path link = home.resolve(shared);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
            Files.copy(options.realmFile(), home.resolve("data/import").resolve(options.realmFile().getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak's home in " + home, e);
        }
    }

    /** The built distribution in {@code cache}, unpacked and built on first use (30-90 s). */
    private static Path distribution(Path cache) {
        String version = version();
        Path target = cache.resolve("keycloak-" + version + "-" + hash(version + " " + String.join(" ", BUILD_OPTIONS)));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Path zip = distributionZip(version);
        long started = System.nanoTime();
        LOG.infof("Building Keycloak %s into %s (once; later starts reuse it)", version, target);
        try {
            Files.createDirectories(cache);
            Path staging = Files.createTempDirectory(cache, "keycloak-building-");
            unzip(zip, staging);
            build(staging);
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another JVM finished the same build first: use its copy
                ServerProcesses.deleteRecursively(staging);
            }
            LOG.infof("Keycloak %s built in %d ms", version, (System.nanoTime() - started) / 1_000_000);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak's distribution " + zip, e);
        }
    }

    private static void build(Path staging) {
        Path buildLog = staging.resolve("build.log");
        // like the server, the build ends with the JVM that asked for it
        List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "keycloak-build",
                staging.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        Process build = ServerProcesses.start(command, KeycloakServer::javaEnvironment, buildLog);
        try {
            boolean done = build.waitFor(10, TimeUnit.MINUTES);
            build.getOutputStream().close();
            if (!done || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed:\n" + ServerProcesses.tail(buildLog));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            build.destroyForcibly();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    /** Unpacks the zip without its top folder ({@code keycloak-<version>/}), scripts executable. */
    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path path = target.resolve(name.substring(slash + 1)).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its root: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    /** The zip in the local Maven repository ({@code -Dmaven.repo.local}, else ~/.m2/repository). */
    private static Path distributionZip(String version) {
        String configured = System.getProperty("maven.repo.local");
        Path repository = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path zip = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + version
                + "/keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak's distribution is not in the local Maven repository: " + zip
                    + ". Build platform/test-kit once with network access (it depends on it), or run"
                    + " ./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip");
        }
        return zip;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
