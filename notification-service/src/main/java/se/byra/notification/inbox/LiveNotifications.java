package se.byra.notification.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import se.byra.notification.NotificationConfig;
import se.byra.notification.directory.RecipientKind;

/**
 * The open pages' streams on this replica, and the one database connection that LISTENs for what they must
 * hear ({@link LiveChannel}). A new notification reaches its person's streams as its transaction commits,
 * rendered in each stream's language with the new unread count; a stream ends after its maximum age (the
 * browser reconnects through the gateway with a fresh token), and a comment line now and then keeps
 * proxies from closing a quiet one. A lost LISTEN connection is opened again; what was committed meanwhile
 * is on the page at its next load, and the count at the stream's next event.
 */
@ApplicationScoped
public class LiveNotifications {

    private static final Logger LOG = Logger.getLogger(LiveNotifications.class);

    /** One open page. */
    record Stream(RecipientKind kind, UUID person, String language, SseEventSink sink, Sse sse, Instant openedAt) {
    }

    @Inject
    NotificationConfig config;

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private ScheduledExecutorService listener;
    private ScheduledExecutorService housekeeping;
    private ExecutorService senders;

    void start(@Observes StartupEvent event) {
        running = true;
        senders = Executors.newFixedThreadPool(2, daemon("live-notifications-send"));
        housekeeping = Executors.newSingleThreadScheduledExecutor(daemon("live-notifications-heartbeat"));
        long heartbeat = config.live().heartbeat().toMillis();
        housekeeping.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        listener = Executors.newSingleThreadScheduledExecutor(daemon("live-notifications-listen"));
        listener.execute(this::listen);
        Gauge.builder("notification.live.streams", streams,
                s -> s.values().stream().mapToInt(Set::size).sum())
                .description("Open pages receiving notifications from this replica").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            // the session sees running false within a second (getNotifications' wait) and closes its connection
            listener.shutdown();
        }
        if (housekeeping != null) {
            housekeeping.shutdownNow();
            senders.shutdownNow();
        }
        streams.values().forEach(set -> set.forEach(s -> s.sink().close()));
        streams.clear();
    }

    /** Whether the LISTEN connection is open: a stream opened before it would miss what commits meanwhile. */
    public boolean listening() {
        return listening;
    }

    /** Registers an open page and tells it the unread count at once. */
    public void open(RecipientKind kind, UUID person, String language, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(kind, person, language, sink, sse, Instant.now());
        streams.computeIfAbsent(key(kind, person), k -> ConcurrentHashMap.newKeySet()).add(stream);
        senders.execute(() -> sendUnread(stream));
    }

    /** A page of a person the directory does not know yet: the count (none) and the heartbeat, nothing else. */
    public void openEmpty(SseEventSink sink, Sse sse) {
        Stream stream = new Stream(null, null, "sv", sink, sse, Instant.now());
        streams.computeIfAbsent("", k -> ConcurrentHashMap.newKeySet()).add(stream);
        send(stream, "unread", Map.of("unread", 0));
    }

    /**
     * One LISTEN session, until stopping or the connection fails; after a failure the next session is scheduled
     * on the same thread after the reconnect delay.
     */
    private void listen() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + LiveChannel.CHANNEL);
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            listening = true;
            LOG.debug("Listening for notifications");
            while (running) {
                PGNotification[] arrived = pg.getNotifications(1000);
                if (arrived != null) {
                    for (PGNotification notification : arrived) {
                        String payload = notification.getParameter();
                        senders.execute(() -> deliver(payload));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (running) {
                LOG.warnf("Live notifications lost their database connection (listening again in %s): %s",
                        config.live().reconnectDelay(), e.toString());
                listener.schedule(this::listen, config.live().reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            listening = false;
        }
    }

    private void deliver(String payload) {
        String[] parts = payload.split(":");
        RecipientKind kind = RecipientKind.valueOf(parts[1]);
        UUID person = UUID.fromString(parts[2]);
        Set<Stream> open = streams.get(key(kind, person));
        if (open == null || open.isEmpty()) {
            return;
        }
        for (Stream stream : open) {
            if (parts[0].equals("N")) {
                UUID id = UUID.fromString(parts[3]);
                QuarkusTransaction.requiringNew().run(() -> inbox.find(kind, person, id, stream.language())
                        .ifPresent(view -> send(stream, "notification", Map.of(
                                "unread", inbox.unread(kind, person), "notification", view))));
            } else {
                sendUnread(stream);
            }
        }
    }

    private void sendUnread(Stream stream) {
        long unread = QuarkusTransaction.requiringNew().call(() -> inbox.unread(stream.kind(), stream.person()));
        send(stream, "unread", Map.of("unread", unread));
    }

    private void send(Stream stream, String name, Object data) {
        if (stream.sink().isClosed()) {
            forget(stream);
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a live event", e);
        }
        stream.sink().send(stream.sse().newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(body).build())
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        forget(stream);
                    }
                });
    }

    private void heartbeat() {
        Instant oldest = Instant.now().minus(config.live().maxStreamAge());
        for (Set<Stream> open : streams.values()) {
            for (Stream stream : open) {
                if (stream.sink().isClosed()) {
                    forget(stream);
                } else if (stream.openedAt().isBefore(oldest)) {
                    stream.sink().close();
                    forget(stream);
                } else {
                    stream.sink().send(stream.sse().newEventBuilder().comment("").build())
                            .whenComplete((done, failure) -> {
                                if (failure != null) {
                                    forget(stream);
                                }
                            });
                }
            }
        }
    }

    private void forget(Stream stream) {
        String key = stream.kind() == null ? "" : key(stream.kind(), stream.person());
        Set<Stream> open = streams.get(key);
        if (open != null) {
            open.remove(stream);
        }
    }

    private static String key(RecipientKind kind, UUID person) {
        return kind + ":" + person;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
