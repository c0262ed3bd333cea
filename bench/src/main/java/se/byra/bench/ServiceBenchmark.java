package se.byra.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.byra.local.Stack;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The services' figures as the local stack runs them (started the way run.sh starts it, on free
 * ports, with a data folder of its own under bench/target): how long each service takes to be
 * ready and how much memory it holds, and the latency of the list endpoints under an open-loop
 * load against the plainest endpoint of the same JVM, written to docs/service-benchmarks.md. Not
 * a test: the file says what was measured. Run:
 * {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench.suite=services}.
 */
public final class ServiceBenchmark {

    static final int CLIENTS = 500;
    static final int PAGE_SIZE = 20;
    static final int RATE = 500;
    static final Duration WARM_UP = Duration.ofSeconds(15);
    static final Duration RUN = Duration.ofSeconds(20);
    /** Rounds of every endpoint in turn: a disturbance of the shared machine then hits one round, not one endpoint. */
    static final int ROUNDS = 3;
    static final int STARTS = 3;
    /** The Keycloak build the test kit's tests use, so one build serves the whole machine. */
    static final Path KEYCLOAK_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit");

    private final Stack stack;
    private final PrintStream out;
    private final OpenLoad load = new OpenLoad();
    private final List<String> startRows = new ArrayList<>();
    private final List<String> latencyRows = new ArrayList<>();
    private final List<String> clientIds = new ArrayList<>();

    private ServiceBenchmark(Stack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (!System.getProperty("bench.suite", "services").equals("services")) {
            return;
        }
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = root.resolve("docs/service-benchmarks.md");
        PrintStream out = System.out;
        try (Stack stack = Stack.onFreePorts(root, root.resolve("bench/target/stack-data"), KEYCLOAK_CACHE, out)) {
            boolean keycloakBuilt = Files.isDirectory(KEYCLOAK_CACHE) && Files.list(KEYCLOAK_CACHE).findAny().isPresent();
            long began = System.nanoTime();
            stack.start();
            String stackStart = "%.1f s%s".formatted(seconds(began), keycloakBuilt ? ""
                    : ", Keycloak's one-time build on this machine included");
            ServiceBenchmark bench = new ServiceBenchmark(stack, out);
            bench.startTimes();
            bench.latencies();
            String report = bench.markdown(stackStart);
            Files.writeString(output, report + Report.keptNotes(output));
            out.println(report);
            out.println("Written to " + output);
        }
    }

    // ---- start time and memory

    /**
     * Each service stopped and started again alone while the rest of the stack runs, {@value #STARTS}
     * times; the first stop writes its class-data archive, as run.sh's first clean stop does, so the
     * starts measured are those of every later run.sh.
     */
    private void startTimes() {
        for (String service : stack.serviceNames()) {
            List<Double> times = new ArrayList<>();
            long rss = 0;
            for (int i = 0; i < STARTS; i++) {
                stack.stopService(service);
                long began = System.nanoTime();
                stack.startService(service);
                times.add(seconds(began));
                rss = residentMegabytes(service);
            }
            times.sort(Double::compare);
            startRows.add("| %s | %.1f s | %.1f s | %d MB |".formatted(service, times.get(0), times.get(times.size() / 2),
                    rss));
            out.printf("  %s ready in %s s, %d MB resident%n", service, times, rss);
        }
    }

