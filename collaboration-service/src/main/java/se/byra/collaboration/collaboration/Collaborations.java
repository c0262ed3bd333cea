package se.byra.collaboration.collaboration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import se.byra.collaboration.client.KnownClient;
import se.byra.collaboration.collaboration.CollaborationApi.CollaborationView;
import se.byra.collaboration.collaboration.CollaborationApi.HistoryView;
import se.byra.collaboration.engagement.KnownEngagement;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/**
 * Collaborations as staff read them: lists with filters, the sent requests, one with its history. Each list is one
 * query joining the client's and the engagement's names, and one count, whatever the page holds.
 */
@ApplicationScoped
public class Collaborations {

    @Inject
    EntityManager em;

    @Inject
    Views views;

    /** What a list may be filtered by; null is no filter. */
    public record Filter(UUID clientId, String service, UUID engagementId, UUID ownerId, CollaborationStatus status) {
    }

    private static final String FROM = " from Collaboration c join KnownClient k on k.clientId = c.clientId"
            + " left join KnownEngagement e on e.engagementId = c.engagementId where c.agencyId = :agency";

    /** The agency's collaborations the caller may see, by client name, then service. */
    @Transactional
    public Page<CollaborationView> list(StaffAccess staff, Filter filter, PageRequest paging, String language) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> params = new java.util.HashMap<>(staff.parameters());
        params.put("agency", staff.agencyId());
        if (filter.clientId() != null) {
            where.append(" and c.clientId = :client");
            params.put("client", filter.clientId());
        }
        if (filter.service() != null) {
            where.append(" and c.service = :service");
            params.put("service", filter.service());
        }
        if (filter.engagementId() != null) {
            where.append(" and c.engagementId = :engagement");
            params.put("engagement", filter.engagementId());
        }
        if (filter.ownerId() != null) {
            where.append(" and e.ownerId = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status());
        }
        where.append(staff.and("c.clientId"));
        return page(where.toString(), " order by k.name, k.clientId, c.service nulls last, c.createdAt, c.id", params,
                paging, language);
    }

    /**
     * The invitations sent, newest first, whatever became of them: waiting, accepted (active or ended since),
     * declined, expired. {@code status} narrows them to one.
     */
    @Transactional
    public Page<CollaborationView> requests(StaffAccess staff, CollaborationStatus status, PageRequest paging,
            String language) {
        StringBuilder where = new StringBuilder(FROM).append(" and c.invitedAt is not null");
        Map<String, Object> params = new java.util.HashMap<>(staff.parameters());
        params.put("agency", staff.agencyId());
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        where.append(staff.and("c.clientId"));
        return page(where.toString(), " order by c.invitedAt desc, c.id", params, paging, language);
    }

    private Page<CollaborationView> page(String from, String order, Map<String, Object> params, PageRequest paging,
            String language) {
        TypedQuery<Object[]> query = em.createQuery("select c, k.name, e" + from + order, Object[].class)
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size);
        TypedQuery<Long> count = em.createQuery("select count(c)" + from, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<CollaborationView> items = query.getResultList().stream()
                .map(row -> views.view((Collaboration) row[0], (String) row[1], (KnownEngagement) row[2], language))
                .toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    @Transactional
    public CollaborationView get(StaffAccess staff, UUID id, String language) {
        Collaboration c = find(staff, id);
        return view(c, language);
    }

    /** The collaboration's history, oldest first. */
    @Transactional
    public Page<HistoryView> history(StaffAccess staff, UUID id, PageRequest paging) {
        find(staff, id);
        return historyOf(id, paging);
    }

    /** A collaboration's history, for whichever side may see it. */
    public static Page<HistoryView> historyOf(UUID id, PageRequest paging) {
        var query = HistoryEntry.find("collaborationId = ?1 order by at, id", id)
                .page(io.quarkus.panache.common.Page.of(paging.page, paging.size));
        List<HistoryView> items = query.<HistoryEntry>list().stream()
                .map(h -> new HistoryView(h.at, h.what, h.side, h.byName, h.changes, h.note)).toList();
        return Page.of(items, paging, query.count());
    }

    /** The view of one collaboration, its client's and engagement's names looked up once. */
    public CollaborationView view(Collaboration c, String language) {
        KnownClient client = KnownClient.findById(c.clientId);
        KnownEngagement engagement = c.engagementId == null ? null : KnownEngagement.findById(c.engagementId);
        return views.view(c, client.name, engagement, language);
    }

    /** {@link #find}, then the row locked for a change that must see its latest state. */
    public static Collaboration lock(StaffAccess staff, UUID id) {
        find(staff, id);
        return Collaboration.lock(id);
    }

    /** The collaboration, if it is the agency's and of a client the caller may see; 404 otherwise. */
    public static Collaboration find(StaffAccess staff, UUID id) {
        Collaboration c = Collaboration.findInAgency(staff.agencyId(), id);
        if (c == null) {
            throw ProblemException.notFound("Collaboration", id);
        }
        staff.requireClientOf(c.clientId, "Collaboration", id);
        return c;
    }
}
