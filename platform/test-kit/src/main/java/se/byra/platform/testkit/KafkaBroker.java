package se.byra.platform.testkit;

import java.nio.file.Path;

import org.jboss.logging.Logger;

/**
 * One Apache Kafka broker per test JVM. Embedded: a real Kafka 4.3.1 KRaft broker (combined
 * broker and controller) in a JVM of its own, so its Kafka version stays apart from the client
 * version Quarkus brings. Containers: the {@code apache/kafka} image.
 *
 * <p>{@link #stop()} and {@link #start()} take the broker away and bring it back on the same
 * address with the same data, for tests of what happens while it is gone.
 */
public final class KafkaBroker {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static KafkaBroker instance;

    /** What runs the broker. */
    interface Backend {
        String bootstrapServers();

        void start();

        void stop();

        boolean isRunning();

        String description();
    }

    private final Backend backend;

    private KafkaBroker(Backend backend) {
        this.backend = backend;
    }

    public static synchronized KafkaBroker get() {
        if (instance == null) {
            long started = System.nanoTime();
            Backend backend = InfrastructureMode.current() == InfrastructureMode.CONTAINERS ? new ContainerKafka()
                    : new EmbeddedKafka();
            backend.start();
            instance = new KafkaBroker(backend);
            Runtime.getRuntime().addShutdownHook(new Thread(backend::stop, "kafka-stop"));
            LOG.infof("Kafka broker started on %s (%s) in %d ms", backend.bootstrapServers(), backend.description(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    /**
     * A broker that keeps its data in {@code directory} across restarts (the local stack), on the
     * given ports. Not shared: the caller {@link #stop()}s it.
     */
    public static KafkaBroker launch(Path directory, int port, int controllerPort) {
        long started = System.nanoTime();
        EmbeddedKafka backend = new EmbeddedKafka(directory, port, controllerPort);
        backend.start();
        LOG.infof("Kafka broker started on %s with its data in %s in %d ms", backend.bootstrapServers(), directory,
                (System.nanoTime() - started) / 1_000_000);
        return new KafkaBroker(backend);
    }

    public String bootstrapServers() {
        return backend.bootstrapServers();
    }

    /** The broker's log file (null for a container). */
    public Path log() {
        return backend instanceof EmbeddedKafka embedded ? embedded.log() : null;
    }

    /** Takes the broker away; its address and data stay for {@link #start()}. */
    public synchronized void stop() {
        backend.stop();
        LOG.info("Kafka broker stopped");
    }

    /** Brings a stopped broker back on the same address with the same data. */
    public synchronized void start() {
        if (!backend.isRunning()) {
            backend.start();
            LOG.infof("Kafka broker back on %s", backend.bootstrapServers());
        }
    }

    public boolean isRunning() {
        return backend.isRunning();
    }
}
