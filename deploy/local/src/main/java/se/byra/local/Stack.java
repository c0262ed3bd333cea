package se.byra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KeycloakServer;
import se.byra.platform.testkit.PostgresServer;
import se.byra.platform.testkit.Secrets;
import se.byra.platform.testkit.SmtpServer;

/**
 * The whole suite on one machine: PostgreSQL (a database per service), the Kafka broker,
 * Keycloak with the realm of deploy/keycloak, GreenMail, and the five services as child
 * processes configured to use them. Each server can be replaced by an external one
 * ({@link StackSettings.External}). Used by run.sh through {@link LocalStack} and by the suite's
 * tests, so that both start it the same way.
 */
public final class Stack implements AutoCloseable {

    /** A service that keeps dying is given up on after this many restarts. */
    private static final int MAX_RESTARTS = 3;
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

    private final StackSettings settings;
    private final PrintStream out;
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final Map<String, Integer> restarts = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<String> stoppedOnPurpose = new ArrayList<>();
    private final Set<Long> childrenBefore = ConcurrentHashMap.newKeySet();
    private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private SmtpServer smtp;
    private ExecutorService supervision;
    private volatile boolean stopping;
    private volatile String failure;
    private Duration startupTime;

    Stack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * A stack with demo data on free ports, its data in {@code data} (emptied first): for the tests
     * and benchmarks that start one beside whatever else runs on the machine.
     *
     * @param keycloakCache where Keycloak's built distribution is kept between runs
     */
    public static Stack onFreePorts(Path root, Path data, Path keycloakCache, PrintStream out) {
        deleteRecursively(data);
        return new Stack(new StackSettings(root, data, keycloakCache, Ports.free(), StackSettings.External.none(), true,
                Duration.ofMinutes(4)), out);
    }

    StackSettings settings() {
        return settings;
    }

    /** Starts everything and waits until every health check is UP, then loads the demo data. */
    public void start() {
        Instant began = Instant.now();
        ProcessHandle.current().children().forEach(child -> childrenBefore.add(child.pid()));
        checkExternalSettings();
        checkPortsAreFree();
        checkJarsAreBuilt();
        try {
            Files.createDirectories(settings.logs());
        } catch (IOException e) {
            throw new StackException("cannot create " + settings.logs() + ": " + e.getMessage(), e);
        }
        ExecutorService starting = Executors.newFixedThreadPool(3, daemon("stack-start"));
        try {
            Future<?> broker = starting.submit(() -> step("Kafka", this::startKafka));
            Future<?> mail = starting.submit(() -> step("SMTP (GreenMail)", this::startSmtp));
            step("PostgreSQL 17", this::startPostgres);
            Future<?> identity = starting.submit(() -> step("Keycloak", this::startKeycloak));
            await(broker);
            await(mail);
            // the services start while Keycloak is still starting: they fetch its keys on first use
            for (ServiceSpec spec : settings.ports().services()) {
                ChildProcess service = serviceProcess(spec);
                services.put(spec.name(), service);
                service.start();
            }
            await(identity);
            awaitServicesReady();
        } finally {
            starting.shutdownNow();
        }
        boolean demoLoaderKnown = settings.external().oidcIssuer().isEmpty()
                || settings.external().demoLoaderClientSecret().isPresent();
        if (settings.demoData() && !demoLoaderKnown) {
            out.println("  demo data: skipped (an external realm needs PRACTICE_DEMO_LOADER_CLIENT_SECRET)");
        } else if (settings.demoData()) {
            step("demo data", () -> demoData().load());
        }
        startupTime = Duration.between(began, Instant.now());
        ProcessHandle.current().children().filter(child -> !childrenBefore.contains(child.pid())).forEach(started::add);
        supervise();
    }

    /** Blocks until the stack stops (by {@link #close()} or because a part failed for good). */
    void awaitStop() throws InterruptedException {
        stopped.await();
        if (failure != null) {
            throw new StackException(failure);
        }
    }

    public Duration startupTime() {
        return startupTime;
    }

    /** Stops one service on purpose (a test of a page with a service away); not restarted. */
    public void stopService(String name) {
        ChildProcess service = service(name);
        synchronized (stoppedOnPurpose) {
            stoppedOnPurpose.add(name);
        }
        service.stop(SERVICE_STOP_GRACE);
    }

