package se.byra.engagement.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.ds.PGSimpleDataSource;

import se.byra.platform.testkit.PostgresServer;

/**
 * A database of a test's own on the test kit's PostgreSQL, migrated with the service's migrations by
 * Flyway outside Quarkus: for what the service's shared database cannot show (query plans on a large
 * register, data from before a migration).
 */
public final class OwnDatabase {

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    /** The database, emptied. */
    public OwnDatabase(String name) {
        PostgresServer postgres = PostgresServer.get();
        dataSource.setUrl(postgres.jdbcUrl(name));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        flyway().cleanDisabled(false).load().clean();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Migrates to the latest version. */
    public OwnDatabase migrate() {
        flyway().load().migrate();
        return this;
    }

    /** Migrates to {@code version} and no further. */
    public OwnDatabase migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }
}
