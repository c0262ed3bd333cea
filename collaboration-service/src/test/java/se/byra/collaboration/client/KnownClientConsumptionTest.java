package se.byra.collaboration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.byra.collaboration.support.Agency.account;

import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.collaboration.support.Agency;
import se.byra.collaboration.support.EngagementEvents;
import se.byra.platform.testkit.KafkaRecords;

/** The client register as this service learns it from engagement.events: what an account is made from. */
@QuarkusTest
class KnownClientConsumptionTest {

    private static final String DEAD_LETTERS = "engagement.events.collaboration-service.dlq";

    private final Agency agency = new Agency();

    @Test
    void anUpdatedMainContactIsWhatTheAccountIsThenMadeFrom() {
        UUID clientId = agency.registerClient("Sara Bagare", null);
        agency.asStaff().post(account(clientId)).then().statusCode(422);
        String email = Agency.uniqueEmail("sara");

        Agency.events().updated(agency.id, EngagementEvents.updated(clientId, "Bageriet i Fittja AB", "Sara Bagare",
                email, Instant.now()));

        await().atMost(Agency.WITHIN).untilAsserted(() -> agency.asStaff().post(account(clientId))
                .then().statusCode(201).body("clientName", equalTo("Bageriet i Fittja AB")));
        agency.asStaff().get(account(clientId) + "/users").then().body("items[0].email", equalTo(email));
    }

    @Test
    void anOlderUpdateArrivingLateChangesNothing() {
        UUID clientId = agency.registerClient();
        Instant now = Instant.now();
        Agency.events().updated(agency.id, EngagementEvents.updated(clientId, "Nyare Namn AB", "Sara Bagare",
                Agency.uniqueEmail("sara"), now.plusSeconds(2)));
        Agency.events().updated(agency.id, EngagementEvents.updated(clientId, "Äldre Namn AB", "Sara Bagare",
                Agency.uniqueEmail("sara"), now.plusSeconds(1)));
        UUID marker = agency.registerClient();

        agency.openAccount(marker);
        agency.asStaff().post(account(clientId)).then().statusCode(201).body("clientName", equalTo("Nyare Namn AB"));
    }

    @Test
    void aClientMovingToAnotherAgencyIsDeadLetteredAndStaysWhereItWas() {
        UUID clientId = agency.registerClient();

        Agency.events().updated(UUID.randomUUID(), EngagementEvents.updated(clientId, "Kapad AB", "Sara Bagare",
                Agency.uniqueEmail("sara"), Instant.now()));

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, clientId.toString(), Agency.WITHIN);
        assertThat(KafkaRecords.header(dead, "dead-letter-reason")).contains("belongs to another agency");
        agency.asStaff().post(account(clientId)).then().statusCode(201).body("clientName",
                equalTo("Bageriet i Vårby AB"));
    }

    @Test
    void aValueLongerThanTheContractAllowsIsDeadLetteredInsteadOfHoldingThePartition() {
        UUID clientId = agency.registerClient();

        Agency.events().updated(agency.id, EngagementEvents.updated(clientId, "B".repeat(201), "Sara Bagare",
                Agency.uniqueEmail("sara"), Instant.now()));

        ConsumerRecord<String, byte[]> dead = KafkaRecords.awaitRecord(DEAD_LETTERS, clientId.toString(), Agency.WITHIN);
        assertThat(KafkaRecords.header(dead, "dead-letter-reason")).contains("name is longer than the contract's 200");
        agency.registerClient(); // returns once handled: the partition went on
        agency.asStaff().post(account(clientId)).then().statusCode(201).body("clientName",
                equalTo("Bageriet i Vårby AB"));
    }
}
