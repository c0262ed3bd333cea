package se.byra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.GreenMail;

import se.byra.local.Stack;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.events.engagement.StaffMemberInvited;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/**
 * How long a notification takes to reach its person, as the local stack runs notification-service: from an
 * {@code EngagementSigned} on the topic (the broker acknowledged it) to the e-mail in the stack's SMTP server and
 * to the notification in an open stream of the person's page (notification-service's server-sent events; the
 * gateway relays the same bytes). Events arrive at a steady rate, each to one staff member; written to
 * docs/notification-benchmarks.md. Not a test: the file says what was measured. Run:
 * {@code ./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench.suite=notifications}.
 */
public final class NotificationBenchmark {

    static final int EVENTS = 300;
    static final int RATE = 10;
    static final int WARM_UP = 30;
    static final Path KEYCLOAK_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "byra-testkit");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("bench-(-?\\d+)-");

    private final Stack stack;
    private final String token;
    private final UUID agencyId;
    private final String subject;
    private final UUID staffId = UUID.randomUUID();
    private final String email = "bench-" + staffId + "@bench.test";
    private final KafkaProducer<String, byte[]> producer;
    private final Map<Integer, Long> onTopic = new ConcurrentHashMap<>();
    private final Map<Integer, Long> inMailbox = new ConcurrentHashMap<>();
    private final Map<Integer, Long> inPage = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean streamOpen;

    private NotificationBenchmark(Stack stack) throws Exception {
        this.stack = stack;
        this.token = stack.demoAgencyToken();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        this.agencyId = UUID.fromString(claims.path("agency_id").asText());
        this.subject = claims.path("sub").asText();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public static void main(String[] args) throws Exception {
        if (!System.getProperty("bench.suite", "").equals("notifications")) {
            return;
        }
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = root.resolve("docs/notification-benchmarks.md");
        try (Stack stack = Stack.onFreePorts(root, root.resolve("bench/target/stack-data-notifications"), KEYCLOAK_CACHE,
                System.out)) {
            stack.start();
            NotificationBenchmark bench = new NotificationBenchmark(stack);
            String report = bench.run();
            Files.writeString(output, report + Report.keptNotes(output));
            System.out.println(report);
            System.out.println("Written to " + output);
        }
        System.exit(0);
    }

    private String run() throws Exception {
        // the demo loader's service account becomes a staff member whose token opens the stream
        publish(StaffMemberInvited.TYPE, staffId, new StaffMemberInvited(staffId, "Bänk Mätare", email, "sv", "FULL",
                false, Instant.now()));
        publish(StaffMemberUpdated.TYPE, staffId, new StaffMemberUpdated(staffId, "Bänk Mätare", email, "sv", "FULL",
                false, subject, Instant.now()));
        await(() -> mailsTo() >= 1, Duration.ofSeconds(60), "the welcome mail");
        watchInbox();
        Thread page = new Thread(this::watchStream, "bench-stream");
        page.setDaemon(true);
        page.start();
        await(() -> streamOpen, Duration.ofSeconds(30), "the open stream's first event");
        send(-WARM_UP, 0);
        await(() -> inMailbox.keySet().stream().filter(n -> n < 0).count() >= WARM_UP
                && inPage.keySet().stream().filter(n -> n < 0).count() >= WARM_UP, Duration.ofSeconds(120), "the warm-up");
        send(0, EVENTS);
        await(() -> count(inMailbox) >= EVENTS && count(inPage) >= EVENTS, Duration.ofSeconds(180), "every event");
        running = false;
        producer.close();
        return markdown(latencies(inMailbox), latencies(inPage));
    }

    private void send(int from, int to) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        long next = System.nanoTime();
        for (int n = from; n < to; n++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            next += interval;
            UUID engagementId = UUID.randomUUID();
            EngagementSigned event = new EngagementSigned(engagementId, UUID.randomUUID(), 1, UUID.randomUUID(),
                    "Bänkbolaget AB", "556703-7485", "bench-" + n + "-", staffId, List.of(),
                    LocalDate.of(2027, 1, 1), null, Instant.now());
            publish(EngagementSigned.TYPE, engagementId, event);
            onTopic.put(n, System.nanoTime());
        }
    }

    private <T> void publish(EventType<T> type, UUID key, T payload) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", UUID.randomUUID().toString());
        header(headers, "ce_source", "tag:byra.se,2026:service:bench");
        header(headers, "ce_type", type.type());
        header(headers, "ce_subject", key.toString());
        header(headers, "ce_time", Instant.now().toString());
        header(headers, "ce_dataschema", type.dataschema().toString());
        header(headers, "ce_agencyid", agencyId.toString());
        header(headers, "content-type", "application/json");
        producer.send(new ProducerRecord<>(Topics.ENGAGEMENT_EVENTS, null, key.toString(),
                EventJson.mapper().writeValueAsBytes(payload), headers)).get();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Notes when each mail arrives in the person's inbox, by the number in its subject: told by the SMTP server's
     * store as it files the mail (polling the whole store would slow the server it measures).
     */
    private void watchInbox() throws Exception {
        GreenMail greenMail = stack.smtpServer().orElseThrow().greenMail();
        MailFolder inbox = greenMail.getManagers().getImapHostManager()
                .getInbox(greenMail.getUserManager().getUserByEmail(email));
        inbox.addListener(new FolderListener() {
            @Override
            public void added(int msn) {
                long now = System.nanoTime();
                try {
                    Matcher m = TITLE.matcher(inbox.getMessages().get(msn - 1).getMimeMessage().getSubject());
                    if (m.find()) {
                        inMailbox.putIfAbsent(Integer.parseInt(m.group(1)), now);
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void expunged(int msn) {
                // nothing is deleted here
            }

            @Override
            public void flagsUpdated(int msn, jakarta.mail.Flags flags, Long uid) {
                // nobody reads these mails
            }

            @Override
            public void mailboxDeleted() {
                // the stack outlives the benchmark's measurements
            }
        });
    }

    private int mailsTo() {
        return (int) java.util.Arrays.stream(stack.smtpServer().orElseThrow().greenMail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).count();
    }

    /** Notes when each notification reaches the open stream, by the number in its title. */
    private void watchStream() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.serviceUrl("notification-service")
                + "/me/notifications/stream")).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build();
        while (running) {
            try {
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        streamOpen = true;
                        Matcher m = TITLE.matcher(line);
                        if (m.find()) {
                            inPage.putIfAbsent(Integer.parseInt(m.group(1)), System.nanoTime());
                        }
                    }
                });
            } catch (Exception e) {
                // the stream ended (its maximum age): open it again, as the browser does
            }
        }
    }

    private List<Double> latencies(Map<Integer, Long> arrived) {
        List<Double> millis = new ArrayList<>();
        for (int n = 0; n < EVENTS; n++) {
            Long at = arrived.get(n);
            Long sent = onTopic.get(n);
            if (at != null && sent != null) {
                millis.add((at - sent) / 1e6);
            }
        }
        millis.sort(Double::compare);
        return millis;
    }

    private static long count(Map<Integer, Long> arrived) {
        return arrived.keySet().stream().filter(n -> n >= 0).count();
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    private static void await(java.util.function.BooleanSupplier done, Duration timeout, String what) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(20)).until(done::getAsBoolean);
    }

    private String markdown(List<Double> mail, List<Double> page) {
        return """
                # Notification benchmarks

                Written by `./mvnw -Pbench -pl bench -am -DskipTests verify -Dbench.suite=notifications` (module
                `bench`, `NotificationBenchmark`); do not edit the figures by hand, run it again (the notes at the end
                are kept). notification-service runs as the local stack runs it (`deploy/local/run.sh`'s launcher,
                the same JVM options), on one machine with the stack's PostgreSQL, broker, Keycloak and SMTP server
                (GreenMail) and the benchmark.

                - Date: %s
                - Machine: %s

                ## From the event on the topic to the person

                %d `EngagementSigned` events, %d a second, each to one staff member (after %d to warm up), put on
                `engagement.events` by a plain producer; each counts from the broker's acknowledgement. "E-mail" is
                when the SMTP server has the mail (the handler recorded it, the mailer was woken after the commit,
                rendered and sent it); "open page" is when the notification arrives on the person's open event
                stream (committed, PostgreSQL's NOTIFY, rendered with the unread count).

                | path | events | p50 | p99 | max |
                |---|---|---|---|---|
                | event → e-mail in the SMTP server | %d | %s | %s | %s |
                | event → notification in the open page | %d | %s | %s | %s |
                """.formatted(LocalDate.now(), Infrastructure.host(), EVENTS, RATE, WARM_UP,
                mail.size(), ms(percentile(mail, 50)), ms(percentile(mail, 99)), ms(mail.get(mail.size() - 1)),
                page.size(), ms(percentile(page, 50)), ms(percentile(page, 99)), ms(page.get(page.size() - 1)));
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }
}
