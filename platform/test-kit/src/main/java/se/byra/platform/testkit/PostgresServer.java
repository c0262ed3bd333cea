package se.byra.platform.testkit;

import java.nio.file.Path;
import java.sql.Connection;
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

        /** Stops for good; removes what it wrote unless it was launched to keep it. */
        void close();

        /** The server's log file, where there is one. */
        default Path log() {
            return null;
        }
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

    /**
     * A server that keeps its data in {@code directory} across restarts (the local stack): durable,
     * password-protected (the superuser's password is generated once and kept beside the data), on
     * {@code port}. Not shared: the caller {@link #close()}s it.
     */
    public static PostgresServer launch(Path directory, int port) {
        long started = System.nanoTime();
        EmbeddedPostgres backend = new EmbeddedPostgres(directory, port, true);
        LOG.infof("PostgreSQL 17 started on 127.0.0.1:%d with its data in %s in %d ms", port, directory,
                (System.nanoTime() - started) / 1_000_000);
        return new PostgresServer(backend);
    }

    /**
     * Creates, if missing, the login role {@code owner} with {@code password} and its own database
     * {@code database}: each service owns its database and sees no other.
     */
    public synchronized void createDatabase(String database, String owner, String password) {
        requireIdentifier(database);
        requireIdentifier(owner);
        try (Connection connection = connect(url("postgres"), username(), password());
                Statement statement = connection.createStatement()) {
            boolean roleExists;
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                exists.setString(1, owner);
                try (ResultSet rs = exists.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            statement.execute((roleExists ? "alter" : "create") + " role \"" + owner + "\" login password " + quotedPassword);
            createIfMissing(database);
            statement.execute("alter database \"" + database + "\" owner to \"" + owner + "\"");
            statement.execute("revoke all on database \"" + database + "\" from public");
            databases.add(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " for " + owner, e);
        }
    }

    /** The server's log file (null for a container). */
    public Path log() {
        return backend.log();
    }

    /** Stops the server for good; a launched server keeps its data for the next launch. */
    public synchronized void close() {
        backend.close();
    }

    /** The JDBC URL of {@code database}, created on first use. */
    public synchronized String jdbcUrl(String database) {
        requireIdentifier(database);
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

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database and role names are lower-case identifiers: " + name);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://" + backend.host() + ":" + backend.port() + "/" + database;
    }

    /**
     * A connection through the driver itself, not DriverManager, which only hands out drivers its
     * caller's class loader sees (not so under exec:java, where the benchmarks run).
     */
    static Connection connect(String url, String user, String password) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return new org.postgresql.Driver().connect(url, properties);
    }

    private void createIfMissing(String database) {
        try (Connection connection = connect(url("postgres"), username(), password());
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
