package se.byra.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import se.byra.cases.CasesConfig;
import se.byra.cases.Side;
import se.byra.cases.casefile.CaseApi.CaseSummary;
import se.byra.cases.casefile.CaseApi.CaseView;
import se.byra.cases.casefile.CaseApi.ClientSummary;
import se.byra.cases.casefile.CaseApi.CommentView;
import se.byra.cases.casefile.CaseApi.Contact;
import se.byra.cases.casefile.CaseApi.HistoryView;
import se.byra.cases.casefile.CaseApi.Menu;
import se.byra.cases.casefile.CaseApi.Task;
import se.byra.cases.consent.Consent;
import se.byra.cases.consent.ConsentStatus;
import se.byra.cases.directory.KnownClient;
import se.byra.cases.directory.KnownStaff;
import se.byra.platform.access.ClientUserAccess;
import se.byra.platform.access.Membership;
import se.byra.platform.access.StaffAccess;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;

/**
 * Cases as each side reads them. Every list is one query for the page (the client's name joined) and one count,
 * and the assignees' names in one more: never a query per row.
 */
@ApplicationScoped
public class CaseReads {

    @Inject
    EntityManager em;

    @Inject
    CaseViews views;

    @Inject
    CasesConfig config;

    /** What the board may be filtered by; null or empty is no filter. */
    public record Filter(List<CaseStatus> statuses, CaseType type, UUID assigneeId, UUID clientId,
            LocalDate dueBefore, boolean overdue, String q) {
    }

    private static final String FROM = " from Case c join KnownClient k on k.clientId = c.clientId";