    /** The JVM's resident set (VmRSS) in MB, as the kernel counts it. */
    private long residentMegabytes(String service) {
        long pid = stack.serviceJvm(service).orElseThrow().pid();
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    // ---- list latency

    private void latencies() throws Exception {
        registerClients();
        URI health = URI.create(stack.managementUrl("engagement-service") + "/q/health/live");
        String service = stack.serviceUrl("engagement-service");
        List<Target> targets = List.of(
                new Target("`GET /q/health/live`: no token, no database", false, n -> health),
                new Target("`GET /clients/{id}`: one client, the plain endpoint", false,
                        n -> URI.create(service + "/clients/" + clientIds.get((int) (n % clientIds.size())))),
                new Target("`GET /clients?page=…&size=20`: a page of the list, and its count", true,
                        n -> URI.create(service + "/clients?size=" + PAGE_SIZE + "&page="
                                + n % (clientIds.size() / PAGE_SIZE))),
                new Target("`GET /clients?q=…`: a search (a name's part, or a number's first digits)", true,
                        n -> URI.create(service + "/clients?q=" + SEARCHES[(int) (n % SEARCHES.length)])));
        for (Target target : targets) {
            String token = target == targets.get(0) ? null : stack.demoAgencyToken();
            out.println("  warming up " + target.name());
            load.run(RATE, WARM_UP, n -> OpenLoad.get(target.uri().apply(n), token));
        }
        List<List<OpenLoad.Result>> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<OpenLoad.Result> results = new ArrayList<>();
            for (Target target : targets) {
                // a token per run: they live five minutes
                String token = target == targets.get(0) ? null : stack.demoAgencyToken();
                OpenLoad.Result result = load.run(RATE, RUN, n -> OpenLoad.get(target.uri().apply(n), token));
                out.printf("  round %d, %s: p50 %.2f ms, p99 %.2f ms%n", round + 1, target.name(), result.millis(50),
                        result.millis(99));
                results.add(result);
            }
            rounds.add(results);
        }
        for (int t = 0; t < targets.size(); t++) {
            int index = t;
            latencyRows.add(row(targets.get(t), rounds.stream().map(results -> results.get(index)).toList(),
                    rounds.stream().map(results -> results.get(0)).toList(),
                    rounds.stream().map(results -> results.get(1)).toList()));
        }
    }

    /** Searches as people type them: parts of names, and the first digits of numbers. */
    private static final String[] SEARCHES = {"bygg", "%C3%A5keri", "konsult", "5566", "5590", "ab", "redovisning"};

    private static final String[] TRADES = {"Bygg", "Åkeri", "Konsult", "Redovisning", "Måleri", "El", "Café",
            "Fastigheter", "Trädgård", "Design"};
    private static final String[] PLACES = {"Vårby", "Norrtälje", "Umeå", "Växjö", "Ystad", "Gävle", "Kiruna",
            "Borås", "Sundsvall", "Örebro"};

