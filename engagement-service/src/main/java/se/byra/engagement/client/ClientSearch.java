package se.byra.engagement.client;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.validation.OrganisationNumber;

/**
 * The client list's search ({@code GET /clients?q=}): one agency's clients whose name holds the text
 * in any case, or whose organisation number begins with the digits typed. Plain SQL, because it must
 * be the very expressions V3's indexes hold; {@code ClientSearchPlanTest} explains these statements.
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
    static final String PAGE = "select * from client where " + MATCH + " order by name, id limit :size offset :offset";
    static final String COUNT = "select count(*) from client where " + MATCH;
    /**
     * A plan for each search's own values: a plan cached for all agencies is costed for an average one,
     * and would filter a large agency's whole register instead of reading its search index.
     */
    static final String PLANNING = "set local plan_cache_mode = force_custom_plan";

    private ClientSearch() {
    }

    @SuppressWarnings("unchecked")
    static List<Client> page(EntityManager em, UUID agencyId, String text, PageRequest paging) {
        em.createNativeQuery(PLANNING).executeUpdate();
        return bind(em.createNativeQuery(PAGE, Client.class), agencyId, text)
                .setParameter("size", paging.size)
                .setParameter("offset", paging.page * paging.size)
                .getResultList();
    }

    static long count(EntityManager em, UUID agencyId, String text) {
        return ((Number) bind(em.createNativeQuery(COUNT, Long.class), agencyId, text).getSingleResult()).longValue();
    }

    private static Query bind(Query query, UUID agencyId, String text) {
        return query.setParameter("agency", agencyId)
                .setParameter("name", "%" + likeLiteral(text) + "%")
                .setParameter("number", OrganisationNumber.prefix(text).map(prefix -> prefix + "%").orElse(null));
    }

    /** The text matched as it is: backslash is LIKE's escape character unless said otherwise. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
