package se.byra.notification.mail;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import se.byra.notification.Rows;
import se.byra.notification.engine.Category;
import se.byra.platform.transactions.AfterCommit;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/** The agency's e-mail deliveries as its administrator follows them, and resending a failed one. */
@ApplicationScoped
public class Deliveries {

    public static final URI NOT_FAILED = URI.create("tag:byra.se,2026:problem:delivery-not-failed");
    private static final String COLUMNS = "id, category, recipient_name, recipient_email, subject, status, attempts, "
            + "last_error, created_at, last_attempt_at, sent_at";

    @Inject
    EntityManager em;

    @Inject
    DeliveryWorker worker;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public Page<DeliveryView> page(UUID agencyId, String status, PageRequest paging) {
        String filter = " from email_delivery where agency_id = ?1" + (status == null ? "" : " and status = ?2");
        Query rows = em.createNativeQuery("select " + COLUMNS + filter + " order by created_at desc, id desc")
                .setParameter(1, agencyId).setFirstResult(paging.page * paging.size).setMaxResults(paging.size);
        Query count = em.createNativeQuery("select count(*)" + filter).setParameter(1, agencyId);
        if (status != null) {
            rows.setParameter(2, status);
            count.setParameter(2, status);
        }
        List<DeliveryView> items = rows.getResultList().stream().map(r -> view((Object[]) r)).toList();
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    /** A failed delivery pending again from its first attempt; 409 for one that has not failed. */
    @Transactional
    public DeliveryView resend(UUID agencyId, UUID id) {
        List<?> status = em.createNativeQuery(
                "select status from email_delivery where id = ?1 and agency_id = ?2 for update")
                .setParameter(1, id).setParameter(2, agencyId).getResultList();
        if (status.isEmpty()) {
            throw ProblemException.notFound("delivery", id);
        }
        if (!"FAILED".equals(status.get(0))) {
            throw new ProblemException(409, NOT_FAILED, "Delivery not failed",
                    "delivery " + id + " is " + status.get(0) + ": only a failed delivery is resent", List.of());
        }
        em.createNativeQuery("""
                update email_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), lease_until = null
                 where id = ?1""").setParameter(1, id).executeUpdate();
        AfterCommit.once(transactions, Deliveries.class.getName() + ".wake", worker::wake);
        return view((Object[]) em.createNativeQuery("select " + COLUMNS + " from email_delivery where id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private static DeliveryView view(Object[] row) {
        return new DeliveryView((UUID) row[0], Category.valueOf((String) row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], ((Number) row[6]).intValue(), (String) row[7],
                Rows.instant(row[8]), Rows.instant(row[9]),
                Rows.instant(row[10]));
    }
}
