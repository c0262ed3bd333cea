package se.byra.notification.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.byra.notification.directory.Directory;
import se.byra.notification.directory.Recipient;
import se.byra.notification.inbox.LiveChannel;
import se.byra.notification.mail.DeliveryWorker;
import se.byra.notification.preferences.Preferences;
import se.byra.platform.messaging.inbox.InboundEvent;
import se.byra.platform.messaging.inbox.PoisonEventException;
import se.byra.platform.transactions.AfterCommit;

/**
 * Records a mapping's notices in the transaction that handles the event: an in-platform notification for
 * each, and an e-mail delivery for each the person's preferences allow. Nothing leaves the service here:
 * the mailer sends after the commit, and PostgreSQL tells the open pages (NOTIFY is delivered on commit).
 * A notice to a person the directory does not know yet is recorded all the same: the mailer finds their
 * address when it sends. A deactivated staff member gets nothing more. A notice to an address is its e-mail
 * alone, with the address, name and language it goes to (the directory has none of them); a notice in the
 * platform only is its notification alone.
 */
@ApplicationScoped
public class Notifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAKE_MAILER = Notifier.class.getName() + ".wake";
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;

    @Inject
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Preferences preferences;

    @Inject
    DeliveryWorker mailer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(TxType.MANDATORY)
    public void record(InboundEvent<?> event, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        if (event.agencyId() == null) {
            throw new PoisonEventException(event.type() + " notifies people but carries no agencyid");
        }
        Instant now = Instant.now();
        for (Notice notice : notices) {
            String data = json(notice);
            if (notice.inPlatform()) {
                Optional<Recipient> recipient = directory.find(notice.recipientKind(), notice.recipientId());
                if (recipient.isPresent() && !recipient.get().active()) {
                    continue;
                }
                UUID notificationId = UUID.randomUUID();
                int written = em.createNativeQuery("""
                        insert into notification (id, agency_id, recipient_kind, recipient_id, event_id, category,
                                                  template, data, link, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9, ?10)
                        on conflict on constraint notification_once do nothing""")
                        .setParameter(1, notificationId).setParameter(2, event.agencyId())
                        .setParameter(3, notice.recipientKind().name()).setParameter(4, notice.recipientId())
                        .setParameter(5, event.id()).setParameter(6, notice.category().name())
                        .setParameter(7, notice.template()).setParameter(8, data).setParameter(9, notice.link())
                        .setParameter(10, now)
                        .executeUpdate();
                if (written > 0) {
                    LiveChannel.announce(em, notice.recipientKind(), notice.recipientId(), notificationId);
                }
            }
            if (notice.emailed()
                    && preferences.emailWanted(notice.recipientKind(), notice.recipientId(), notice.category())) {
                Notice.Address address = notice.address();
                if (address != null) {
                    requireStorable(event, address);
                }
                em.createNativeQuery("""
                        insert into email_delivery (id, agency_id, recipient_kind, recipient_id, event_id, category,
                                                    template, data, link, status, next_attempt_at, created_at,
                                                    recipient_name, recipient_email, recipient_language)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9, 'PENDING', ?10, ?10, ?11, ?12, ?13)
                        on conflict on constraint email_delivery_once do nothing""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, event.agencyId())
                        .setParameter(3, notice.recipientKind().name()).setParameter(4, notice.recipientId())
                        .setParameter(5, event.id()).setParameter(6, notice.category().name())
                        .setParameter(7, notice.template()).setParameter(8, data).setParameter(9, notice.link())
                        .setParameter(10, now)
                        .setParameter(11, address == null ? null : address.name())
                        .setParameter(12, address == null ? null : address.email())
                        .setParameter(13, address == null ? null : address.language())
                        .executeUpdate();
                AfterCommit.once(transactions, WAKE_MAILER, mailer::wake);
            }
        }
    }

    /** An address the delivery cannot hold can never be stored: poison, rather than a partition held. */
    private static void requireStorable(InboundEvent<?> event, Notice.Address address) {
        if (address.name().length() > MAX_NAME || address.email().length() > MAX_EMAIL) {
            throw new PoisonEventException(event.type() + " names a recipient longer than the contract's "
                    + MAX_NAME + " characters of name or " + MAX_EMAIL + " of e-mail address");
        }
    }

    private static String json(Notice notice) {
        try {
            return JSON.writeValueAsString(notice.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's data is strings only", e);
        }
    }
}
