package se.byra.engagement.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.Session;
import org.postgresql.PGStatement;

import se.byra.engagement.Like;
import se.byra.platform.access.StaffAccess;
import se.byra.engagement.client.ClientApi.ClientSummary;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The client list's search ({@code GET /clients?q=}): one agency's clients whose name holds the text
 * in any case, or whose organisation number begins with the digits typed. Plain SQL, because it must
 * be the very expressions V3's indexes hold; {@code ClientSearchPlanTest} explains these statements.
 * Run through JDBC on the transaction's connection, not as Hibernate native queries: Hibernate 7
 * caches a native query's plan under a key that never matches the next call's, so every search
 * added an entry to its plan cache and compared keys along a full bucket (a quarter of a search's CPU
 * under load by JFR, docs/service-benchmarks.md).
 */
final class ClientSearch {

    /**
     * {@code lower} under pg_c_utf8 folds Å to å whatever the database's locale, as the index
     * {@code client_name_search} does; {@code number} is null when the text cannot begin a number,
     * and PostgreSQL then drops that branch from the plan.
     */
    static final String MATCH = """
            agency_id = :agency
            and (lower(name collate pg_c_utf8) like lower(:name collate pg_c_utf8)
                 or organisation_number collate "C" like :number)""";
    /** A full-access caller's statements; an own-clients caller's add their scope ({@link StaffAccess#andSql}). */
    static final String PAGE = page("");
    static final String COUNT = count("");
    /** The statements as JDBC takes them: the parameters by position, in the order of their names. */
    private static final String PAGE_JDBC = positional(PAGE);
    private static final String COUNT_JDBC = positional(COUNT);
    /**
     * The page first, then its managers' names: joined after the limit, so a search matching thousands
     * reads at most a page of staff members, each by its primary key.
     */
    static String page(String scope) {
        return """
                select c.id, c.name, c.organisation_number, c.client_manager_id, m.name, c.active, c.version
                  from (select id, name, organisation_number, client_manager_id, active, version from client
                         where %s%s
                         order by name, id limit :size offset :offset) c
                  left join staff_member m on m.id = c.client_manager_id
                 order by c.name, c.id""".formatted(MATCH, scope);
    }

    static String count(String scope) {
        return "select count(*) from client where " + MATCH + scope;
    }

    private ClientSearch() {
    }

    /** One page of the matches the caller may see and how many there are, in the caller's transaction. */
    static Result search(Session session, StaffAccess staff, String text, PageRequest paging) {
        String scope = staff.andSql("id");
        String pageSql = scope.isEmpty() ? PAGE_JDBC : positional(page(scope));
        String countSql = scope.isEmpty() ? COUNT_JDBC : positional(count(scope));
        return session.doReturningWork(connection -> {
            List<ClientSummary> items = new ArrayList<>();
            try (PreparedStatement page = prepare(connection, pageSql, staff, text)) {
                int next = scope.isEmpty() ? 4 : 5;
                page.setInt(next, paging.size);
                page.setLong(next + 1, (long) paging.page * paging.size);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        items.add(new ClientSummary(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                                rows.getObject(4, UUID.class), rows.getString(5), rows.getBoolean(6), rows.getLong(7)));
                    }
                }
            }
            try (PreparedStatement count = prepare(connection, countSql, staff, text);
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Result(items, rows.getLong(1));
            }
        });
    }

    record Result(List<ClientSummary> items, long total) {
    }

    /** The statement with the match's three parameters bound (positions 1 to 3), and the scope's (4) if any. */
    private static PreparedStatement prepare(Connection connection, String sql, StaffAccess staff, String text)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        // Never a server-side prepared statement: PostgreSQL plans an unnamed one for its own values. A
        // plan cached for all agencies is costed for an average one, and would filter a large agency's
        // whole register instead of reading its search index.
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        statement.setObject(1, staff.agencyId());
        statement.setString(2, Like.containing(text));
        String number = OrganisationNumber.prefix(text).map(prefix -> prefix + "%").orElse(null);
        if (number == null) {
            statement.setNull(3, Types.VARCHAR);
        } else {
            statement.setString(3, number);
        }
        if (!staff.fullAccess()) {
            statement.setObject(4, staff.staffId().orElseThrow());
        }
        return statement;
    }

    private static String positional(String sql) {
        return sql.replaceAll(":[a-zA-Z]+", "?");
    }
}
