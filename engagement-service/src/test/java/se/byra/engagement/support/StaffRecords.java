package se.byra.engagement.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * What the tests read or set in the service's own database: provisioning (another engineer's part)
 * fills a staff member's subject, so a test that signs in as a staff member sets it as provisioning
 * would; and the outbox rows a change wrote.
 */
public final class StaffRecords {

    private final DataSource dataSource;

    public StaffRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Links the staff member to an identity, as provisioning does once the login exists. */
    public void linkSubject(UUID staffId, String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update staff_member set subject = ?, provisioning_state = 'ACTIVE' where id = ?")) {
            statement.setString(1, subject);
            statement.setObject(2, staffId);
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("no staff member " + staffId);
            }
        }
    }

    /** How many events of this type the outbox holds for the aggregate (published or not). */
    /** The identity provider's user id provisioning recorded for the staff member, if any. */
    public String subject(UUID staffId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select subject from staff_member where id = ?")) {
            query.setObject(1, staffId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    public long outboxEvents(UUID aggregateId, String type) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from outbox_event where subject = ? and type = ?")) {
            statement.setString(1, aggregateId.toString());
            statement.setString(2, type);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
