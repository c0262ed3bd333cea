package se.byra.platform.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The service's own database on the JVM's PostgreSQL. Init arg {@code database} (required). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null) {
            throw new IllegalArgumentException("PostgresTestResource needs the init arg 'database'");
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = PostgresServer.get();
        return TestResources.with(Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password()));
    }

    @Override
    public void stop() {
        // the server outlives each application start; the JVM's shutdown hook stops it
    }
}
