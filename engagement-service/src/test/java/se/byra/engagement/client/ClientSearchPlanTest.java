package se.byra.engagement.client;

import static org.assertj.core.api.Assertions.assertThat;
import static se.byra.platform.testkit.QueryPlans.nodes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.platform.testkit.PostgresServer;

/**
 * A name search reads the search index, never the whole register. PostgreSQL's own plans of
 * {@link ClientSearch}'s statements are asserted on a register shaped like a large one (2 000
 * agencies of 50 clients and one of 30 000), analysed, in a database migrated as the service's is.
 */
class ClientSearchPlanTest {

    private static final UUID LARGE = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
    private static final UUID SMALL = UUID.fromString("00000000-0000-0000-0000-000000000007");
    private static final Pattern PARAMETER = Pattern.compile(":([a-z]+)");
    private static PGSimpleDataSource dataSource;

    @BeforeAll
    static void aLargeRegister() throws SQLException {
        PostgresServer postgres = PostgresServer.get();
        dataSource = new PGSimpleDataSource();
        dataSource.setUrl(postgres.jdbcUrl("engagement_search_plans"));
        dataSource.setUser(postgres.username());
        dataSource.setPassword(postgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load()
                .clean();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        String names = """
                (array['Bageriet', 'Bygg', 'Redovisning', 'Konsult', 'Åkeri', 'Städ', 'Frisör', 'Café',
                       'Måleri', 'Elektriska'])[1 + n % 10]
                || ' ' || (array['i Vårby', 'Norr', 'Söder', 'Öst', 'Väst', 'och Son', 'Ängen', 'Sjöstaden'])[1 + n / 10 % 8]
                || ' ' || n || ' AB'""";
        String numbers = "lpad((n * 7919 % 1000000)::text, 6, '0') || '-' || lpad((n % 10000)::text, 4, '0')";
        execute(("""
                insert into client (id, agency_id, name, organisation_number, created_at, updated_at)
                select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((n %% 2000)::text, 12, '0'))::uuid,
                       %s, %s, now(), now()
                  from generate_series(1, 100000) n""").formatted(names, numbers));
        execute(("""
                insert into client (id, agency_id, name, organisation_number, created_at, updated_at)
                select gen_random_uuid(), '%s', %s, %s, now(), now()
                  from generate_series(1, 30000) n""").formatted(LARGE, names, numbers));
        execute("analyze client");
    }

    @Test
    void aNameSearchInALargeAgencyReadsTheSearchIndex() throws SQLException {
        JsonNode plan = plan(ClientSearch.PAGE, Map.of("agency", LARGE, "name", "%vårby 1200%", "size", 20,
                "offset", 0));

        assertThat(nodes(plan, "Seq Scan")).as("%s", plan.toPrettyString()).isEmpty();
        assertThat(indexes(plan)).as("%s", plan.toPrettyString()).contains("client_name_search");
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
        try (Connection connection = dataSource.getConnection()) {
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

    private static void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
