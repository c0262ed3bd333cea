package se.byra.engagement;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.byra.engagement.agency.AgencyService;
import se.byra.engagement.client.ClientService;
import se.byra.engagement.staff.StaffService;

/**
 * Publishes, once, a snapshot of each client and each linked staff member that existed before this service
 * published them (V8 lists them in {@code event_backfill}), and of each agency profile saved before
 * {@code AgencyUpdated} existed (V10 lists them): the other services' read models of clients, of who may see
 * them and of the agencies start from these. At start-up, in batches that each commit with their outbox rows
 * and the removal of their list entries; rows are claimed with {@code skip locked}, so two replicas starting
 * together share the work and never publish one twice. An empty list costs one query.
 */
@ApplicationScoped
public class EventBackfill {

    private static final Logger LOG = Logger.getLogger(EventBackfill.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    ClientService clients;

    @Inject
    StaffService staff;

    @Inject
    AgencyService agencies;

    void onStart(@Observes StartupEvent start) {
        publishAll();
    }

    /** Publishes every listed snapshot, batch by batch; how many. */
    public int publishAll() {
        int published = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::publishBatch);
            published += batch;
        } while (batch == BATCH);
        if (published > 0) {
            LOG.infof("Published %d snapshots of clients, staff members and agency profiles from before their events "
                    + "existed", published);
        }
        return published;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                delete from event_backfill where (aggregate, id) in
                  (select aggregate, id from event_backfill order by aggregate, id limit ?1 for update skip locked)
                returning aggregate, id""").setParameter(1, BATCH).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[1];
            switch ((String) row[0]) {
                case "CLIENT" -> clients.republish(id);
                case "STAFF" -> staff.republish(id);
                case "AGENCY" -> agencies.republish(id);
                default -> throw new IllegalStateException("event_backfill lists an unknown aggregate " + row[0]);
            }
        }
        return rows.size();
    }
}
