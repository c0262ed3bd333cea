package se.byra.platform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The broker JVM: {@code se.byra.platform.kafkabroker.BrokerLauncher} on the classpath kafka-broker resolved. */
final class EmbeddedKafka implements KafkaBroker.Backend {

    private static final String CLASSPATH_RESOURCE = "se/byra/platform/kafkabroker/broker.classpath";

    private final Path work;
    private final Path log;
    private final Path properties;
    private final int brokerPort;
    private final int controllerPort;
    private final String clusterId;
    private boolean formatted;
    private Process process;

    /** A test's broker: a fresh temp directory and free ports. */
    EmbeddedKafka() {
        this(ServerProcesses.workDirectory("kafka"), ServerProcesses.freePort(), ServerProcesses.freePort());
    }

    /**
     * A broker in {@code directory}: formatted on its first start only, so a directory that already
     * holds a broker's data (the local stack's) comes back with its topics and offsets.
     */
    EmbeddedKafka(Path directory, int brokerPort, int controllerPort) {
        this.work = directory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        log = work.resolve("broker.log");
        properties = work.resolve("server.properties");
        try {
            Files.createDirectories(work);
            Path id = work.resolve("cluster.id");
            if (!Files.exists(id)) {
                Files.writeString(id, base64Uuid(), StandardCharsets.UTF_8);
            }
            clusterId = Files.readString(id, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        formatted = Files.exists(work.resolve("data/meta.properties"));
    }

    Path log() {
        return log;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    @Override
    public String description() {
        return "Kafka 4.3.1 KRaft broker in its own JVM, log " + log;
    }

    @Override
    public synchronized void start() {
        // written on every start: the ports may differ from the last start's, the data does not
        writeConfiguration();
        process = ServerProcesses.start(List.of(ServerProcesses.javaExecutable(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + work.resolve("log4j2.properties"),
                "-cp", classpath(),
                "se.byra.platform.kafkabroker.BrokerLauncher", properties.toString(), clusterId,
                String.valueOf(!formatted)), log);
        formatted = true;
        ServerProcesses.awaitReady("Kafka broker", process, log, Duration.ofSeconds(90), this::answers);
    }

    @Override
    public synchronized void stop() {
        ServerProcesses.stop(process, Duration.ofSeconds(30));
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    private boolean answers() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }

    private void writeConfiguration() {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + work.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
        String logging = String.join("\n",
                "status = error",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + log,
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.file.ref = file",
                "logger.kafka.name = kafka",
                "logger.kafka.level = info",
                "logger.apache.name = org.apache.kafka",
                "logger.apache.level = warn",
                "");
        try {
            Files.writeString(properties, config, StandardCharsets.UTF_8);
            Files.writeString(work.resolve("log4j2.properties"), logging, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The launcher's own location (jar or classes directory) followed by the broker's dependencies. */
    private static String classpath() {
        URL resource = EmbeddedKafka.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: is se.byra:kafka-broker a dependency?");
        }
        try (InputStream in = resource.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return launcherLocation(resource) + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String launcherLocation(URL resource) {
        String url = resource.toString();
        try {
            if (url.startsWith("jar:")) {
                return Path.of(new URL(url.substring(4, url.indexOf("!/"))).toURI()).toString();
            }
            Path file = Path.of(resource.toURI());
            // .../classes/se/byra/platform/kafkabroker/broker.classpath -> .../classes
            return file.getParent().getParent().getParent().getParent().getParent().toString();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot locate the broker launcher from " + url, e);
        }
    }

    private static String base64Uuid() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
