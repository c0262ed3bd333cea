package se.byra.engagement.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.byra.engagement.support.Agency.contact;
import static se.byra.platform.testkit.KafkaRecords.header;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.Published;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.engagement.ClientRegistered;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.testkit.Race;

/**
 * The client register's events on engagement.events, keyed by the client id: the whole client when it is
 * registered or updated, and the staff responsible for it when that set changes.
 */
@QuarkusTest
class ClientEventsTest {

    @Inject
    DataSource dataSource;

    @Inject
    StaffRecords records;

    private final Agency agency = new Agency();

    private List<ClientResponsibilityChanged> responsibility(UUID clientId) throws Exception {
        return records.outboxPayloads(clientId, ClientResponsibilityChanged.TYPE);
    }

    /** The ids as the event lists them: in PostgreSQL's uuid order, which is their text's order. */
    private static List<UUID> inIdOrder(UUID... ids) {
        return Stream.of(ids).distinct().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    /** PUT /clients/{id} from version {@code version}: the registered client with another manager. */
    private void updateManager(UUID clientId, long version, UUID managerId) {
        String anna = agency.asStaff().get("/clients/" + clientId).then().extract().path("contacts[0].id");
        Map<String, Object> body = new HashMap<>(Agency.updateBody("Bageriet i Vårby AB", "556703-7485", version,
                List.of(contact(UUID.fromString(anna), "Anna Andersson", true))));
        body.put("clientManagerId", managerId);
        agency.asStaff().body(body).put("/clients/" + clientId).then().statusCode(200);
    }

    @Test
    void registeringAClientPublishesClientRegisteredAndAnEmptyResponsibility() throws Exception {
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");

        ConsumerRecord<String, byte[]> registered = Published.awaitRecord(clientId, ClientRegistered.TYPE);
        assertThat(header(registered, "ce_agencyid")).isEqualTo(agency.id.toString());
        assertThat(header(registered, "ce_dataschema"))
                .isEqualTo("tag:byra.se,2026:event-schema:se.byra.engagement.ClientRegistered:v1");
        ClientRegistered client = Published.payload(registered, ClientRegistered.TYPE);
        assertThat(client).usingRecursiveComparison().ignoringFields("registeredAt").isEqualTo(new ClientRegistered(
                clientId, "Bageriet i Vårby AB", "556703-7485", "Storgatan 1", "11122", "Stockholm", "SE",
                "Anna Andersson", "anna@example.se", null, null, true, Instant.EPOCH));
        assertThat(client.registeredAt()).isAfter(Instant.EPOCH);

        ConsumerRecord<String, byte[]> responsibility = Published.awaitRecord(clientId,
                ClientResponsibilityChanged.TYPE);
        // the agency of a client nobody is responsible for yet: consumers learn it from this event
        assertThat(header(responsibility, "ce_agencyid")).isEqualTo(agency.id.toString());
        ClientResponsibilityChanged set = Published.payload(responsibility, ClientResponsibilityChanged.TYPE);
        assertThat(set.clientId()).isEqualTo(clientId);
        assertThat(set.staffIds()).isEmpty();
        assertThat(responsibility.offset()).isGreaterThan(registered.offset());
    }

    @Test
    void aClientRegisteredWithAManagerHasTheManagerAsItsResponsibility() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");

        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);

