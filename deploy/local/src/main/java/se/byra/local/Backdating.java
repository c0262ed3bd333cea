package se.byra.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The demo data's one write into a service's database: an expired invitation needs two weeks to pass, and no API moves
 * a date back. Everything after the move (the expiry, its event, notifications and history entry) is the service's own.
 */
@FunctionalInterface
interface Backdating {

    /** How long ago the demo's expired invitation was sent: past the two weeks an invitation is valid for. */
    Duration INVITATION_AGE = Duration.ofDays(21);

    /** Moves a still open invitation's dates, and its history, back by {@code ago}. */
    void invitationSent(String collaborationId, Duration ago);

    /** Backdating in collaboration-service's database. */
    static Backdating collaborations(String jdbcUrl, String user, String password) {
        return (collaborationId, ago) -> {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                connection.setAutoCommit(false);
                run(connection, """
                        update collaboration set invited_at = invited_at - make_interval(secs => ?),
                            expires_at = expires_at - make_interval(secs => ?),
                            created_at = created_at - make_interval(secs => ?),
                            updated_at = updated_at - make_interval(secs => ?)
                        where id = ?::uuid and status = 'INVITED'""", ago, collaborationId, 4);
                run(connection, "update collaboration_history set at = at - make_interval(secs => ?)"
                        + " where collaboration_id = ?::uuid", ago, collaborationId, 1);
                connection.commit();
            } catch (SQLException e) {
                throw new StackException("demo data: could not backdate invitation " + collaborationId, e);
            }
        };
    }

    private static void run(Connection connection, String sql, Duration ago, String id, int intervals)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= intervals; i++) {
                statement.setLong(i, ago.toSeconds());
            }
            statement.setString(intervals + 1, id);
            statement.executeUpdate();
        }
    }
}
