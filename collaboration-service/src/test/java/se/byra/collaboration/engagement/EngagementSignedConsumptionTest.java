package se.byra.collaboration.engagement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.EngagementEvents;
import se.byra.collaboration.support.Records;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.events.Topics;
import se.byra.platform.events.engagement.EngagementSigned;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.TestTokens;

@QuarkusTest
class EngagementSignedConsumptionTest {

    private static final String DEAD_LETTERS = "engagement.events.collaboration-service.dlq";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    EngagementEvents events;

    @Inject
    MeterRegistry registry;

    @Inject
    Records records;

    private final UUID agencyId = UUID.randomUUID();
    private final String staffToken = TestTokens.staff(agencyId).token();

    @Test
    void aSignedEngagementEntersTheReadModel() {
        EngagementSigned signed = EngagementEvents.signed(UUID.randomUUID(), 1, "Löpande bokföring");

        events.publish(agencyId, signed);

        awaitKnown(signed.engagementId());
        given().auth().oauth2(staffToken).get("/engagements/" + signed.engagementId())
                .then().statusCode(200)
                .body("clientId", equalTo(signed.clientId().toString()))
                .body("clientName", equalTo("Bageriet i Vårby AB"))
                .body("title", equalTo("Löpande bokföring"))
                .body("periodStart", equalTo("2027-01-01"))
                .body("letterVersion", equalTo(1));
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        EngagementSigned signed = EngagementEvents.signed(UUID.randomUUID(), 1, "Löpande bokföring");
        events.publish(agencyId, signed);
        awaitKnown(signed.engagementId());
        Instant firstApplied = updatedAt(signed.engagementId());
        ConsumerRecord<String, byte[]> delivered = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                signed.engagementId().toString(), WITHIN);

        // the broker hands the very same record over again, and once more with a changed body
        KafkaRecords.send(copyOf(delivered, delivered.value()));
        KafkaRecords.send(copyOf(delivered, EventJson.mapper().valueToTree(signed).toString()
                .replace("Löpande bokföring", "Ändrad titel").getBytes(StandardCharsets.UTF_8)));
        EngagementSigned later = EngagementEvents.signed(UUID.randomUUID(), 1, "Lön");
        events.publish(agencyId, later);
        awaitKnown(later.engagementId());