    /** The agency's cases the caller may see, the latest change first. */
    @Transactional
    public Page<CaseSummary> board(StaffAccess staff, Filter filter, PageRequest paging) {
        StringBuilder where = new StringBuilder(FROM).append(" where c.agencyId = :agency");
        Map<String, Object> params = new HashMap<>(staff.parameters());
        params.put("agency", staff.agencyId());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", filter.type());
        }
        if (filter.assigneeId() != null) {
            where.append(" and c.assigneeId = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.clientId() != null) {
            where.append(" and c.clientId = :client");
            params.put("client", filter.clientId());
        }
        if (filter.dueBefore() != null) {
            where.append(" and c.dueOn <= :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.overdue()) {
            where.append(" and c.status = :waiting and c.dueOn < :today");
            params.put("waiting", CaseStatus.WAITING_FOR_CLIENT);
            params.put("today", LocalDate.now(config.zone()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and lower(c.title) like :q escape '\\'");
            params.put("q", "%" + like(filter.q().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        where.append(staff.and("c.clientId"));
        return page(where.toString(), params, paging, true);
    }

    @Transactional
    public CaseView forStaff(StaffAccess staff, UUID id) {
        return views.forStaff(CaseAccess.forStaff(staff, id, false));
    }

    @Transactional
    public CaseView forClient(ClientUserAccess user, UUID clientId, UUID id) {
        return views.forClient(CaseAccess.forClient(user, clientId, id, false));
    }

    @Transactional
    public Page<CommentView> comments(Case c, PageRequest paging) {
        List<CaseComment> rows = CaseComment.find("caseId = ?1 order by at, id", c.id)
                .page(paging.page, paging.size).list();
        return Page.of(rows.stream().map(r -> new CommentView(r.id, r.side, r.authorName, r.text, r.at)).toList(),
                paging, CaseComment.count("caseId", c.id));
    }

    @Transactional
    public Page<HistoryView> history(Case c, PageRequest paging) {
        List<CaseHistory> rows = CaseHistory.find("caseId = ?1 order by at, id", c.id)
                .page(paging.page, paging.size).list();
        return Page.of(rows.stream().map(r -> new HistoryView(r.at, r.what, r.side, r.byName, r.note)).toList(),
                paging, CaseHistory.count("caseId", c.id));
    }

    /** A company's sent cases: open ones ({@code closed} false) or its history, the latest change first. */
    @Transactional
    public Page<CaseSummary> company(ClientUserAccess user, UUID clientId, boolean closed, PageRequest paging) {
        user.requireClient(clientId);
        String where = FROM + " where c.clientId = :client and c.sentAt is not null and c.status in :statuses";
        Map<String, Object> params = new HashMap<>();
        params.put("client", clientId);
        params.put("statuses", closed ? List.of(CaseStatus.CLOSED, CaseStatus.CANCELLED)
                : List.of(CaseStatus.WAITING_FOR_CLIENT, CaseStatus.WAITING_FOR_AGENCY));
        return page(where, params, paging, false);
    }

    /**
     * The caller's to-do list across their companies: consents to give (administrators only) first, then cases
     * waiting for them by due date (none last).
     */
    @Transactional
    public Page<Task> tasks(ClientUserAccess user, PageRequest paging) {
        List<UUID> administered = user.memberships().stream().filter(Membership::administrator)
                .map(Membership::clientId).toList();
        List<UUID> companies = user.memberships().stream().map(Membership::clientId).toList();
        List<Task> consents = administered.isEmpty() ? List.of() : em.createQuery("select c.clientId, k.name, "
                + "c.requestedAt from Consent c join KnownClient k on k.clientId = c.clientId where c.clientId in "
                + ":clients and c.status = :requested order by c.requestedAt, c.clientId", Object[].class)
                .setParameter("clients", administered).setParameter("requested", ConsentStatus.REQUESTED)
                .getResultList().stream().map(r -> new Task("CONSENT", (UUID) r[0], (String) r[1], null, null, null,
                        null, (Instant) r[2])).toList();
        long caseCount = companies.isEmpty() ? 0 : em.createQuery("select count(c) from Case c where c.clientId in "
                + ":clients and c.status = :waiting", Long.class).setParameter("clients", companies)
                .setParameter("waiting", CaseStatus.WAITING_FOR_CLIENT).getSingleResult();
        int offset = paging.page * paging.size;
        List<Task> items = new ArrayList<>();
        for (int i = offset; i < consents.size() && items.size() < paging.size; i++) {
            items.add(consents.get(i));
        }
        int remaining = paging.size - items.size();
        if (remaining > 0 && caseCount > 0) {
            em.createQuery("select c.id, c.clientId, k.name, c.type, c.title, c.dueOn, c.updatedAt" + FROM
                    + " where c.clientId in :clients and c.status = :waiting order by c.dueOn nulls last, "
                    + "c.updatedAt, c.id", Object[].class).setParameter("clients", companies)
                    .setParameter("waiting", CaseStatus.WAITING_FOR_CLIENT)
                    .setFirstResult(Math.max(0, offset - consents.size())).setMaxResults(remaining)
                    .getResultList().forEach(r -> items.add(new Task("CASE", (UUID) r[1], (String) r[2], (UUID) r[0],
                            (CaseType) r[3], (String) r[4], (LocalDate) r[5], (Instant) r[6])));
        }
        return Page.of(items, paging, consents.size() + caseCount);
    }

    /**
     * The portal's "Ärenden" menu: shown once consent is granted and a case was ever sent; after a revocation still,
     * so the company reads its history.
     */
    @Transactional
    public Menu menu(ClientUserAccess user, UUID clientId) {
        user.requireClient(clientId);
        Consent consent = Consent.findById(clientId);
        boolean consented = consent != null && (consent.status == ConsentStatus.GRANTED
                || consent.status == ConsentStatus.REVOKED);
        boolean visible = consented && Case.count("clientId = ?1 and sentAt is not null", clientId) > 0;
        long waiting = Case.count("clientId = ?1 and status = ?2", clientId, CaseStatus.WAITING_FOR_CLIENT);
        long unread = Case.count("clientId = ?1 and sentAt is not null and clientUnread = true", clientId);
        return new Menu(visible, waiting, unread);
    }

    /** The staff a company may address a question to: those it has received cases from, still active. */
    @Transactional
    public List<Contact> contacts(ClientUserAccess user, UUID clientId) {
        user.requireClient(clientId);
        Set<UUID> ids = contactIds(clientId);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<KnownStaff> staff = KnownStaff.list("staffId in ?1 and active = true order by name, staffId", ids);
        return staff.stream().map(s -> new Contact(s.staffId, s.name)).toList();
    }

    static Set<UUID> contactIds(UUID clientId) {
        Set<UUID> ids = new HashSet<>();
        Case.<Case>find("clientId = ?1 and origin = ?2 and sentAt is not null", clientId, Side.AGENCY).stream()
                .forEach(c -> {
                    if (c.assigneeId != null) {
                        ids.add(c.assigneeId);
                    }
                    if (c.createdById != null) {
                        ids.add(c.createdById);
                    }
                });
        return ids;
    }

    /** The client overview's section. */
    @Transactional
    public ClientSummary summary(StaffAccess staff, UUID clientId) {
        KnownClient.visibleTo(staff, clientId);
        Consent consent = Consent.findById(clientId);
        Object[] counts = em.createQuery("select count(c), "
                + "coalesce(sum(case when c.status = :client then 1 else 0 end), 0), "
                + "coalesce(sum(case when c.status = :agency then 1 else 0 end), 0), "
                + "coalesce(sum(case when c.status = :client and c.dueOn < :today then 1 else 0 end), 0), "
                + "coalesce(sum(case when c.agencyUnread = true then 1 else 0 end), 0) "
                + "from Case c where c.clientId = :id and c.status in (:client, :agency)", Object[].class)
                .setParameter("client", CaseStatus.WAITING_FOR_CLIENT).setParameter("agency",
                        CaseStatus.WAITING_FOR_AGENCY).setParameter("today", LocalDate.now(config.zone()))
                .setParameter("id", clientId).getSingleResult();
        Map<String, Object> params = new HashMap<>();
        params.put("client", clientId);
        List<CaseSummary> latest = page(FROM + " where c.clientId = :client", params, new PageRequest(0, 5), true)
                .items();
        return new ClientSummary(consent == null ? ConsentStatus.NONE : consent.status, number(counts[0]),
                number(counts[1]), number(counts[2]), number(counts[3]), number(counts[4]), latest);
    }

    private Page<CaseSummary> page(String where, Map<String, Object> params, PageRequest paging, boolean staff) {
        var query = em.createQuery("select c, k.name" + where + " order by c.updatedAt desc, c.id", Object[].class);
        var count = em.createQuery("select count(c)" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = query.setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        Set<UUID> assignees = new HashSet<>();
        rows.forEach(r -> {
            UUID assignee = ((Case) r[0]).assigneeId;
            if (assignee != null) {
                assignees.add(assignee);
            }
        });
        Map<UUID, String> names = KnownStaff.names(assignees);
        List<CaseSummary> items = rows.stream().map(r -> {
            Case c = (Case) r[0];
            return views.summary(c, (String) r[1], c.assigneeId == null ? null : names.get(c.assigneeId),
                    staff ? c.agencyUnread : c.clientUnread);
        }).toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
