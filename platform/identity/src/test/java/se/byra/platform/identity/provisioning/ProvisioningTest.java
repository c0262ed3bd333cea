package se.byra.platform.identity.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.identity.KeycloakDirectory;
import se.byra.platform.identity.People;
import se.byra.platform.identity.Person;
import se.byra.platform.testkit.KeycloakServer;

@QuarkusTest
class ProvisioningTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Provisioning provisioning;

    @Inject
    ProvisioningWorker worker;

    @Inject
    KeycloakDirectory directory;

    @Inject
    Outcomes outcomes;

    @Inject
    DataSource dataSource;

    @Test
    void aRequestIsCarriedOutAfterCommitAndItsOutcomeHandedBackWithTheUsersId() {
        String owner = owner();
        Person person = People.staffMember("Maja Ström");

        QuarkusTransaction.requiringNew().run(() -> provisioning.ensure(owner, person));

        await().atMost(WAIT).until(() -> outcomes.of(owner).stream().anyMatch(ProvisioningOutcome::done));
        ProvisioningOutcome done = outcomes.of(owner).get(0);
        assertThat(done.action()).isEqualTo("ENSURE");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(directory.isEnabled(done.subject())).isTrue();
        People.awaitMailTo(person.email());
    }

    @Test
    void aRequestWhoseTransactionRolledBackIsNeverCarriedOut() throws Exception {
        String owner = owner();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            provisioning.ensure(owner, People.staffMember("Ingen Alls"));
            throw new IllegalStateException("the change that asked for it failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(requests(owner)).isZero();
    }

    @Test
    void anOwnersRequestsAreCarriedOutInTheOrderTheyWereMade() {
        String owner = owner();
        Person person = People.staffMember("Per Ahl");

        QuarkusTransaction.requiringNew().run(() -> {
            provisioning.ensure(owner, person);
            provisioning.disable(owner);
        });

        await().atMost(WAIT).until(() -> outcomes.of(owner).stream().filter(ProvisioningOutcome::done).count() == 2);
        assertThat(outcomes.of(owner)).extracting(ProvisioningOutcome::action).containsExactly("ENSURE", "DISABLE");
        String subject = outcomes.of(owner).get(0).subject();
        assertThat(outcomes.of(owner).get(1).subject()).isEqualTo(subject);
        assertThat(directory.isEnabled(subject)).isFalse();
    }

    @Test
    void aRequestKeycloakRefusesFailsWithItsReasonAndIsTriedAgainOnlyWhenAskedTo() {
        String owner = owner();
        Person invalid = new Person("inte en adress", "Fel Adress", "sv", Set.of("agency-staff"), Map.of());

        QuarkusTransaction.requiringNew().run(() -> provisioning.ensure(owner, invalid));

        await().atMost(WAIT).until(() -> outcomes.of(owner).stream().anyMatch(ProvisioningOutcome::failed));
        assertThat(outcomes.of(owner).get(0).reason()).contains("Keycloak refused");
        int retried = QuarkusTransaction.requiringNew().call(() -> provisioning.retry(owner));
        assertThat(retried).isEqualTo(1);
        await().atMost(WAIT).until(() -> outcomes.of(owner).stream().filter(ProvisioningOutcome::failed).count() == 2);
    }

    @Test
    void whileKeycloakIsAwayTheRequestWaitsWithTheReasonAndIsCarriedOutWhenItIsBack() {
        String owner = owner();
        KeycloakServer keycloak = KeycloakServer.get();
        keycloak.stop();
        try {
            QuarkusTransaction.requiringNew().run(() -> provisioning.ensure(owner, People.staffMember("Åsa Öberg")));

            await().atMost(WAIT).until(() -> outcomes.of(owner).size() >= 2);
            assertThat(outcomes.of(owner)).allSatisfy(outcome -> {
                assertThat(outcome.state()).isEqualTo("PENDING");
                assertThat(outcome.reason()).contains("Keycloak");
            });
        } finally {
            keycloak.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> outcomes.of(owner).stream().anyMatch(ProvisioningOutcome::done));
    }

    @Test
    void thePauseAfterEachFailureDoublesUpToTheMaximum() {
        assertThat(worker.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(worker.backoff(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(worker.backoff(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(worker.backoff(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(worker.backoff(40)).isEqualTo(Duration.ofSeconds(1));
    }

    private static String owner() {
        return "staff:" + UUID.randomUUID();
    }

    private long requests(String owner) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from identity_provisioning where owner = ?")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
