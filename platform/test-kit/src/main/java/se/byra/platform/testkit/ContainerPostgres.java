package se.byra.platform.testkit;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a container, where a Docker engine answers. */
final class ContainerPostgres implements PostgresServer.Backend {

    private final PostgreSQLContainer container;

    @SuppressWarnings("resource")
    ContainerPostgres() {
        container = new PostgreSQLContainer("postgres:17-alpine")
                .withCommand("postgres", "-c", "fsync=off", "-c", "max_connections=300");
        container.start();
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(5432);
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void close() {
        container.stop();
    }

    /** A stopped container comes back on another mapped port, which the application's pool would not find. */
    @Override
    public boolean restartable() {
        return false;
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("PostgreSQL in a container cannot be restarted on the same port");
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("PostgreSQL in a container cannot be restarted on the same port");
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }
}