        assertThat(records.outboxPayloads(clientId, ClientRegistered.TYPE))
                .singleElement().satisfies(event -> assertThat(event.clientManagerId()).isEqualTo(karin));
        assertThat(responsibility(clientId)).singleElement()
                .satisfies(event -> assertThat(event.staffIds()).containsExactly(karin));
    }

    @Test
    void updatingAClientPublishesClientUpdatedWithTheWholeClientAfterTheChange() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");
        String anna = agency.asStaff().get("/clients/" + clientId).then().extract().path("contacts[0].id");
        Map<String, Object> annaMoved = contact(UUID.fromString(anna), "Anna Andersson", false);
        Map<String, Object> bo = contact(null, "Bo Berg", true);
        bo.put("phone", "08-123 45 67");
        Map<String, Object> body = new HashMap<>(Agency.updateBody("Vårby Bageri AB", "556703-7485", 0,
                List.of(annaMoved, bo)));
        body.put("clientManagerId", karin);
        body.put("address", Map.of("street", "Vårbyvägen 2", "postalCode", "143 30", "city", "Vårby"));
        agency.asStaff().body(body).put("/clients/" + clientId).then().statusCode(200);

        ClientUpdated event = Published.payload(Published.awaitRecord(clientId, ClientUpdated.TYPE),
                ClientUpdated.TYPE);
        assertThat(event).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(new ClientUpdated(
                clientId, "Vårby Bageri AB", "556703-7485", "Vårbyvägen 2", "14330", "Vårby", "SE", "Bo Berg",
                "kontakt@example.se", "08-123 45 67", karin, true, Instant.EPOCH));
        assertThat(event.updatedAt()).isAfterOrEqualTo(
                records.outboxPayloads(clientId, ClientRegistered.TYPE).get(0).registeredAt());
    }

    @Test
    void changingTheManagerPublishesTheNewResponsibility() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);

        updateManager(clientId, 0, bo);
        updateManager(clientId, 1, null);

        assertThat(responsibility(clientId)).extracting(ClientResponsibilityChanged::staffIds)
                .containsExactly(List.of(karin), List.of(bo), List.of());
        assertThat(records.outboxPayloads(clientId, ClientUpdated.TYPE)).hasSize(2);
    }

    @Test
    void creatingAnEngagementWithNewPeoplePublishesTheWholeResponsibleSet() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        UUID cecilia = agency.inviteStaff("Cecilia Ceder", "cecilia@byran.se");
        UUID dan = agency.inviteStaff("Dan Dahl", "dan@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);

        agency.createEngagement(clientId, bo, List.of(karin, cecilia));
        agency.createEngagement(clientId, null, List.of(dan));

        assertThat(responsibility(clientId)).extracting(ClientResponsibilityChanged::staffIds).containsExactly(
                List.of(karin), inIdOrder(karin, bo, cecilia), inIdOrder(karin, bo, cecilia, dan));
    }

    @Test
    void unchangedResponsibilityPublishesNothing() throws Exception {
        UUID karin = agency.inviteStaff("Karin Revisor", "karin@byran.se");
        UUID bo = agency.inviteStaff("Bo Berg", "bo@byran.se");
        UUID clientId = agency.registerClient("Bageriet i Vårby AB", karin);
        agency.createEngagement(clientId, bo, List.of());

        // people already responsible, on another engagement; then nobody at all
        agency.createEngagement(clientId, karin, List.of(bo));
        agency.createEngagement(clientId);
        // the same manager again; then the manager becomes someone who owns an engagement already
        updateManager(clientId, 0, karin);
        updateManager(clientId, 1, bo);

        assertThat(responsibility(clientId)).extracting(ClientResponsibilityChanged::staffIds)
                .containsExactly(List.of(karin), inIdOrder(karin, bo));
    }

    @Test
    void aRefusedChangePublishesNothing() throws Exception {
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");

        agency.asStaff().body(Agency.engagementBody(clientId, UUID.randomUUID(), List.of())).post("/engagements")
                .then().statusCode(400);
        Map<String, Object> body = new HashMap<>(Agency.updateBody("Bageriet i Vårby AB", "556703-7485", 0,
                List.of(contact(null, "Anna Andersson", true))));
        body.put("clientManagerId", UUID.randomUUID());
        agency.asStaff().body(body).put("/clients/" + clientId).then().statusCode(400);

        assertThat(records.outboxPayloads(clientId, ClientUpdated.TYPE)).isEmpty();
        assertThat(responsibility(clientId)).hasSize(1);
    }

    @Test
    void concurrentEngagementsOnOneClientPublishASetWithAllTheirPeople() throws Exception {
        List<UUID> people = Stream.of("a", "b", "c", "d", "e", "f")
                .map(name -> agency.inviteStaff("Person " + name, name + "@byran.se")).toList();
        UUID clientId = agency.registerClient("Bageriet i Vårby AB");
        AtomicInteger next = new AtomicInteger();

        List<Integer> statuses;
        try (Connection connection = dataSource.getConnection()) {
            // Hold the people's rows, so that each creation waits when it writes its owner and they all go on
            // together: without the client's lock, each would then read a set holding only its own owner.
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select id from staff_member where agency_id = ? for update")) {
                lock.setObject(1, agency.id);
                lock.executeQuery().close();
            }
            CompletableFuture<List<Integer>> race = CompletableFuture.supplyAsync(() -> Race.of(people.size(),
                    () -> agency.asStaff()
                            .body(Agency.engagementBody(clientId, people.get(next.getAndIncrement()), List.of()))
                            .post("/engagements").statusCode()));
            await().atMost(Published.WITHIN).until(() -> waitingForALock() == people.size());
            connection.commit();
            statuses = race.get(60, TimeUnit.SECONDS);
        }

        assertThat(statuses).containsOnly(201);
        List<ClientResponsibilityChanged> sets = responsibility(clientId);
        assertThat(sets).hasSize(people.size() + 1);
        assertThat(sets.get(sets.size() - 1).staffIds()).isEqualTo(inIdOrder(people.toArray(UUID[]::new)));
    }

    private long waitingForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and wait_event_type = 'Lock'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
