package se.byra.collaboration.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the tests read in the service's own database: the read models the events fill. */
@ApplicationScoped
public class Records {

    @Inject
    EntityManager em;

    /** Whether the access read model maps this login to a staff member. */
    public boolean staffKnown(String subject) {
        return count("select count(*) from access_staff where subject = ?1", subject) > 0;
    }

    /** Whether the engagement is known here, and its client placed in its agency (so a staff member may see it). */
    public boolean engagementKnown(UUID engagementId) {
        return count("select count(*) from known_engagement e join access_client c on c.client_id = e.client_id "
                + "where e.engagement_id = ?1", engagementId) > 0;
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
