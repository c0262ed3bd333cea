package se.byra.collaboration.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.collaboration.support.Agency.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.Company;
import se.byra.collaboration.support.EngagementEvents;
import se.byra.collaboration.support.Records.Published;
import se.byra.platform.events.Topics;
import se.byra.platform.events.cases.ConsentGranted;
import se.byra.platform.events.cases.ConsentRequested;
import se.byra.platform.events.collaboration.ClientAccountCreated;
import se.byra.platform.events.collaboration.MembershipGranted;
import se.byra.platform.testkit.KafkaRecords;

/**
 * case-service's invitation to case management (ConsentRequested on case.events, through the outbox and the real
 * broker) opens the client's account as the agency's staff would, once: its main contact as administrator.
 */
@QuarkusTest
class ConsentRequestedConsumptionTest {

    private static final String DEAD_LETTERS = "case.events.collaboration-service.dlq";

    private final Agency agency = new Agency();
    private final UUID staffId = UUID.randomUUID();

    @Inject
    MeterRegistry registry;

    @Test
    void aClientWithoutAnAccountGetsOneWithItsMainContactAsAdministrator() {
        String email = Agency.uniqueEmail("sara");
        UUID clientId = agency.registerClient("Sara Bagare", email);

        UUID eventId = request(clientId, Instant.now());

        awaitAccount(clientId).body("clientName", equalTo("Bageriet i Vårby AB"))
                .body("createdByName", equalTo("Per Handläggare")).body("users", equalTo(1));
        agency.asStaff().get(account(clientId) + "/users").then().statusCode(200)
                .body("items[0].email", equalTo(email)).body("items[0].name", equalTo("Sara Bagare"))
                .body("items[0].role", equalTo("ADMINISTRATOR")).body("items[0].provisioningState", equalTo("PENDING"));
        assertThat(Agency.records().handled(eventId)).isTrue();
        Published<ClientAccountCreated> created = only(Agency.records().outbox(ClientAccountCreated.TYPE, clientId));
        assertThat(created.agencyId()).isEqualTo(agency.id);
        assertThat(created.payload().clientName()).isEqualTo("Bageriet i Vårby AB");
        Published<MembershipGranted> granted = only(Agency.records().outbox(MembershipGranted.TYPE, clientId));
        assertThat(granted.agencyId()).isEqualTo(agency.id);
        assertThat(granted.payload()).extracting(MembershipGranted::role, MembershipGranted::name,
                MembershipGranted::email).containsExactly("ADMINISTRATOR", "Sara Bagare", email);
        assertThat(Agency.records().provisioningRequests(granted.payload().clientUserId())).containsExactly("ENSURE");
        assertThat(Agency.records().openedBy(clientId)).as("by the staff member who asked, by their id")
                .containsExactly("staff:" + staffId, "staff:" + staffId);
    }

    @Test
    void theSameEventDeliveredTwiceAndTheInvitationResentOpenTheAccountOnce() {
        UUID clientId = agency.registerClient();
        UUID eventId = request(clientId, Instant.now());
        awaitAccount(clientId);
        ConsumerRecord<String, byte[]> delivered = KafkaRecords.awaitRecord(Topics.CASE_EVENTS, clientId.toString(),
                Agency.WITHIN);
        double duplicatesBefore = counter("inbox.events", "duplicate");

        // the broker hands the very same record over again; then staff send the invitation again
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(delivered.topic(), delivered.key(), delivered.value());
        delivered.headers().forEach(h -> again.headers().add(h));
        KafkaRecords.send(again);
        UUID resent = Agency.events().publish(ConsentRequested.TYPE, agency.id, clientId,
                consent(clientId, "Per Handläggare", Instant.now(), true));

        await().atMost(Agency.WITHIN).until(() -> Agency.records().handled(resent));
        assertThat(counter("inbox.events", "duplicate")).isEqualTo(duplicatesBefore + 1);
        assertThat(Agency.records().handled(eventId)).isTrue();
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
        assertThat(Agency.records().outbox(MembershipGranted.TYPE, clientId)).hasSize(1);
        agency.asStaff().get(account(clientId)).then().statusCode(200).body("users", equalTo(1));
    }

