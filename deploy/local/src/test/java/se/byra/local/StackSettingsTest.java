package se.byra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The stack's settings from the environment, and what it refuses before starting anything. */
class StackSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void withoutVariablesEverythingRunsLocallyWithDataInTheRepository() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of());

        assertThat(settings.data()).isEqualTo(Path.of("/repo/deploy/local/data"));
        assertThat(settings.external()).isEqualTo(StackSettings.External.none());
        assertThat(settings.demoData()).isTrue();
        assertThat(settings.ports().service("portal-gateway").httpPort()).isEqualTo(8080);
    }

    @Test
    void variablesPointThePartsAtExternalServers() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT, Map.of(
                "PRACTICE_DATA_DIR", "/srv/practice", "PRACTICE_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "PRACTICE_SMTP_HOST", "smtp.example", "PRACTICE_SMTP_PORT", "587", "PRACTICE_DEMO_DATA", "false"));

        assertThat(settings.data()).isEqualTo(Path.of("/srv/practice"));
        assertThat(settings.external().kafkaBootstrap()).hasValue("kafka:9092");
        assertThat(settings.external().smtpHost()).hasValue("smtp.example");
        assertThat(settings.external().smtpPort()).hasValue(587);
        assertThat(settings.demoData()).isFalse();
    }

    @Test
    void anExternalRealmWithoutTheGatewaysSecretIsRefusedBeforeAnythingStarts() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT,
                Map.of("PRACTICE_OIDC_ISSUER", "https://login.example/realms/practice"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new Stack(settings, new PrintStream(out)).start())
                .isInstanceOf(StackException.class).hasMessageContaining("PRACTICE_GATEWAY_CLIENT_SECRET");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anExternalDatabaseWithoutThePasswordIsRefusedBeforeAnythingStarts() {
        StackSettings settings = StackSettings.fromEnvironment(ROOT,
                Map.of("PRACTICE_POSTGRES_URL", "jdbc:postgresql://db.example:5432"));

        assertThatThrownBy(() -> new Stack(settings, new PrintStream(new ByteArrayOutputStream())).start())
                .isInstanceOf(StackException.class).hasMessageContaining("PRACTICE_POSTGRES_PASSWORD");
    }
}
