package se.byra.notification.inbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.notification.NotificationConfig;
import se.byra.notification.Rows;
import se.byra.notification.directory.Recipient;
import se.byra.notification.directory.RecipientKind;
import se.byra.notification.engine.Category;
import se.byra.notification.engine.Texts;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.problem.ProblemException;

/** A person's in-platform notifications: their list, their unread count, marking read. */
@ApplicationScoped
public class Inbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };
    /** A notification with its agency's name (the texts say who), joined rather than looked up per row. */
    private static final String SELECT = "select n.id, n.category, n.template, cast(n.data as text), n.link, "
            + "n.created_at, n.read_at, a.name from notification n left join agency a on a.id = n.agency_id";

    @Inject
    EntityManager em;

    @Inject
    Texts texts;

    @Inject
    NotificationConfig config;

    /** Newest first; only the unread ones when asked. */
    public Page<NotificationView> page(Recipient person, boolean unreadOnly, PageRequest paging, String language) {
        String filter = " where n.recipient_kind = ?1 and n.recipient_id = ?2"
                + (unreadOnly ? " and n.read_at is null" : "");
        List<?> rows = em.createNativeQuery(SELECT + filter + " order by n.created_at desc, n.id desc")
                .setParameter(1, person.kind().name()).setParameter(2, person.id())
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from notification n" + filter)
                .setParameter(1, person.kind().name()).setParameter(2, person.id()).getSingleResult()).longValue();
        return Page.of(rows.stream().map(row -> view((Object[]) row, language)).toList(), paging, total);
    }

    public long unread(RecipientKind kind, UUID person) {
        return ((Number) em.createNativeQuery(
                "select count(*) from notification where recipient_kind = ?1 and recipient_id = ?2 and read_at is null")
                .setParameter(1, kind.name()).setParameter(2, person).getSingleResult()).longValue();
    }

    /** One of the person's notifications; empty for another's. */
    public Optional<NotificationView> find(RecipientKind kind, UUID person, UUID id, String language) {
        return em.createNativeQuery(SELECT + " where n.id = ?1 and n.recipient_kind = ?2 and n.recipient_id = ?3")
                .setParameter(1, id).setParameter(2, kind.name()).setParameter(3, person)
                .getResultStream().findFirst().map(row -> view((Object[]) row, language));
    }

    /** Marks it read; 404 for a notification that is not the person's. Open pages hear of it only if it was unread. */
    @Transactional
    public void markRead(Recipient person, UUID id) {
        int changed = em.createNativeQuery("""
                update notification set read_at = now()
                 where id = ?1 and recipient_kind = ?2 and recipient_id = ?3 and read_at is null""")
                .setParameter(1, id).setParameter(2, person.kind().name()).setParameter(3, person.id())
                .executeUpdate();
        if (changed > 0) {
            LiveChannel.unreadChanged(em, person.kind(), person.id());
        } else if (em.createNativeQuery(
                "select 1 from notification where id = ?1 and recipient_kind = ?2 and recipient_id = ?3")
                .setParameter(1, id).setParameter(2, person.kind().name()).setParameter(3, person.id())
                .getResultList().isEmpty()) {
            throw ProblemException.notFound("notification", id);
        }
    }

    @Transactional
    public void markAllRead(Recipient person) {
        int changed = em.createNativeQuery("""
                update notification set read_at = now()
                 where recipient_kind = ?1 and recipient_id = ?2 and read_at is null""")
                .setParameter(1, person.kind().name()).setParameter(2, person.id())
                .executeUpdate();
        if (changed > 0) {
            LiveChannel.unreadChanged(em, person.kind(), person.id());
        }
    }

    private NotificationView view(Object[] row, String language) {
        Map<String, String> data;
        try {
            data = JSON.readValue((String) row[3], DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification " + row[0] + " holds data that is not a map of strings", e);
        }
        String link = texts.link((String) row[4]);
        String agency = row[7] == null ? config.mail().fallbackSenderName() : (String) row[7];
        Texts.Headline headline = texts.headline((String) row[2], language, data, agency, link);
        return new NotificationView((UUID) row[0], Category.valueOf((String) row[1]), headline.title(),
                headline.summary(), link, Rows.instant(row[5]), Rows.instant(row[6]));
    }

}
