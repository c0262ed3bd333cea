package se.byra.engagement.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.platform.events.Topics;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.ManagementInterface;

/** The operator's endpoints for parked outbox events, on the management interface. */
@QuarkusTest
class ParkedEventsTest {

    private static final String PARKED = "/q/messaging/outbox/parked";

    @Inject
    DataSource dataSource;

    @Test
    void aParkedEventIsListedAndRetriedWithTheEventsHeldBehindIt() throws SQLException {
        String key = UUID.randomUUID().toString();
        UUID parked = insert(key, "PARKED");
        UUID held = insert(key, "HELD");

        ManagementInterface.request().get(PARKED + "?size=100").then().statusCode(200)
                .body("items.id", hasItem(parked.toString()))
                .body("items.find { it.id == '" + parked + "' }.heldBehind", equalTo(1))
                .body("items.find { it.id == '" + parked + "' }.lastError", equalTo("RecordTooLargeException: test"));

        ManagementInterface.request().post(PARKED + "/" + parked + "/retry").then().statusCode(200)
                .body("action", equalTo("retried"));

        assertThat(KafkaRecords.header(KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, key, Duration.ofSeconds(30)),
                "ce_id")).as("the retried event first, then the one held behind it").isEqualTo(parked.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(status(held)));
        assertThat(status(parked)).isEqualTo("PUBLISHED");
        ManagementInterface.request().get(PARKED + "?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(parked.toString())));
        ManagementInterface.request().post(PARKED + "/" + parked + "/retry").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSkippedEventIsNeverPublished() throws SQLException {
        UUID parked = insert(UUID.randomUUID().toString(), "PARKED");

        ManagementInterface.request().post(PARKED + "/" + parked + "/skip").then().statusCode(200)
                .body("action", equalTo("skipped"));

        assertThat(status(parked)).isEqualTo("SKIPPED");
        ManagementInterface.request().post(PARKED + "/" + parked + "/skip").then().statusCode(404);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        ManagementInterface.request().post(PARKED + "/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        ManagementInterface.request().post(PARKED + "/not-an-id/skip").then().statusCode(404);
    }

    @Test
    void theListIsPagedAndRefusesBadPaging() {
        ManagementInterface.request().get(PARKED + "?page=0&size=1").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1));
        ManagementInterface.request().get(PARKED + "?size=0").then().statusCode(400)
                .contentType("application/problem+json");
        ManagementInterface.request().get(PARKED + "?page=-1").then().statusCode(400);
        ManagementInterface.request().get(PARKED + "?page=٣").then().statusCode(400);
    }

    private UUID insert(String key, String status) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (id, topic, message_key, type, dataschema, source, subject, occurred_at,
                                                  payload, status, parked_at, attempts, last_error)
                        values (?, ?, ?, 'se.byra.engagement.Tested', 'tag:byra.se,2026:event-schema:se.byra.engagement.Tested:v1',
                                'tag:byra.se,2026:service:engagement-service', ?, now(), '{}'::jsonb, ?,
                                case when ? = 'PARKED' then now() end, 1, 'RecordTooLargeException: test')""")) {
            insert.setObject(1, id);
            insert.setString(2, Topics.ENGAGEMENT_EVENTS);
            insert.setString(3, key);
            insert.setString(4, key);
            insert.setString(5, status);
            insert.setString(6, status);
            insert.executeUpdate();
        }
        return id;
    }

    private String status(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select status from outbox_event where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
