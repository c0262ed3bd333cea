package se.byra.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.byra.engagement.support.Agency;
import se.byra.engagement.support.OwnDatabase;
import se.byra.engagement.support.StaffRecords;
import se.byra.platform.events.engagement.AgencyUpdated;
import se.byra.platform.events.engagement.ClientResponsibilityChanged;
import se.byra.platform.events.engagement.ClientUpdated;
import se.byra.platform.events.engagement.StaffMemberUpdated;

/**
 * What existed before the client events (listed by V8) reaches the other services once: a snapshot of each client
 * with its responsibility set, and each linked staff member with their login, published through the outbox; and
 * so does each agency profile saved before AgencyUpdated (listed by V10).
 */
@QuarkusTest
class EventBackfillTest {

    @Inject
    EventBackfill backfill;

    @Inject
    StaffRecords records;

    @Inject
    EntityManager em;

    private final Agency agency = new Agency();

    @Test
    void eachListedClientAndStaffMemberIsPublishedOnceAndTheListEmpties() throws Exception {
        UUID manager = agency.inviteStaff("Maja Kundansvarig", "maja@byran.se");
        records.linkSubject(manager, "subject-" + manager);
        UUID client = agency.registerClient("Bageriet i Vårby AB", manager);
        long updatesBefore = records.outboxEvents(manager, StaffMemberUpdated.TYPE.type());
        list("CLIENT", client);
        list("STAFF", manager);

        assertThat(backfill.publishAll()).isEqualTo(2);
        assertThat(backfill.publishAll()).as("a second run finds nothing listed").isZero();

        assertThat(records.outboxPayloads(client, ClientUpdated.TYPE)).singleElement()
                .satisfies(updated -> assertThat(updated.clientManagerId()).isEqualTo(manager));
        assertThat(records.outboxPayloads(client, ClientResponsibilityChanged.TYPE)).hasSize(2)
                .last().satisfies(set -> assertThat(set.staffIds()).containsExactly(manager));
        assertThat(records.outboxEvents(manager, StaffMemberUpdated.TYPE.type())).isEqualTo(updatesBefore + 1);
        assertThat(records.outboxPayloads(manager, StaffMemberUpdated.TYPE)).last()
                .satisfies(member -> assertThat(member.subject()).isEqualTo("subject-" + manager));
    }

    @Test
    void eachListedAgencyProfileIsPublishedOnceAsItIsNow() throws Exception {
        agency.asAdmin().body(Agency.profileBody("Byrån i Vårby AB", "556703-7485", 0)).put("/agency")
                .then().statusCode(200);
        AgencyUpdated saved = records.outboxPayloads(agency.id, AgencyUpdated.TYPE).get(0);
        list("AGENCY", agency.id);

        assertThat(backfill.publishAll()).isEqualTo(1);
        assertThat(backfill.publishAll()).as("a second run finds nothing listed").isZero();

        assertThat(records.outboxPayloads(agency.id, AgencyUpdated.TYPE)).containsExactly(saved, saved);
    }

    @Test
    void v10ListsEveryAgencyProfileSavedBeforeIt() throws SQLException {
        OwnDatabase database = new OwnDatabase("engagement_v10_migration").migrateTo("9");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID id : List.of(first, second)) {
            database.execute("insert into agency_profile (agency_id, name, organisation_number, created_at, updated_at)"
                    + " values ('" + id + "', 'Byrån AB', '556703-7485', now(), now())");
        }

        database.migrate();

        assertThat(backfillList(database)).containsExactlyInAnyOrder(tuple("AGENCY", first), tuple("AGENCY", second));
    }

    private static List<Tuple> backfillList(OwnDatabase database) throws SQLException {
        List<Tuple> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select aggregate, id from event_backfill")) {
            while (result.next()) {
                rows.add(tuple(result.getString(1), result.getObject(2, UUID.class)));
            }
        }
        return rows;
    }

    private void list(String aggregate, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("insert into event_backfill (aggregate, id) values (?1, ?2)")
                .setParameter(1, aggregate).setParameter(2, id).executeUpdate());
    }
}
