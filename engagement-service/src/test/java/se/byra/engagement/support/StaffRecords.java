package se.byra.engagement.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.byra.engagement.staff.StaffProvisioning;
import se.byra.platform.events.EventJson;
import se.byra.platform.events.EventType;
import se.byra.platform.identity.provisioning.ProvisioningOutcome;

/**
 * What the tests read or set in the service's own database: provisioning (another engineer's part)
 * fills a staff member's subject, so a test that signs in as a staff member sets it as provisioning
 * would; and the outbox rows a change wrote. A test injects it.
 */
@Singleton
public final class StaffRecords {

    private final DataSource dataSource;
    private final Event<ProvisioningOutcome> outcomes;

    @Inject
    StaffRecords(DataSource dataSource, Event<ProvisioningOutcome> outcomes) {
        this.dataSource = dataSource;
        this.outcomes = outcomes;
    }

    /**
     * Links the staff member to an identity exactly as provisioning does once the login exists: the outcome
     * platform/identity hands the service, in a transaction of its own (state, subject, StaffMemberUpdated and the
     * access read model).
     */
    public void linkSubject(UUID staffId, String subject) throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> outcomes.fire(
                new ProvisioningOutcome(StaffProvisioning.owner(staffId), "ENSURE", "DONE", subject, 1, null)));
        if (!subject.equals(subject(staffId))) {
            throw new IllegalStateException("no staff member " + staffId);
        }
    }

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

    /** How many events of this type the outbox holds for the aggregate (published or not). */
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

    /** The events of this type the outbox holds for the aggregate (published or not), in the order written. */
    public <T> List<T> outboxPayloads(UUID aggregateId, EventType<T> type) throws SQLException, IOException {
        List<T> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select payload::text from outbox_event where subject = ? and type = ? order by seq")) {
            statement.setString(1, aggregateId.toString());
            statement.setString(2, type.type());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    payloads.add(EventJson.mapper().readValue(rs.getString(1), type.payloadType()));
                }
            }
        }
        return payloads;
    }
}
