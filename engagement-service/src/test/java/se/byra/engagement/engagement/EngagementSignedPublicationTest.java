package se.byra.engagement.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.platform.events.AbsoluteUri;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.Topics;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.testkit.KafkaBroker;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.ManagementInterface;
import se.byra.platform.testkit.Race;

@QuarkusTest
class EngagementSignedPublicationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    private final Agency agency = new Agency();

    @Test
    void signingPublishesEngagementSignedWithItsCloudEventsEnvelope() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        UUID engagementId = agency.createEngagement(agency.registerClient("Bageriet i Vårby AB"), karin, List.of(bo));
        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(200);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                engagementId.toString(), PUBLISHED_WITHIN);

        assertThat(record.key()).isEqualTo(engagementId.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(UUID.fromString(header(record, "ce_id"))).isEqualTo(outboxEventId(engagementId));
        assertThat(header(record, "ce_type")).isEqualTo("se.byra.engagement.EngagementSigned");
        assertThat(header(record, "ce_source")).isEqualTo("tag:byra.se,2026:service:engagement-service");
        assertThat(header(record, "ce_subject")).isEqualTo(engagementId.toString());
        assertThat(header(record, "ce_dataschema"))
                .isEqualTo("tag:byra.se,2026:event-schema:se.byra.engagement.EngagementSigned:v1");
        // consumers' CloudEvents SDKs and schema tools parse both as absolute URIs
        assertThat(AbsoluteUri.violation(header(record, "ce_source"))).isEmpty();
        assertThat(AbsoluteUri.violation(header(record, "ce_dataschema"))).isEmpty();
        assertThat(header(record, "ce_agencyid")).isEqualTo(agency.id.toString());
        assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
        assertThat(header(record, "content-type")).isEqualTo("application/json");

        EngagementSigned event = EventJson.mapper().readValue(record.value(), EngagementSigned.class);
        assertThat(event.engagementId()).isEqualTo(engagementId);
        assertThat(event.clientName()).isEqualTo("Bageriet i Vårby AB");
        assertThat(event.organisationNumber()).isEqualTo("556703-7485");
        assertThat(event.letterVersion()).isEqualTo(1);
        assertThat(event.periodStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(event.ownerId()).isEqualTo(karin);
        assertThat(event.participantIds()).containsExactly(bo);

        await().atMost(PUBLISHED_WITHIN).until(() -> publishedAt(engagementId) != null);
    }

    @Test
    void theEventContinuesTheTraceOfTheRequestThatSignedTheLetter() {
        UUID engagementId = agency.draftEngagement();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        agency.asStaff().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .post("/engagements/" + engagementId + "/letter/signature").then().statusCode(200);

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                engagementId.toString(), PUBLISHED_WITHIN);
        assertThat(header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
    }

    @Test
    void anEventWrittenWhileTheBrokerIsDownIsPublishedAfterItReturns() throws Exception {
        UUID engagementId = agency.draftEngagement();
        KafkaBroker broker = KafkaBroker.get();
        broker.stop();
        try {
            agency.asStaff().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(200);

            // the relay tried, the broker did not answer, the row waits
            await().atMost(Duration.ofSeconds(60)).until(() -> attempts(engagementId) >= 1);
            assertThat(publishedAt(engagementId)).isNull();
            // still ready and alive: writes go on into the outbox; the broker's own group says it is away
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ManagementInterface.request()
                    .get("/q/health/group/broker").then().statusCode(503)
                    .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN")));
            ManagementInterface.request().get("/q/metrics").then().body(containsString("kafka_broker_up 0.0"));
            ManagementInterface.request().get("/q/health/ready").then().statusCode(200);
            ManagementInterface.request().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.start();
        }

        ConsumerRecord<String, byte[]> record = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                engagementId.toString(), Duration.ofSeconds(60));
        assertThat(header(record, "ce_type")).isEqualTo("se.byra.engagement.EngagementSigned");
        await().atMost(PUBLISHED_WITHIN).until(() -> publishedAt(engagementId) != null);
    }

    @Test
    void aRefusedSigningWritesNoSecondEvent() throws SQLException {
        UUID engagementId = agency.draftEngagement();
        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(200);
        agency.asStaff().post("/engagements/" + engagementId + "/letter/signature").then().statusCode(409);

        assertThat(count("select count(*) from outbox_event where subject = ?", engagementId)).isEqualTo(1);
    }

    @Test
    void concurrentSignaturesOfOneLetterSignItOnceAndPublishOneEvent() throws SQLException {
        UUID engagementId = agency.draftEngagement();

        List<Integer> statuses = Race.of(8, () -> agency.asStaff()
                .post("/engagements/" + engagementId + "/letter/signature").statusCode());

        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(count("select count(*) from outbox_event where subject = ?", engagementId)).isEqualTo(1);
        agency.asStaff().get("/engagements/" + engagementId).then().statusCode(200)
                .body("letter.status", equalTo("SIGNED"));
        KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, engagementId.toString(), PUBLISHED_WITHIN);
    }

    @Test
    void aDraftWritesNoEvent() throws SQLException {
        UUID engagementId = agency.draftEngagement();

        assertThat(count("select count(*) from outbox_event where subject = ?", engagementId)).isZero();
    }

    private UUID outboxEventId(UUID engagementId) throws SQLException {
        return query("select id from outbox_event where subject = ?", engagementId, rs -> rs.getObject(1, UUID.class));
    }

    private OffsetDateTime publishedAt(UUID engagementId) throws SQLException {
        return query("select published_at from outbox_event where subject = ?", engagementId,
                rs -> rs.getObject(1, OffsetDateTime.class));
    }

    private int attempts(UUID engagementId) throws SQLException {
        return query("select attempts from outbox_event where subject = ?", engagementId, rs -> rs.getInt(1));
    }

    private long count(String sql, UUID engagementId) throws SQLException {
        return query(sql, engagementId, rs -> rs.getLong(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, UUID subject, Column<T> column) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, subject.toString());
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", subject).isTrue();
                return column.read(rs);
            }
        }
    }
}
