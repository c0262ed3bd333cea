package se.byra.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import se.byra.notification.support.Events;
import se.byra.notification.support.Mailbox;
import se.byra.notification.support.Store;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.Topics;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.messaging.inbox.EventDispatcher;
import se.byra.platform.messaging.inbox.EventDispatcher.Outcome;
import se.byra.platform.testkit.KafkaRecords;
import se.byra.platform.testkit.Race;

/** An event notifies once, whatever redelivers it, and an e-mail recorded is sent once, whatever stops the mailer. */
@QuarkusTest
class ExactlyOnceTest {

    @Inject
    Events events;

    @Inject
    Store store;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    DeliveryWorker mailer;

    @Inject
    EntityManager em;

    private final UUID agency = UUID.randomUUID();

    @Test
    void aRedeliveredEventSendsNothingMore() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);
        ConsumerRecord<String, byte[]> published = KafkaRecords.awaitRecord(Topics.ENGAGEMENT_EVENTS, staff.toString(),
                Mailbox.WAIT);
        Mailbox.await(email);

        // the same record again, as after a producer's retry or a rebalance, then a later event of the same key
        KafkaRecords.send(new ProducerRecord<>(published.topic(), null, published.key(), published.value(),
                published.headers()));
        events.staffUpdated(agency, staff, "Karin Revisor", email, "sv", "after-the-duplicate");
        await().atMost(Mailbox.WAIT).until(() -> store.staffLinked(staff, "after-the-duplicate"));

        assertThat(Mailbox.to(email)).hasSize(1);
        assertThat(store.deliveries(staff)).hasSize(1);
        assertThat(store.notifications(staff)).containsExactly("staff-invited");
    }

    @Test
    void oneEventHandledByTwoReplicasAtOnceNotifiesOnce() throws Exception {
        UUID client = UUID.randomUUID();
        events.accountCreated(agency, client, "Bergs Bygg AB");
        events.membershipGranted(agency, client, UUID.randomUUID(), "ADMINISTRATOR", "Maria Berg",
                UUID.randomUUID() + "@kund.se", "sv");
        ConsumerRecord<String, byte[]> granted = KafkaRecords.awaitRecord(Topics.COLLABORATION_EVENTS,
                client.toString(), Mailbox.WAIT, r -> "se.byra.collaboration.MembershipGranted".equals(
                        KafkaRecords.header(r, "ce_type")));
        await().atMost(Mailbox.WAIT).until(() -> store.clientKnown(client));

        // a new event with the envelope of that one, handed to two replicas' dispatchers at the same moment
        UUID user = UUID.randomUUID();
        String email = user + "@kund.se";
        RecordHeaders headers = new RecordHeaders(granted.headers().toArray());
        headers.remove("ce_id");
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        byte[] payload = EventJson.mapper().writeValueAsBytes(new MembershipGranted(client, user, "USER",
                "Olof Berg", email, "sv", Instant.now()));
        ConsumerRecord<String, byte[]> fresh = new ConsumerRecord<>(granted.topic(), granted.partition(),
                granted.offset(), granted.timestamp(), granted.timestampType(), -1, payload.length, granted.key(),
                payload, headers, Optional.empty());

        List<Outcome> outcomes = Race.of(2, () -> dispatcher.dispatch(fresh));

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.HANDLED, Outcome.DUPLICATE);
        Mailbox.await(email);
        assertThat(store.deliveries(user)).hasSize(1);
        assertThat(store.notifications(user)).containsExactly("company-invitation");
    }

    @Test
    void anEmailRecordedBeforeTheMailerStoppedIsSentOnceAfterItStartsAgain() {
        UUID staff = UUID.randomUUID();
        String email = staff + "@byran.se";
        mailer.stop(null);
        try {
            events.staffInvited(agency, staff, "Karin Revisor", email, "sv", null);
            await().atMost(Mailbox.WAIT).until(() -> store.deliveries(staff).size() == 1);
            assertThat(store.deliveries(staff).get(0).status()).isEqualTo("PENDING");
            // a replica took it and died in the middle of sending: its lease holds it for a moment more
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update email_delivery set lease_until = now() + interval '1 second' where recipient_id = ?1")
                    .setParameter(1, staff).executeUpdate());
            assertThat(Mailbox.to(email)).isEmpty();
        } finally {
            mailer.start(null);
        }

        await().atMost(Mailbox.WAIT).until(() -> Mailbox.to(email).size() == 1);
        await().atMost(Mailbox.WAIT).until(() -> store.deliveries(staff).get(0).status().equals("SENT"));
        assertThat(store.deliveries(staff).get(0).attempts()).isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Mailbox.to(email).size() == 1);
    }
}
