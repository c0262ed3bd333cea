package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private final PostgresServer server = PostgresServer.get();

    @Test
    void aRealPostgreSql17Answers() throws SQLException {
        try (Connection connection = connect("kit_version");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void eachDatabaseIsSeparate() throws SQLException {
        try (Connection first = connect("kit_first"); Statement statement = first.createStatement()) {
            statement.execute("create table only_here (id int)");
        }
        try (Connection second = connect("kit_second"); Statement statement = second.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from only_here"))
                    .hasMessageContaining("only_here");
        }
    }

    @Test
    void askingForADatabaseTwiceGivesTheSameOne() {
        assertThat(server.jdbcUrl("kit_twice")).isEqualTo(server.jdbcUrl("kit_twice"));
    }

    @Test
    void databaseNamesMustBeIdentifiers() {
        assertThatThrownBy(() -> server.jdbcUrl("x; drop database postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoppedServerComesBackOnTheSamePortWithItsData() throws SQLException {
        assumeTrue(server.restartable(), "a PostgreSQL container cannot be restarted on the same port");
        try (Connection connection = connect("kit_restart"); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (id int)");
            statement.execute("insert into kept values (7)");
        }
        int port = server.port();
        server.stop();
        try {
            assertThat(server.isRunning()).isFalse();
            assertThatThrownBy(() -> connect("kit_restart")).isInstanceOf(SQLException.class);
        } finally {
            server.start();
        }
        assertThat(server.port()).isEqualTo(port);
        try (Connection connection = connect("kit_restart"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }
}
