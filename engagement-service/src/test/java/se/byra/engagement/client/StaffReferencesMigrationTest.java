package se.byra.engagement.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.byra.engagement.support.OwnDatabase;

/**
 * V6 turns the client manager, engagement owners and participants into references to staff members of the
 * client's agency. Rows as they were before it (V5) are written into a database of the test's own, which is
 * then migrated: a staff member's subject becomes the member's id, a staff member id of the agency stays, and
 * anything else, another agency's people included, goes.
 */
class StaffReferencesMigrationTest {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID OTHER_AGENCY = UUID.randomUUID();
    /** Active, linked to a login (a Keycloak user id, a uuid as text). */
    private static final UUID KARIN = UUID.randomUUID();
    private static final String KARIN_SUBJECT = UUID.randomUUID().toString();
    /** Active, no login yet. */
    private static final UUID BO = UUID.randomUUID();
    /** Deactivated: still the person the old value named. */
    private static final UUID CECILIA = UUID.randomUUID();
    private static final String CECILIA_SUBJECT = UUID.randomUUID().toString();
    /** Another agency's. */
    private static final UUID DAN = UUID.randomUUID();
    private static final String DAN_SUBJECT = UUID.randomUUID().toString();

    private static final Map<String, UUID> CLIENTS = new HashMap<>();
    private static final Map<String, UUID> ENGAGEMENTS = new HashMap<>();
    private static OwnDatabase database;
    private static int clients;

    @BeforeAll
    static void rowsFromBeforeV6MigratedByIt() throws SQLException {
        database = new OwnDatabase("engagement_v6_migration").migrateTo("5");
        staff(KARIN, AGENCY, "karin", KARIN_SUBJECT, "ACTIVE");
        staff(BO, AGENCY, "bo", null, "ACTIVE");
        staff(CECILIA, AGENCY, "cecilia", CECILIA_SUBJECT, "DEACTIVATED");
        staff(DAN, OTHER_AGENCY, "dan", DAN_SUBJECT, "ACTIVE");
        client("karin's subject", KARIN_SUBJECT);
        client("bo's id", BO.toString());
        client("bo's id in capitals", BO.toString().toUpperCase());
        client("cecilia's subject", CECILIA_SUBJECT);
        client("another agency's subject", DAN_SUBJECT);
        client("another agency's staff id", DAN.toString());
        client("free text", "Karin Revisor");
        client("none", null);
        UUID clientId = CLIENTS.get("none");
        engagement("owned by karin's subject", clientId, UUID.fromString(KARIN_SUBJECT));
        engagement("owned by bo's id", clientId, BO);
        engagement("owned by an unknown id", clientId, UUID.randomUUID());
        engagement("owned by another agency's staff id", clientId, DAN);
        engagement("participants", clientId, null);
        // unknown, karin's subject, another agency's, bo, karin's id again, cecilia's subject
        participants(ENGAGEMENTS.get("participants"), UUID.randomUUID(), UUID.fromString(KARIN_SUBJECT), DAN, BO, KARIN,
                UUID.fromString(CECILIA_SUBJECT));
        participants(ENGAGEMENTS.get("owned by bo's id"), UUID.fromString(DAN_SUBJECT));

        database.migrate();
    }

    @Test
    void aClientManagerNamedBySubjectOrIdBecomesTheStaffMembersIdAndAnythingElseNone() throws SQLException {
        assertThat(manager("karin's subject")).isEqualTo(KARIN);
        assertThat(manager("bo's id")).isEqualTo(BO);
        assertThat(manager("bo's id in capitals")).isEqualTo(BO);
        assertThat(manager("cecilia's subject")).isEqualTo(CECILIA);
        assertThat(manager("another agency's subject")).isNull();
        assertThat(manager("another agency's staff id")).isNull();
        assertThat(manager("free text")).isNull();
        assertThat(manager("none")).isNull();
    }

    @Test
    void anOwnerIsMappedTheSameWay() throws SQLException {
        assertThat(owner("owned by karin's subject")).isEqualTo(KARIN);
        assertThat(owner("owned by bo's id")).isEqualTo(BO);
        assertThat(owner("owned by an unknown id")).isNull();
        assertThat(owner("owned by another agency's staff id")).isNull();
    }

    @Test
    void participantsThatNameNoStaffMemberGoAndTheRestAreNumberedFromZeroEachOnce() throws SQLException {
        assertThat(participants("participants")).containsExactly(KARIN, BO, CECILIA);
        assertThat(participants("owned by bo's id")).isEmpty();
    }

    @Test
    void afterwardsTheDatabaseKeepsPeopleWithinTheClientsAgency() {
        assertThatThrownBy(() -> database.execute("update client set client_manager_id = '" + DAN + "' where id = '"
                + CLIENTS.get("none") + "'")).hasMessageContaining("client_manager_is_staff");
        assertThatThrownBy(() -> database.execute("update engagement set owner_id = '" + DAN + "' where id = '"
                + ENGAGEMENTS.get("participants") + "'")).hasMessageContaining("engagement_owner_is_staff");
        assertThatThrownBy(() -> database.execute("insert into engagement_participant values ('"
                + ENGAGEMENTS.get("participants") + "', 9, '" + UUID.randomUUID() + "')"))
                .hasMessageContaining("engagement_participant_is_staff");
    }

    private static void staff(UUID id, UUID agency, String name, String subject, String status) throws SQLException {
        update("""
                insert into staff_member (id, agency_id, name, email, language, permission, administrator, status,
                                          subject, created_at, updated_at)
                values (?, ?, ?, ? || '@byran.se', 'sv', 'FULL', false, ?, ?, now(), now())""",
                id, agency, name, name, status, subject);
    }

    private static void client(String name, String manager) throws SQLException {
        UUID id = UUID.randomUUID();
        CLIENTS.put(name, id);
        update("""
                insert into client (id, agency_id, name, organisation_number, client_manager_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, now(), now())""", id, AGENCY, name, "556703-" + (1000 + clients++), manager);
    }

    private static void engagement(String title, UUID clientId, UUID owner) throws SQLException {
        UUID id = UUID.randomUUID();
        ENGAGEMENTS.put(title, id);
        update("""
                insert into engagement (id, agency_id, client_id, title, owner_id, period_start, status, created_at)
                values (?, ?, ?, ?, ?, date '2027-01-01', 'DRAFT', now())""", id, AGENCY, clientId, title, owner);
    }

    private static void participants(UUID engagementId, UUID... staffIds) throws SQLException {
        for (int position = 0; position < staffIds.length; position++) {
            update("insert into engagement_participant (engagement_id, position, staff_id) values (?, ?, ?)",
                    engagementId, position, staffIds[position]);
        }
    }

    private static UUID manager(String client) throws SQLException {
        return single("select client_manager_id from client where id = ?", CLIENTS.get(client));
    }

    private static UUID owner(String engagement) throws SQLException {
        return single("select owner_id from engagement where id = ?", ENGAGEMENTS.get(engagement));
    }

    /** In position order, which must run from 0 without a gap: the service reads the list by position. */
    private static List<UUID> participants(String engagement) throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        List<UUID> staff = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement("select position, staff_id from "
                        + "engagement_participant where engagement_id = ? order by position")) {
            query.setObject(1, ENGAGEMENTS.get(engagement));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getInt(1));
                    staff.add(rows.getObject(2, UUID.class));
                }
            }
        }
        assertThat(numbers).isEqualTo(IntStream.range(0, numbers.size()).boxed().toList());
        return staff;
    }

    private static UUID single(String sql, UUID id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a row for %s", id).isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static void update(String sql, Object... values) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