    /** {@value #CLIENTS} clients in the demo agency, through the API as a user would register them. */
    private void registerClients() throws Exception {
        String token = stack.demoAgencyToken();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int n = i;
            ids.add(workers.submit(() -> register(http, token, n)));
        }
        for (Future<String> id : ids) {
            clientIds.add(id.get());
        }
        workers.shutdown();
        out.println("  " + CLIENTS + " clients registered");
    }

    private String register(HttpClient http, String token, int n) throws Exception {
        String name = "%s %s %s %d AB".formatted(PLACES[n % PLACES.length], TRADES[(n / 10) % TRADES.length],
                n % 3 == 0 ? "Service" : "Partner", n);
        String body = """
                {"name":"%s","organisationNumber":"%s","address":{"street":"Storgatan %d","postalCode":"111 22",\
                "city":"%s"},"contacts":[{"name":"Kontakt %d","email":"kontakt%d@example.test","main":true}]}"""
                .formatted(name, organisationNumber(n), n % 90 + 1, PLACES[n % PLACES.length], n, n);
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("engagement-service") + "/clients"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registering " + name + ": " + response.statusCode() + " " + response.body());
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A valid organisation number of a limited company (55…), a different one for each n. */
    static String organisationNumber(int n) {
        return OrganisationNumber.withCheckDigit("55" + String.format(Locale.ROOT, "%07d", 6_600_000 + n * 7));
    }

    /**
     * A row of the table: the median over the rounds of each figure, and the median of the rounds'
     * ratios against the health check and against the plain endpoint measured in the same round.
     */
    private String row(Target target, List<OpenLoad.Result> runs, List<OpenLoad.Result> health,
            List<OpenLoad.Result> plain) {
        double p99 = median(runs, run -> run.millis(99));
        double toHealth = median(runs.size(), i -> runs.get(i).millis(99) / health.get(i).millis(99));
        double toPlain = median(runs.size(), i -> runs.get(i).millis(99) / plain.get(i).millis(99));
        String goal = target.list() ? (toPlain <= 2 ? "≤ 2: met" : "≤ 2: **missed**") : "";
        long failed = runs.stream().mapToLong(OpenLoad.Result::failed).sum();
        String failures = failed == 0 ? "none" : failed + " (first: " + runs.stream().map(OpenLoad.Result::firstFailure)
                .filter(java.util.Objects::nonNull).findFirst().orElse("").replace("|", "\\|") + ")";
        String rounds = runs.stream().map(run -> "%.1f".formatted(run.millis(99))).collect(
                java.util.stream.Collectors.joining(" / "));
        return "| %s | %.2f ms | %.2f ms (%s) | %.2f ms | %.2f | %.2f | %s | %s |".formatted(target.name(),
                median(runs, run -> run.millis(50)), p99, rounds, runs.stream().mapToDouble(run -> run.millis(100))
                        .max().orElse(0), toHealth, toPlain, goal, failures);
    }

    private static double median(List<OpenLoad.Result> runs, java.util.function.ToDoubleFunction<OpenLoad.Result> figure) {
        return median(runs.size(), i -> figure.applyAsDouble(runs.get(i)));
    }

    private static double median(int count, java.util.function.IntToDoubleFunction figure) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = figure.applyAsDouble(i);
        }
        java.util.Arrays.sort(values);
        return values[count / 2];
    }

    private String markdown(String stackStart) {
        return """
                # Service benchmarks

                Written by `./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench.suite=services` (module `bench`,
                `ServiceBenchmark`); do not edit the figures by hand, run it again (the notes at the end are kept). The
                services run as the local stack runs them (`deploy/local/run.sh`'s launcher, the same JVM options), on
                one machine with the stack's PostgreSQL, broker and Keycloak, and the load generator.

                - Date: %s
                - Machine: %s
                - The stack from an empty data folder (run.sh's first start): all UP with demo data in %s

                ## Start time and memory

                Each service stopped and started alone, %d times, while the rest of the stack runs: from the process's
                start until its readiness check answers UP (polled every 100 ms), with the class-data archive its first
                clean stop wrote. Resident memory (VmRSS) right after the last start. Goals: ready in under 5 s, under
                300 MB.

                | service | fastest start | median start | resident |
                |---|---|---|---|
                %s

                ## List latency

                engagement-service under an open-loop load: requests arrive at the rate, whether or not the earlier
                ones were answered, and each latency counts from when the request was due (a server that falls
                behind is charged for its queue), %d requests a second. Each endpoint is warmed up for %d s, then
                measured for %d s in each of %d rounds that take the endpoints in turn; the figures are the median
                of the rounds (each round's p99 in brackets), the maximum the highest of all. The
                agency has %d clients; pages of %d. The plain endpoint is the service's cheapest authenticated read
                (the token checked, one row by its key, one transaction); the health check, on the management
                interface with neither token nor database, shows what the HTTP server alone costs. Ratios are p99
                against p99 in the same round; the goal is the list's p99 at most twice the plain endpoint's.

                | endpoint | p50 | p99 (rounds) | max | p99 / health | p99 / plain | goal | failed |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(LocalDate.now(), Infrastructure.host(), stackStart, STARTS, String.join("\n", startRows),
                RATE, WARM_UP.toSeconds(), RUN.toSeconds(), ROUNDS, clientIds.size() + 6, PAGE_SIZE, String.join("\n", latencyRows));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One endpoint under load; {@code list} marks those the goal is about. */
    private record Target(String name, boolean list, java.util.function.LongFunction<URI> uri) {
    }
}
