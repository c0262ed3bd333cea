package se.byra.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servers as the local stack launches them: in a folder of its own, kept across restarts. */
class LaunchedServersTest {

    @TempDir
    Path folder;

    @Test
    void aLaunchedPostgresKeepsItsDataAcrossRestartsAndGivesEachServiceItsOwnPasswordedDatabase() throws Exception {
        int port = ServerProcesses.freePort();
        PostgresServer first = PostgresServer.launch(folder, port);
        try {
            first.createDatabase("ledger", "ledger", "s3cret-ledger");
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl("ledger"), "ledger", "s3cret-ledger");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table client (name text)");
                statement.execute("insert into client values ('Bergs Bygg AB')");
            }
        } finally {
            first.close();
        }
        assertThat(folder.resolve("data/PG_VERSION")).exists();

        PostgresServer second = PostgresServer.launch(folder, port);
        try {
            // the same role and password, created again without harm
            second.createDatabase("ledger", "ledger", "s3cret-ledger");
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl("ledger"), "ledger", "s3cret-ledger");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select name from client")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Bergs Bygg AB");
            }
            assertThat(canConnect(second.jdbcUrl("ledger"), "ledger", "wrong")).isFalse();
            assertThat(canConnect(second.jdbcUrl("ledger"), "postgres", "postgres")).isFalse();
        } finally {
            second.close();
        }
    }

    @Test
    void aLaunchedBrokerKeepsItsTopicsAcrossRestarts() throws Exception {
        int port = ServerProcesses.freePort();
        int controller = ServerProcesses.freePort();
        KafkaBroker first = KafkaBroker.launch(folder, port, controller);
        try (Admin admin = admin(first)) {
            admin.createTopics(List.of(new NewTopic("engagement.events", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } finally {
            first.stop();
        }

        KafkaBroker second = KafkaBroker.launch(folder, port, controller);
        try (Admin admin = admin(second)) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains("engagement.events");
        } finally {
            second.stop();
        }
        assertThat(Files.readString(folder.resolve("cluster.id"))).isNotBlank();
    }

    @Test
    void theMailPageListsAndShowsTheMailsSent() throws Exception {
        SmtpServer smtp = SmtpServer.launch(ServerProcesses.freePort(), ServerProcesses.freePort());
        try {
            Properties props = new Properties();
            props.put("mail.smtp.host", smtp.host());
            props.put("mail.smtp.port", String.valueOf(smtp.port()));
            MimeMessage mail = new MimeMessage(Session.getInstance(props));
            mail.setFrom(new InternetAddress("no-reply@byra.test"));
            mail.setRecipient(Message.RecipientType.TO, new InternetAddress("maria@bergsbygg.test"));
            mail.setSubject("Välkommen <till> plattformen", "UTF-8");
            mail.setText("Hej Maria!", "UTF-8");
            Transport.send(mail);

            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create(smtp.pageUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(list).contains("maria@bergsbygg.test").contains("Välkommen &lt;till&gt; plattformen")
                    .contains("href=\"/mails/1\"");
            HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(smtp.pageUrl() + "mails/1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(one.body()).contains("Hej Maria!");
            assertThat(one.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            String json = http.send(HttpRequest.newBuilder(URI.create(smtp.pageUrl() + "mails.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(json).contains("\"to\":\"maria@bergsbygg.test\"");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(smtp.pageUrl() + "mails/2")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        } finally {
            smtp.stop();
        }
    }

    private static Admin admin(KafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static boolean canConnect(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