    /** Starts a service stopped by {@link #stopService} again and waits until it is ready. */
    public void startService(String name) {
        ChildProcess service = service(name);
        service.start();
        awaitReady(List.of(service), settings.startTimeout());
        synchronized (stoppedOnPurpose) {
            stoppedOnPurpose.remove(name);
        }
    }

    /**
     * Every process the stack runs: the children of this JVM it started (told apart from those
     * that were there before it, and from any started after it, such as a test's browser), the
     * services' current processes, and all their descendants; to check that none is left after a
     * stop.
     */
    List<ProcessHandle> processes() {
        Set<ProcessHandle> roots = new LinkedHashSet<>(started);
        services.values().forEach(service -> {
            Process process = service.process();
            if (process != null) {
                roots.add(process.toHandle());
            }
        });
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle root : roots) {
            all.add(root);
            root.descendants().forEach(all::add);
        }
        return all;
    }

    /** The running JVM of a service (under its watchdog shell), if it runs. */
    public Optional<ProcessHandle> serviceJvm(String name) {
        Process process = service(name).process();
        return process == null ? Optional.empty() : process.toHandle().children().findFirst();
    }

    public String serviceUrl(String name) {
        return "http://localhost:" + settings.ports().service(name).httpPort();
    }

    /** The service's management interface (health, metrics), never routed publicly. */
    public String managementUrl(String name) {
        return "http://localhost:" + settings.ports().service(name).managementPort();
    }

    /** The services in the order they start, by name. */
    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    /** A fresh access token of the demo agency's administrator (the realm's demo-loader client). */
    public String demoAgencyToken() {
        return demoData().token();
    }

    private DemoData demoData() {
        return new DemoData(keycloakIssuer(), demoLoaderSecret(), serviceUrl("engagement-service"),
                serviceUrl("collaboration-service"), serviceUrl("case-service"),
                Backdating.collaborations(jdbcUrl("collaboration"), "collaboration", databasePassword("collaboration")),
                out);
    }

    String gatewayUrl() {
        return serviceUrl("portal-gateway");
    }

    public String keycloakIssuer() {
        // Keycloak names itself by 127.0.0.1 whoever asks (test kit), so browser and services agree
        return settings.external().oidcIssuer()
                .orElseGet(() -> "http://127.0.0.1:" + settings.ports().keycloak() + "/realms/" + KeycloakServer.REALM);
    }

    /** The broker's bootstrap servers, for a benchmark that puts events on the topics itself. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrap();
    }

    /** The SMTP server the stack launched (none when an external one is used): every mail it received. */
    public Optional<SmtpServer> smtpServer() {
        return Optional.ofNullable(smtp);
    }

    String mailPageUrl() {
        return smtp == null ? null : smtp.pageUrl();
    }

    Map<String, Path> logs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        if (postgres != null && postgres.log() != null) {
            logs.put("PostgreSQL", postgres.log());
        }
        if (kafka != null && kafka.log() != null) {
            logs.put("Kafka", kafka.log());
        }
        if (keycloak != null) {
            logs.put("Keycloak", keycloak.log());
        }
        services.forEach((name, service) -> logs.put(name, service.log()));
        return logs;
    }

    /** Stops the services, then the servers, each cleanly; nothing is left running. */
    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (supervision != null) {
            supervision.shutdownNow();
        }
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ChildProcess service : services.values()) {
            stops.add(CompletableFuture.runAsync(() -> service.stop(SERVICE_STOP_GRACE)));
        }
        stops.forEach(CompletableFuture::join);
        quietly(() -> keycloak.stop(), keycloak != null);
        quietly(() -> kafka.stop(), kafka != null);
        quietly(() -> smtp.stop(), smtp != null);
        quietly(() -> postgres.close(), postgres != null);
        stopped.countDown();
    }

    // ---- starting the parts

    private void startPostgres() {
        if (settings.external().postgresUrl().isPresent()) {
            return;
        }
        postgres = PostgresServer.launch(settings.data().resolve("postgres"), settings.ports().postgres());
        for (ServiceSpec spec : settings.ports().services()) {
            if (spec.hasDatabase()) {
                postgres.createDatabase(spec.database(), spec.database(), databasePassword(spec.database()));
            }
        }
        postgres.createDatabase("keycloak", "keycloak", databasePassword("keycloak"));
    }

    private void startKafka() {
        if (settings.external().kafkaBootstrap().isEmpty()) {
            kafka = KafkaBroker.launch(settings.data().resolve("kafka"), settings.ports().kafka(),
                    settings.ports().kafkaController());
        }
    }

    private void startSmtp() {
        if (settings.external().smtpHost().isEmpty()) {
            smtp = SmtpServer.launch(settings.ports().smtp(), settings.ports().mailPage());
        }
    }

    private void startKeycloak() {
        if (settings.external().oidcIssuer().isPresent()) {
            return;
        }
        if (!keycloakBuilt()) {
            out.println("  Keycloak is built once on this machine first (about a minute)...");
        }
        Map<String, String> realm = Map.of(
                "PRACTICE_GATEWAY_CLIENT_SECRET", gatewaySecret(),
                "PRACTICE_DEMO_LOADER_CLIENT_SECRET", demoLoaderSecret(),
                "PRACTICE_PROVISIONER_CLIENT_SECRET", provisionerSecret(),
                "PRACTICE_GATEWAY_URL", gatewayUrl(),
                "PRACTICE_SMTP_HOST", smtpHost(),
                "PRACTICE_SMTP_PORT", String.valueOf(smtpPort()));
        keycloak = KeycloakServer.launch(new KeycloakServer.Options(settings.keycloakCache(),
                settings.data().resolve("keycloak"), settings.ports().keycloak(), settings.ports().keycloakManagement(),
                jdbcUrl("keycloak"), "keycloak", databasePassword("keycloak"), KeycloakServer.realmFile(), realm,
                Secrets.kept(settings.secret("keycloak-admin"))));
    }

    private boolean keycloakBuilt() {
        String prefix = "keycloak-" + KeycloakServer.version() + "-";
        try (var entries = Files.list(settings.keycloakCache())) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    private ChildProcess serviceProcess(ServiceSpec spec) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(spec.httpPort()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(spec.managementPort()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakIssuer());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        // glibc's default of 8 malloc arenas per core costs a small JVM ~60 MB resident for nothing
        env.put("MALLOC_ARENA_MAX", "2");
        // plain log lines in the files a developer reads (JSON is for a log pipeline)
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        settings.external().otlpEndpoint().ifPresentOrElse(
                endpoint -> env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", endpoint),
                () -> env.put("QUARKUS_OTEL_SDK_DISABLED", "true"));
        if (spec.hasDatabase()) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(spec.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", spec.database());
            env.put("QUARKUS_DATASOURCE_PASSWORD", databasePassword(spec.database()));
        }
        switch (spec.name()) {
            case "portal-gateway" -> {
                env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", gatewaySecret());
                env.put("GATEWAY_CSRF_KEY", Secrets.kept(settings.secret("gateway-csrf-key")));
                // the local stack is plain http on localhost: a Secure cookie would never come back
                env.put("GATEWAY_PAGES_SECURE_COOKIES", "false");
                env.put("QUARKUS_REST_CLIENT_ENGAGEMENT_URL", serviceUrl("engagement-service"));
                env.put("QUARKUS_REST_CLIENT_COLLABORATION_URL", serviceUrl("collaboration-service"));
                env.put("QUARKUS_REST_CLIENT_NOTIFICATION_URL", serviceUrl("notification-service"));
                env.put("QUARKUS_REST_CLIENT_CASE_URL", serviceUrl("case-service"));
            }
            case "engagement-service" -> {
                // staff members become users of the realm; after choosing a password they land in the agency UI
                env.put("PLATFORM_IDENTITY_CLIENT_SECRET", provisionerSecret());
                env.put("PLATFORM_IDENTITY_RETURN_URL", gatewayUrl() + "/byra/kunder");
            }
            case "collaboration-service" -> {
                // client users become users of the realm; after choosing a password they land in the portal
                env.put("PLATFORM_IDENTITY_CLIENT_SECRET", provisionerSecret());
                env.put("PLATFORM_IDENTITY_RETURN_URL", gatewayUrl() + "/portal");
                // the demo's backdated invitation expires while the stack starts, not a minute later
                env.put("COLLABORATION_DEADLINES_POLL_INTERVAL", "PT5S");
            }
            case "notification-service" -> {
                env.put("QUARKUS_MAILER_HOST", smtpHost());
                env.put("QUARKUS_MAILER_PORT", String.valueOf(smtpPort()));
                // the links in e-mails and notifications lead to the agency UI and the portal
                env.put("NOTIFICATION_LINKS_BASE_URL", gatewayUrl());
            }
            default -> {
                // the common settings above are all it needs
            }
        }
        Supplier<List<String>> command = () -> {
            List<String> line = new ArrayList<>();
            line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            line.addAll(ChildProcess.JVM_OPTIONS);
            line.addAll(new ClassDataArchive(settings.data().resolve("class-data"), spec, spec.jar(settings.root()))
                    .jvmOptions());
            line.add("-jar");
            line.add(spec.jar(settings.root()).toString());
            return line;
        };
        URI health = URI.create("http://127.0.0.1:" + spec.managementPort() + "/q/health/ready");
        return new ChildProcess(spec.name(), command, env, settings.logs().resolve(spec.name() + ".log"), health);
    }

    // ---- readiness and supervision

    private void awaitServicesReady() {
        awaitReady(new ArrayList<>(services.values()), settings.startTimeout());
        out.println("  all services are UP");
    }

    private void awaitReady(List<ChildProcess> waiting, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ChildProcess> left = new ArrayList<>(waiting);
        while (!left.isEmpty()) {
            for (ChildProcess service : List.copyOf(left)) {
                if (!service.isAlive()) {
                    throw new StackException(service.name() + " stopped while starting (exit "
                            + service.process().exitValue() + "). The last lines of " + service.log() + ":\n"
                            + service.tail(30));
                }
                if (service.ready()) {
                    left.remove(service);
                }
            }
            if (System.nanoTime() > deadline) {
                StringBuilder message = new StringBuilder("not UP within " + timeout.toSeconds() + " s:");
                for (ChildProcess service : left) {
                    message.append("\n- ").append(service.name()).append(", the last lines of ").append(service.log())
                            .append(":\n").append(service.tail(15));
                }
                throw new StackException(message.toString());
            }
            pause(Duration.ofMillis(100));
        }
    }

    /**
     * Watches every part: a service that stops by itself is reported with the last lines of its
     * log and started again (up to {@value #MAX_RESTARTS} times); a server that stops, or a
     * service that keeps stopping, stops the whole stack with the reason.
     */
    private void supervise() {
        supervision = Executors.newSingleThreadExecutor(daemon("stack-supervision"));
        supervision.submit(() -> {
            while (!stopping) {
                for (ChildProcess service : services.values()) {
                    boolean onPurpose;
                    synchronized (stoppedOnPurpose) {
                        onPurpose = stoppedOnPurpose.contains(service.name());
                    }
                    if (!onPurpose && !service.isAlive() && !stopping) {
                        restartOrFail(service);
                    }
                }
                checkServer("PostgreSQL", postgres == null || postgres.isRunning());
                checkServer("Kafka", kafka == null || kafka.isRunning());
                checkServer("Keycloak", keycloak == null || keycloak.isRunning());
                pause(Duration.ofSeconds(1));
            }
        });
    }

    private void restartOrFail(ChildProcess service) {
        int exit = service.process().exitValue();
        int count = restarts.merge(service.name(), 1, Integer::sum);
        out.println("\n! " + service.name() + " stopped by itself (exit " + exit + "). The last lines of " + service.log()
                + ":\n" + service.tail(20));
        if (count > MAX_RESTARTS) {
            fail(service.name() + " stopped " + count + " times; the stack stops. See " + service.log());
            return;
        }
        out.println("! starting " + service.name() + " again (" + count + " of " + MAX_RESTARTS + ")");
        service.start();
        try {
            awaitReady(List.of(service), settings.startTimeout());
            out.println("  " + service.name() + " is UP again");
        } catch (StackException e) {
            if (!stopping) {
                out.println("! " + e.getMessage());
            }
        }
    }

    private void checkServer(String name, boolean running) {
        if (!running && !stopping) {
            fail(name + " stopped by itself; the stack stops. Its log: " + logs().get(name));
        }
    }

    private void fail(String reason) {
        failure = reason;
        out.println("\n! " + reason);
        CompletableFuture.runAsync(this::close);
    }

    // ---- checks before anything starts

    private void checkPortsAreFree() {
        Map<String, Integer> wanted = new LinkedHashMap<>(settings.ports().named());
        StackSettings.External external = settings.external();
        if (external.postgresUrl().isPresent()) {
            wanted.remove("PostgreSQL");
        }
        if (external.kafkaBootstrap().isPresent()) {
            wanted.remove("Kafka");
            wanted.remove("Kafka controller");
        }
        if (external.oidcIssuer().isPresent()) {
            wanted.remove("Keycloak");
            wanted.remove("Keycloak (management)");
        }
        if (external.smtpHost().isPresent()) {
            wanted.remove("SMTP");
            wanted.remove("mail page");
        }
        List<String> taken = Ports.taken(wanted);
        if (!taken.isEmpty()) {
            throw new StackException("These ports are taken, so nothing was started: " + String.join(", ", taken)
                    + ".\nStop what listens there (perhaps a stack started earlier: `ss -ltnp` shows which "
                    + "process), or point the stack at external servers (README.md, \"Running the product\").");
        }
    }

    private void checkExternalSettings() {
        StackSettings.External external = settings.external();
        if (external.oidcIssuer().isPresent() && external.gatewayClientSecret().isEmpty()) {
            throw new StackException("PRACTICE_OIDC_ISSUER is set but PRACTICE_GATEWAY_CLIENT_SECRET is not: the "
                    + "gateway signs users in as the realm's client portal-gateway and needs its secret.");
        }
        if (external.postgresUrl().isPresent() && external.postgresPassword().isEmpty()) {
            throw new StackException("PRACTICE_POSTGRES_URL is set but PRACTICE_POSTGRES_PASSWORD is not: the "
                    + "password of the services' database roles.");
        }
    }

    private void checkJarsAreBuilt() {
        List<String> missing = new ArrayList<>();
        for (ServiceSpec spec : settings.ports().services()) {
            if (!Files.exists(spec.jar(settings.root()))) {
                missing.add(spec.jar(settings.root()).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StackException("Not built yet: " + String.join(", ", missing)
                    + ". deploy/local/run.sh builds them; or run ./mvnw -DskipTests package.");
        }
    }

    // ---- settings of the parts

    private String jdbcUrl(String database) {
        return settings.external().postgresUrl().map(url -> url.replaceAll("/+$", "") + "/" + database)
                .orElseGet(() -> "jdbc:postgresql://localhost:" + settings.ports().postgres() + "/" + database);
    }

    private String databasePassword(String role) {
        return settings.external().postgresUrl().isPresent()
                ? settings.external().postgresPassword().orElseThrow()
                : Secrets.kept(settings.secret("postgres-" + role));
    }

    private String kafkaBootstrap() {
        return settings.external().kafkaBootstrap().orElseGet(() -> kafka.bootstrapServers());
    }

    private String smtpHost() {
        // the address GreenMail listens on: "localhost" may resolve to ::1 first, and each connection then waits
        return settings.external().smtpHost().orElse("127.0.0.1");
    }

    private int smtpPort() {
        return settings.external().smtpPort().orElse(settings.ports().smtp());
    }

    String gatewaySecret() {
        return settings.external().gatewayClientSecret()
                .orElseGet(() -> Secrets.kept(settings.secret("gateway-client")));
    }

    /** The provisioning client's secret: the services' own realm setting, generated for a local realm. */
    String provisionerSecret() {
        return settings.external().provisionerClientSecret()
                .orElseGet(() -> Secrets.kept(settings.secret("provisioner-client")));
    }

    String demoLoaderSecret() {
        return settings.external().demoLoaderClientSecret()
                .orElseGet(() -> Secrets.kept(settings.secret("demo-loader-client")));
    }

    // ---- helpers

    private ChildProcess service(String name) {
        ChildProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    private void step(String what, Runnable action) {
        long began = System.nanoTime();
        try {
            action.run();
        } catch (StackException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StackException(what + " did not start: " + e.getMessage(), e);
        }
        out.printf("  %-20s ready in %.1f s%n", what, (System.nanoTime() - began) / 1e9);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new StackException("cannot empty " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StackException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while starting");
        }
    }

    /** Waits before polling a condition again (a server coming up, a fact reaching another service). */
    static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietly(Runnable action, boolean applies) {
        if (!applies) {
            return;
        }
        try {
            action.run();
        } catch (RuntimeException e) {
            // stopping: say it, go on stopping the rest
            System.err.println("while stopping: " + e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