        assertThat(updatedAt(signed.engagementId())).isEqualTo(firstApplied);
        given().auth().oauth2(staffToken).get("/engagements/" + signed.engagementId())
                .then().body("title", equalTo("Löpande bokföring"));
        assertThat(inboxRows(UUID.fromString(header(delivered, "ce_id")))).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNoCloudEventIsDeadLetteredAndTheNextEventIsStillConsumed() {
        String key = UUID.randomUUID().toString();
        KafkaRecords.send(new ProducerRecord<>(Topics.ENGAGEMENT_EVENTS, key, "not an event".getBytes(StandardCharsets.UTF_8)));
        EngagementSigned next = EngagementEvents.signed(UUID.randomUUID(), 1, "Efter giftet");

        events.publish(agencyId, next);

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, key, WITHIN);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
        assertThat(header(dead, "dead-letter-reason")).contains("CloudEvents 1.0");
        awaitKnown(next.engagementId());
    }

    @Test
    void anEventWhosePayloadBreaksItsContractIsDeadLetteredWithoutRetrying() {
        EngagementSigned signed = EngagementEvents.signed(UUID.randomUUID(), 1, "Trasig");
        events.publish(agencyId, signed);
        ConsumerRecord<String, byte[]> good = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                signed.engagementId().toString(), WITHIN);
        awaitKnown(signed.engagementId());
        ProducerRecord<String, byte[]> broken = copyOf(good, "{\"engagementId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        replaceHeader(broken, "ce_id", UUID.randomUUID().toString());

        KafkaRecords.send(broken);

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, signed.engagementId().toString(),
                WITHIN);
        assertThat(header(dead, "dead-letter-reason")).contains("payload is not a valid");
        assertThat(header(dead, "ce_type")).as("the original envelope travels along")
                .isEqualTo("se.byra.engagement.EngagementSigned");
    }

    @Test
    void aHandlerFailureIsRetriedWhileItLastsThenTheEventIsAppliedAndNothingIsDeadLettered() {
        EngagementSigned refused = EngagementEvents.signed(UUID.randomUUID(), 1, "Nekad tills vidare");
        double retriesBefore = counter("inbox.handler.retries", null);
        double deadLetteredBefore = counter("inbox.events", "dead-lettered");
        // a real database error for this engagement only, until the trigger is dropped
        database("""
                create function test_refuse_engagement() returns trigger language plpgsql as $$
                begin
                    if new.engagement_id = '%s' then raise exception 'test: refused for now'; end if;
                    return new;
                end $$;
                create trigger test_refuse_engagement before insert or update on known_engagement
                    for each row execute function test_refuse_engagement();
                """.formatted(refused.engagementId()));
        try {
            events.publish(agencyId, refused);

            await().atMost(WITHIN).until(() -> counter("inbox.handler.retries", null) - retriesBefore >= 3);
            assertThat(registry.get("inbox.retrying.partitions").tag("consumer", "engagement-events").gauge().value())
                    .isEqualTo(1);
            assertThat(known(refused.engagementId())).as("every attempt rolled back").isFalse();
        } finally {
            database("drop trigger test_refuse_engagement on known_engagement; drop function test_refuse_engagement()");
        }

        awaitKnown(refused.engagementId());
        assertThat(counter("inbox.events", "dead-lettered")).isEqualTo(deadLetteredBefore);
    }

    @Test
    void anOldConsumerAppliesTheVersionItKnowsOnceAndSkipsTheNewerOneCounted() {
        EngagementSigned signed = EngagementEvents.signed(UUID.randomUUID(), 1, "Två versioner");
        double unknownBefore = counter("inbox.events", "unknown-version");
        double deadLetteredBefore = counter("inbox.events", "dead-lettered");
        events.publish(agencyId, signed);
        ConsumerRecord<String, byte[]> v1 = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS,
                signed.engagementId().toString(), WITHIN);
        awaitKnown(signed.engagementId());

        // the upgraded producer publishes v2 of the same event beside v1: another id, another shape
        ProducerRecord<String, byte[]> v2 = copyOf(v1, "{\"engagement\":{\"id\":\"%s\"},\"letter\":{\"version\":1}}"
                .formatted(signed.engagementId()).getBytes(StandardCharsets.UTF_8));
        UUID v2Id = UUID.randomUUID();
        replaceHeader(v2, "ce_id", v2Id.toString());
        replaceHeader(v2, "ce_dataschema", new EventType<>(EngagementSigned.TYPE.type(), 2, EngagementSigned.class,
                Topics.ENGAGEMENT_EVENTS).dataschema().toString());
        KafkaRecords.send(v2);

        await().atMost(WITHIN).until(() -> counter("inbox.events", "unknown-version") - unknownBefore == 1);
        assertThat(counter("inbox.events", "dead-lettered")).isEqualTo(deadLetteredBefore);
        assertThat(inboxRows(v2Id)).as("a skipped event is not recorded as handled").isZero();
        assertThat(inboxRows(UUID.fromString(header(v1, "ce_id")))).isEqualTo(1);
        given().auth().oauth2(staffToken).get("/engagements/" + signed.engagementId())
                .then().body("title", equalTo("Två versioner")).body("letterVersion", equalTo(1));
    }

    @Test
    void anOlderLetterVersionArrivingLateChangesNothing() {
        UUID engagementId = UUID.randomUUID();
        events.publish(agencyId, EngagementEvents.signed(engagementId, 2, "Tillägg"));
        awaitKnown(engagementId);

        events.publish(agencyId, EngagementEvents.signed(engagementId, 1, "Original"));
        EngagementSigned marker = EngagementEvents.signed(UUID.randomUUID(), 1, "Markör");
        events.publish(agencyId, marker);
        awaitKnown(marker.engagementId());

        given().auth().oauth2(staffToken).get("/engagements/" + engagementId)
                .then().body("letterVersion", equalTo(2)).body("title", equalTo("Tillägg"));
    }

    @Test
    void theReadModelListsAnAgencysEngagementsPerClient() {
        EngagementSigned first = EngagementEvents.signed(UUID.randomUUID(), 1, "Bokföring");
        EngagementSigned other = EngagementEvents.signed(UUID.randomUUID(), 1, "Lön");
        events.publish(agencyId, first);
        events.publish(UUID.randomUUID(), other);
        awaitKnown(first.engagementId());

        given().auth().oauth2(staffToken).queryParam("clientId", first.clientId()).get("/engagements")
                .then().statusCode(200)
                .body("items.id", contains(first.engagementId().toString()))
                .body("totalItems", equalTo(1));
    }

    private double counter(String name, String outcome) {
        var search = registry.find(name).tag("topic", Topics.ENGAGEMENT_EVENTS);
        Counter counter = (outcome == null ? search : search.tag("outcome", outcome)).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) KnownEngagement.getEntityManager()
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }

    private static void database(String sql) {
        QuarkusTransaction.requiringNew().run(() -> KnownEngagement.getEntityManager()
                .unwrap(org.hibernate.Session.class).doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                }));
    }

    private static boolean known(UUID engagementId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownEngagement.findById(engagementId) != null);
    }

    private static void replaceHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void awaitKnown(UUID engagementId) {
        await().atMost(WITHIN).until(() -> records.engagementKnown(engagementId));
    }

    private static Instant updatedAt(UUID engagementId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> KnownEngagement.<KnownEngagement>findById(engagementId).updatedAt);
    }

    private static ProducerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> record, byte[] value) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), record.key(), value);
        record.headers().forEach(h -> copy.headers().add(h.key(), h.value()));
        return copy;
    }
}
