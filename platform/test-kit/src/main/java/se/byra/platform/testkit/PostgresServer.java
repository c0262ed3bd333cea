package se.byra.platform.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import org.jboss.logging.Logger;

/**
 * One PostgreSQL 17 server per test JVM; each service gets a database of its own on it.
 * Embedded: the real binaries from Maven (zonky's build) as a child process. Containers: the
 * {@code postgres:17-alpine} image.
 */
public final class PostgresServer {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static PostgresServer instance;

    /** What runs the server. */
    interface Backend {
        String host();

        int port();

        String username();

        String password();

        /** Whether {@link #stop()} and {@link #start()} keep the address and the data. */
        boolean restartable();

        void start();

        void stop();

        boolean isRunning();

        /** Stops for good and removes what it wrote. */
        void close();
    }

    private final Backend backend;
    private final Set<String> databases = new HashSet<>();

    private PostgresServer(Backend backend) {
        this.backend = backend;
    }

    public static synchronized PostgresServer get() {
        if (instance == null) {
            long started = System.nanoTime();
            boolean containers = InfrastructureMode.current() == InfrastructureMode.CONTAINERS;
            Backend backend = containers ? new ContainerPostgres() : new EmbeddedPostgres();
            instance = new PostgresServer(backend);
            Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "postgres-stop"));
            LOG.infof("PostgreSQL 17 started on %s:%d (%s) in %d ms", backend.host(), backend.port(),
                    containers ? "container" : "embedded, real binaries", (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    /** The JDBC URL of {@code database}, created on first use. */
    public synchronized String jdbcUrl(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
        }
        if (databases.add(database)) {
            createIfMissing(database);
        }
        return url(database);
    }

    public String username() {
        return backend.username();
    }

    public String password() {
        return backend.password();
    }

    public int port() {
        return backend.port();
    }

    /**
     * Whether {@link #stop()} and {@link #start()} work: the embedded server, not a container
     * (whose mapped port would change). Outage tests assume it.
     */
    public boolean restartable() {
        return backend.restartable();
    }

    /**
     * Takes the server away (a fast shutdown: connections are closed); its port and data stay for
     * {@link #start()}. It is the server of this whole test JVM: start it again in a finally.
     */
    public synchronized void stop() {
        backend.stop();
        LOG.info("PostgreSQL stopped");
    }

    /** Brings a stopped server back on the same port with the same data; pools reconnect. */
    public synchronized void start() {
        if (!backend.isRunning()) {
            backend.start();
            LOG.infof("PostgreSQL back on port %d", backend.port());
        }
    }

    public boolean isRunning() {
        return backend.isRunning();
    }

    private String url(String database) {
        return "jdbc:postgresql://" + backend.host() + ":" + backend.port() + "/" + database;
    }

    private void createIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(url("postgres"), username(), password());
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }
}