    @Test
    void aClientWithAnAccountGetsNothingMore() {
        Company company = agency.company();

        UUID eventId = request(company.clientId, Instant.now());

        await().atMost(Agency.WITHIN).until(() -> Agency.records().handled(eventId));
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, company.clientId)).hasSize(1);
        assertThat(Agency.records().outbox(MembershipGranted.TYPE, company.clientId)).hasSize(1);
        agency.asStaff().get(account(company.clientId)).then().statusCode(200)
                .body("createdByName", equalTo("Karin Revisor")).body("users", equalTo(1));
    }

    @Test
    void aClientNotKnownYetGetsItsAccountOnceItsRegistrationArrives() {
        UUID clientId = UUID.randomUUID();
        String email = Agency.uniqueEmail("sara");
        double retriesBefore = counter("inbox.handler.retries", null);
        double deadLetteredBefore = counter("inbox.events", "dead-lettered");

        UUID eventId = request(clientId, Instant.now());

        await().atMost(Agency.WITHIN).until(() -> counter("inbox.handler.retries", null) - retriesBefore >= 2);
        assertThat(Agency.records().handled(eventId)).as("every attempt rolled back").isFalse();
        agency.registerClient(EngagementEvents.registered(clientId, "Bageriet i Vårby AB", "Sara Bagare", email));
        awaitAccount(clientId);
        agency.asStaff().get(account(clientId) + "/users").then().body("items[0].email", equalTo(email));
        assertThat(Agency.records().handled(eventId)).isTrue();
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).hasSize(1);
        assertThat(counter("inbox.events", "dead-lettered")).isEqualTo(deadLetteredBefore);
    }

    @Test
    void aMainContactWithoutAnEmailInARegisterOlderThanTheRequestIsWaitedFor() {
        UUID clientId = agency.registerClient("Sara Bagare", null);
        double retriesBefore = counter("inbox.handler.retries", null);

        UUID eventId = request(clientId, Instant.now());

        await().atMost(Agency.WITHIN).until(() -> counter("inbox.handler.retries", null) - retriesBefore >= 2);
        String email = Agency.uniqueEmail("sara");
        Agency.events().updated(agency.id, EngagementEvents.updated(clientId, "Bageriet i Vårby AB", "Sara Bagare",
                email, Instant.now()));
        awaitAccount(clientId);
        agency.asStaff().get(account(clientId) + "/users").then().body("items[0].email", equalTo(email));
        assertThat(Agency.records().handled(eventId)).isTrue();
    }

    @Test
    void aMainContactWithoutAnEmailInARegisterAsNewAsTheRequestIsSkipped() {
        Instant requestedAt = Instant.now();
        UUID clientId = agency.registerClient(EngagementEvents.registered(UUID.randomUUID(), "Bageriet i Vårby AB",
                "Sara Bagare", null, requestedAt.plusSeconds(1)));

        assertSkipped(clientId, () -> request(clientId, requestedAt));
    }

    @Test
    void aMainContactStillWithoutAnEmailWhenTheWaitIsOverIsSkipped() {
        Instant requestedAt = Instant.now().minus(Duration.ofHours(1));
        UUID clientId = agency.registerClient(EngagementEvents.registered(UUID.randomUUID(), "Bageriet i Vårby AB",
                "Sara Bagare", null, requestedAt.minus(Duration.ofHours(1))));

        assertSkipped(clientId, () -> request(clientId, requestedAt));
    }

    @Test
    void anotherAgencysClientGetsNoAccountAndHoldsNothingUp() {
        UUID clientId = agency.registerClient();

        assertSkipped(clientId, () -> Agency.events().publish(ConsentRequested.TYPE, UUID.randomUUID(), clientId,
                consent(clientId, "Per Handläggare", Instant.now(), false)));
    }

    @Test
    void aRequestBreakingTheContractIsDeadLetteredAndThePartitionGoesOn() {
        UUID clientId = agency.registerClient();

        Agency.events().publish(ConsentRequested.TYPE, agency.id, clientId,
                consent(clientId, "P".repeat(201), Instant.now(), false));

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, clientId.toString(), Agency.WITHIN);
        assertThat(KafkaRecords.header(dead, "dead-letter-reason")).contains("requestedByName");
        request(clientId, Instant.now());
        awaitAccount(clientId);
    }

    @Test
    void theOtherCaseEventsHaveNoHandlerHereAndAreSkipped() {
        UUID clientId = agency.registerClient();
        double ignoredBefore = counter("inbox.events", "ignored");

        UUID eventId = Agency.events().publish(ConsentGranted.TYPE, agency.id, clientId, new ConsentGranted(clientId,
                "Bageriet i Vårby AB", UUID.randomUUID(), "Sara Bagare", List.of(staffId), Instant.now()));

        await().atMost(Agency.WITHIN).until(() -> counter("inbox.events", "ignored") - ignoredBefore >= 1);
        assertThat(Agency.records().handled(eventId)).as("a skipped type is not recorded").isFalse();
        request(clientId, Instant.now());
        awaitAccount(clientId);
    }

    /** The event sent is handled (its id in the inbox), neither retried for ever nor dead-lettered: no account. */
    private void assertSkipped(UUID clientId, Supplier<UUID> send) {
        double deadLetteredBefore = counter("inbox.events", "dead-lettered");
        UUID eventId = send.get();
        await().atMost(Agency.WITHIN).until(() -> Agency.records().handled(eventId));
        assertThat(Agency.records().openedBy(clientId)).isEmpty();
        assertThat(Agency.records().outbox(ClientAccountCreated.TYPE, clientId)).isEmpty();
        assertThat(counter("inbox.events", "dead-lettered")).isEqualTo(deadLetteredBefore);
    }

    /** Staff member Per Handläggare invites the client to case management, as case-service publishes it. */
    private UUID request(UUID clientId, Instant at) {
        return Agency.events().publish(ConsentRequested.TYPE, agency.id, clientId,
                consent(clientId, "Per Handläggare", at, false));
    }

    private ConsentRequested consent(UUID clientId, String requestedBy, Instant at, boolean resent) {
        return new ConsentRequested(clientId, "Bageriet i Vårby AB", "Sara Bagare", "sara@bageriet.se", staffId,
                requestedBy, resent, at);
    }

    private ValidatableResponse awaitAccount(UUID clientId) {
        await().atMost(Agency.WITHIN).until(() -> !Agency.records().openedBy(clientId).isEmpty());
        return agency.asStaff().get(account(clientId)).then().statusCode(200);
    }

    private double counter(String name, String outcome) {
        var search = registry.find(name).tag("topic", Topics.CASE_EVENTS);
        Counter counter = (outcome == null ? search : search.tag("outcome", outcome)).counter();
        return counter == null ? 0 : counter.count();
    }

    private static <T> Published<T> only(List<Published<T>> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
