package se.byra.engagement.client;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.platform.testkit.QueryPlans.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.engagement.support.OwnDatabase;

/**
 * A name search reads the search index, never the whole register. PostgreSQL's own plans of
 * {@link ClientSearch}'s statements are asserted on a register shaped like a large one (2 000
 * agencies of 50 clients and 10 staff members, and one of 30 000 clients and 100 staff members, most
 * clients with a manager), analysed, in a database migrated as the service's is.
 */
class ClientSearchPlanTest {

    private static final UUID LARGE = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
    private static final UUID SMALL = UUID.fromString("00000000-0000-0000-0000-000000000007");
    private static final Pattern PARAMETER = Pattern.compile(":([a-z]+)");
    private static OwnDatabase database;

    @BeforeAll
    static void aLargeRegister() throws SQLException {
        database = new OwnDatabase("engagement_search_plans").migrate();
        // staff member k of small agency a is 00000000-0000-0000-<k>-<a>, of the large agency ffffffff-0000-0000-<k>-0
        database.execute("""
                insert into staff_member (id, agency_id, name, email, language, permission, administrator, status,
                                          created_at, updated_at)
                select ('00000000-0000-0000-' || lpad(k::text, 4, '0') || '-' || lpad(a::text, 12, '0'))::uuid,
                       ('00000000-0000-0000-0000-' || lpad(a::text, 12, '0'))::uuid,
                       'Medarbetare ' || k, 'm' || k || '@byra' || a || '.se', 'sv', 'FULL', false, 'ACTIVE',
                       now(), now()
                  from generate_series(0, 1999) a, generate_series(1, 10) k""");
        database.execute(("""
                insert into staff_member (id, agency_id, name, email, language, permission, administrator, status,
                                          created_at, updated_at)
                select ('ffffffff-0000-0000-' || lpad(k::text, 4, '0') || '-000000000000')::uuid, '%s',
                       'Medarbetare ' || k, 'm' || k || '@byra.se', 'sv', 'FULL', false, 'ACTIVE', now(), now()
                  from generate_series(1, 100) k""").formatted(LARGE));
        String names = """
                (array['Bageriet', 'Bygg', 'Redovisning', 'Konsult', 'Åkeri', 'Städ', 'Frisör', 'Café',
                       'Måleri', 'Elektriska'])[1 + n % 10]
                || ' ' || (array['i Vårby', 'Norr', 'Söder', 'Öst', 'Väst', 'och Son', 'Ängen', 'Sjöstaden'])[1 + n / 10 % 8]
                || ' ' || n || ' AB'""";
        String numbers = "lpad((n * 7919 % 1000000)::text, 6, '0') || '-' || lpad((n % 10000)::text, 4, '0')";
        database.execute(("""
                insert into client (id, agency_id, name, organisation_number, client_manager_id, created_at, updated_at)
                select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((n %% 2000)::text, 12, '0'))::uuid,
                       %s, %s,
                       case when n %% 7 > 0 then ('00000000-0000-0000-' || lpad((1 + n %% 10)::text, 4, '0') || '-'
                                                  || lpad((n %% 2000)::text, 12, '0'))::uuid end,
                       now(), now()
                  from generate_series(1, 100000) n""").formatted(names, numbers));
        database.execute(("""
                insert into client (id, agency_id, name, organisation_number, client_manager_id, created_at, updated_at)
                select gen_random_uuid(), '%s', %s, %s,
                       case when n %% 7 > 0 then ('ffffffff-0000-0000-' || lpad((1 + n %% 100)::text, 4, '0')
                                                  || '-000000000000')::uuid end,
                       now(), now()
                  from generate_series(1, 30000) n""").formatted(LARGE, names, numbers));
        database.execute("analyze client");
        database.execute("analyze staff_member");
    }

    @Test
    void aNameSearchInALargeAgencyReadsTheSearchIndex() throws SQLException {
        JsonNode plan = plan(ClientSearch.PAGE, Map.of("agency", LARGE, "name", "%vårby 1200%", "size", 20,
                "offset", 0));

        assertThat(nodes(plan, "Seq Scan")).as("%s", plan.toPrettyString()).isEmpty();
        assertThat(indexes(plan)).as("%s", plan.toPrettyString()).contains("client_name_search");
    }

    @Test
    void aPageReadsItsManagersByTheirPrimaryKeyAfterTheLimit() throws SQLException {
        for (String text : List.of("%ab%", "%vårby 1200%")) {
            JsonNode plan = plan(ClientSearch.PAGE, Map.of("agency", LARGE, "name", text, "size", 20, "offset", 0));

            assertThat(nodes(plan, "Seq Scan")).as("%s%n%s", text, plan.toPrettyString()).isEmpty();
            assertThat(indexes(plan)).as("%s%n%s", text, plan.toPrettyString()).contains("staff_member_pkey");
        }
    }

    @Test
    void aSearchByNameOrNumberReadsBothIndexes() throws SQLException {
        JsonNode plan = plan(ClientSearch.PAGE, Map.of("agency", LARGE, "name", "%556703-74%",
                "number", "556703-74%", "size", 20, "offset", 0));

        assertThat(nodes(plan, "Seq Scan")).as("%s", plan.toPrettyString()).isEmpty();
        assertThat(indexes(plan)).as("%s", plan.toPrettyString()).contains("client_name_search")
                .containsAnyOf("client_number_prefix", "client_organisation_number_unique");
    }

    @Test
    void countingTheMatchesReadsTheIndexesToo() throws SQLException {
        assertThat(nodes(plan(ClientSearch.COUNT, Map.of("agency", LARGE, "name", "%bygg söder%")), "Seq Scan"))
                .isEmpty();
        assertThat(nodes(plan(ClientSearch.COUNT, Map.of("agency", LARGE, "name", "%5567%", "number", "5567%")),
                "Seq Scan")).isEmpty();
    }

    @Test
    void aTextInEveryNameOrTooShortForTrigramsStillReadsNoWholeTable() throws SQLException {
        for (String text : List.of("%ab%", "%a%", "%ö%")) {
            for (UUID agency : List.of(LARGE, SMALL)) {
                JsonNode plan = plan(ClientSearch.PAGE, Map.of("agency", agency, "name", text, "size", 20,
                        "offset", 0));
                assertThat(nodes(plan, "Seq Scan")).as("%s in %s%n%s", text, agency, plan.toPrettyString())
                        .isEmpty();
            }
        }
    }

    private static List<String> indexes(JsonNode plan) {
        return plan.findValuesAsText("Index Name");
    }

    /**
     * PostgreSQL's plan of a statement with its named parameters bound (a missing one is null, as
     * the service binds a text that cannot begin a number).
     */
    private static JsonNode plan(String sql, Map<String, Object> values) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            // an unnamed statement, as the service sends it: planned for its own values
            try (PreparedStatement explain = connection.prepareStatement(
                    "explain (format json) " + PARAMETER.matcher(sql).replaceAll("?"))) {
                explain.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
                for (int i = 0; i < names.size(); i++) {
                    Object value = values.get(names.get(i));
                    if (value == null) {
                        explain.setNull(i + 1, Types.VARCHAR);
                    } else {
                        explain.setObject(i + 1, value);
                    }
                }
                try (ResultSet rs = explain.executeQuery()) {
                    rs.next();
                    return new ObjectMapper().readTree(rs.getString(1));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            } finally {
                connection.rollback();
            }
        }
    }
}
