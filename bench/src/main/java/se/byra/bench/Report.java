package se.byra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the benchmark measured, as the Markdown of docs/benchmarks.md. */
final class Report {

    private final List<String> throughput = new ArrayList<>();
    private final List<String> latency = new ArrayList<>();
    private final List<String> batchCost = new ArrayList<>();

    private String rawRuns = "";

    void rawRuns(double[] runs) {
        rawRuns = "Raw producer runs: %s events/s; the best is the reference.".formatted(String.join(", ",
                java.util.Arrays.stream(runs).mapToObj(EventBackboneBenchmark::format).toList()));
    }

    /** A throughput against the raw producer's; the goal is {@code relay/raw >= 0.7}. */
    void ratio(String what, double ours, double raw, String phases) {
        double ratio = ours / raw;
        throughput.add("| %s | %s events/s | %s events/s | %.2f | ≥ 0.7 | %s | %s |".formatted(what,
                EventBackboneBenchmark.format(ours), EventBackboneBenchmark.format(raw), ratio,
                ratio >= 0.7 ? "met" : "**missed**", phases));
    }

    void latency(int rate, Duration run, EventBackboneBenchmark.Latencies outbox, EventBackboneBenchmark.Latencies raw) {
        for (double p : new double[] {50, 99}) {
            double ratio = outbox.percentile(p) / raw.percentile(p);
            String goal = p == 99 ? "≤ 1.5" : "";
            String met = p == 99 ? (ratio <= 1.5 ? "met" : "**missed**") : "";
            latency.add("| p%.0f at %d events/s for %d s (%d / %d events) | %.2f ms | %.2f ms | %.2f | %s | %s |".formatted(
                    p, rate, run.toSeconds(), outbox.millis().length, raw.millis().length, outbox.percentile(p),
                    raw.percentile(p), ratio, goal, met));
        }
    }

    void batchCost(Map<Integer, Double> costs, double raw) {
        double base = costs.values().iterator().next();
        costs.forEach((pending, cost) -> {
            double ratio = cost / base;
            batchCost.add("| %,d pending | %.2f ms | %.2f ms | %.2f | ≤ 1.5 | %s |".formatted(pending, cost, raw, ratio,
                    ratio <= 1.5 ? "met" : "**missed**"));
        });
    }

    /** Below this line docs/benchmarks.md holds the people's reading of the figures, kept when the benchmark rewrites the rest. */
    static final String NOTES_MARKER = "<!-- Notes below this line are kept when the benchmark rewrites the file. -->";

    static String keptNotes(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "\n" + NOTES_MARKER + "\n";
        }
        String text = Files.readString(file);
        int marker = text.indexOf(NOTES_MARKER);
        return marker < 0 ? "\n" + NOTES_MARKER + "\n" : "\n" + text.substring(marker);
    }

    String markdown(String machine, LocalDate date) {
        return """
                # Benchmarks

                Written by `./mvnw -Pbench -pl bench -am -DskipTests verify` (module `bench`, `EventBackboneBenchmark`);
                do not edit the figures by hand, run it again (the notes at the end are kept). One run, every figure
                measured side by side with the raw Kafka
                client in the same run, against the test kit's real PostgreSQL and broker. Events carry a 500-byte
                JSON payload and the CloudEvents headers; the relay's batch is 200 rows; topics have 6 partitions.

                - Date: %s
                - Machine: %s

                ## Relay throughput

                Raw: one idempotent producer (acks=all) sending the same records as fast as it takes them, then
                flushing. Relay: `OutboxPublisher` with the production settings (`RelayProducer`), claiming,
                sending in waves (one row per key per round trip) and recording each batch in PostgreSQL.

                | figure | relay | raw producer | ratio | goal | | relay batch: claim / send / record |
                |---|---|---|---|---|---|---|
                %s

                %s

                ## End-to-end latency

                From commit (raw: from `send`) until a consumer on the topic has the record; the consumer is the
                same plain `KafkaConsumer` on both paths, so the difference is what lies between commit and topic:
                the wake-up after commit, the claim, the send and its acknowledgement.

                | figure | outbox | raw produce → consume | ratio | goal | |
                |---|---|---|---|---|---|
                %s

                ## Per-batch relay cost as the backlog grows

                Mean time of one batch of 200 (claim, guard, send, record) with the given number of rows pending;
                the raw column is the raw producer sending 200 records and awaiting their acknowledgements.

                | backlog | per batch | raw 200 records | ratio to 2 000 | goal | |
                |---|---|---|---|---|---|
                %s
                """.formatted(date, machine, String.join("\n", throughput), rawRuns, String.join("\n", latency),
                String.join("\n", batchCost));
    }
}
