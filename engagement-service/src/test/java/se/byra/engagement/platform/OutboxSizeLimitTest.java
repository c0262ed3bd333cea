package se.byra.engagement.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.messaging.outbox.EventTooLargeException;
import se.byra.platform.messaging.outbox.Outbox;

/** An event the broker would refuse for its size is refused when it is written, and the change rolls back with it. */
@QuarkusTest
class OutboxSizeLimitTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Test
    void anEventLargerThanTheBrokerTakesIsRefusedInTheTransactionThatWritesIt() throws SQLException {
        UUID engagementId = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish(
                EngagementSigned.TYPE, UUID.randomUUID(), engagementId, signed(engagementId, "x".repeat(1_100_000)))))
                .isInstanceOf(EventTooLargeException.class)
                .hasMessageContaining("max-event-bytes");

        assertThat(rowsFor(engagementId)).isZero();
    }

    @Test
    void anEventJustWithinTheLimitIsWritten() throws SQLException {
        UUID engagementId = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EngagementSigned.TYPE, UUID.randomUUID(),
                engagementId, signed(engagementId, "x".repeat(990_000))));

        assertThat(rowsFor(engagementId)).isEqualTo(1);
    }

    private static EngagementSigned signed(UUID engagementId, String title) {
        return new EngagementSigned(engagementId, UUID.randomUUID(), 1, UUID.randomUUID(), "Bageriet i Vårby AB",
                "556703-7485", title, null, List.of(), LocalDate.of(2027, 1, 1), null, Instant.now());
    }

    private long rowsFor(UUID engagementId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from outbox_event where message_key = ?")) {
            select.setString(1, engagementId.toString());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
