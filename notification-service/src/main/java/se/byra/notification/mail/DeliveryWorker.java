package se.byra.notification.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import se.byra.notification.NotificationConfig;
import se.byra.notification.directory.Directory;
import se.byra.notification.directory.Recipient;
import se.byra.notification.directory.RecipientKind;
import se.byra.notification.engine.Texts;
import se.byra.platform.transactions.PollingWorker;

/**
 * Sends the recorded e-mails, never inside the transaction that recorded them: woken after such a commit,
 * and every {@code poll-interval} for those a wake-up missed (a crash, a retry falling due). A delivery is
 * leased while it is sent, so replicas share the work and a crashed replica's delivery is taken over when
 * its lease ends. It is rendered when sent, in the recipient's language and to their address as the
 * directory has them then (a delivery to an address: as it was recorded). A failure is tried again with backoff; after the last attempt the delivery is
 * marked failed, counted, and listed for the agency's administrator, who can resend it.
 *
 * <p>SMTP offers no exactly-once: a replica that crashes after the server accepted a mail and before the
 * row says so sends it again when the lease ends. The window is one SMTP conversation; each mail carries
 * its delivery id ({@code X-Byra-Delivery}) so a duplicate can be recognised.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };
    static final int MAX_ERROR = 2000;

    static final String CLAIM = """
            with due as (
                select id from email_delivery
                 where status = 'PENDING' and next_attempt_at <= now()
                   and (lease_until is null or lease_until < now())
                 order by next_attempt_at, id
                 limit ?1
                   for update skip locked)
            update email_delivery d set lease_until = now() + make_interval(secs => ?2)
              from due where d.id = due.id
            returning d.id, d.agency_id, d.recipient_kind, d.recipient_id, d.template, cast(d.data as text), d.link,
                      d.attempts, d.recipient_name, d.recipient_email, d.recipient_language""";

    @Inject
    NotificationConfig config;

    @Inject
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Texts texts;

    @Inject
    ReactiveMailer mailer;

    @Inject
    MeterRegistry registry;

    private final PollingWorker worker = new PollingWorker("notification-mailer", this::drain);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failedNow = new AtomicLong();
    private Counter sent;
    private Counter failed;

    /** A delivery taken to send; {@code address} is the person of a delivery to an address, else null. */
    record Claimed(UUID id, UUID agencyId, RecipientKind kind, UUID recipientId, String template,
            Map<String, String> data, String link, int attempts, Recipient address) {
    }

    void start(@Observes StartupEvent event) {
        sent = Counter.builder("notification.mail.sent").description("E-mails the SMTP server accepted")
                .register(registry);
        failed = Counter.builder("notification.mail.failed")
                .description("E-mails given up after the last attempt, listed for the agency's administrator")
                .register(registry);
        Gauge.builder("notification.mail.pending", pending, AtomicLong::get)
                .description("E-mails waiting to be sent or tried again").register(registry);
        Gauge.builder("notification.mail.failed.unresolved", failedNow, AtomicLong::get)
                .description("Failed e-mails not resent yet; alert when above 0").register(registry);
        if (!config.mail().enabled()) {
            LOG.info("Sending e-mail is off on this replica (notification.mail.enabled=false)");
            return;
        }
        worker.start(config.mail().pollInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        // a mail in flight ends within its timeout; one cut short is taken over after its lease
        worker.stop(config.mail().sendTimeout().plusSeconds(2));
    }

    /** Asks for a round as soon as possible; wake-ups that arrive while one is queued are merged. */
    public void wake() {
        worker.wake();
    }

    private void drain() {
        try {
            List<Claimed> claimed;
            do {
                claimed = claim();
                send(claimed);
            } while (claimed.size() == config.mail().batchSize() && worker.running());
            refreshGauges();
        } catch (RuntimeException e) {
            // the database is away: the deliveries wait in their table for the next round
            LOG.warnf("The mailer could not read its deliveries (tried again in %s): %s",
                    config.mail().pollInterval(), e.toString());
        }
    }

    private List<Claimed> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(CLAIM).setParameter(1, config.mail().batchSize())
                    .setParameter(2, (double) config.mail().lease().toMillis() / 1000).getResultList();
            List<Claimed> claimed = new ArrayList<>();
            for (Object r : rows) {
                Object[] row = (Object[]) r;
                RecipientKind kind = RecipientKind.valueOf((String) row[2]);
                Recipient address = kind != RecipientKind.ADDRESS ? null
                        : new Recipient(kind, (UUID) row[3], (String) row[8], (String) row[9], (String) row[10], true);
                claimed.add(new Claimed((UUID) row[0], (UUID) row[1], kind, (UUID) row[3], (String) row[4],
                        data((String) row[5]), (String) row[6], ((Number) row[7]).intValue(), address));
            }
            return claimed;
        });
    }

    /** One delivery made ready to send: the mail, or why it could not be made. */
    private record Prepared(Claimed delivery, Recipient recipient, String subject, Mail mail, RuntimeException failure) {
    }

    /**
     * The round's deliveries, rendered one after the other, then handed to the SMTP client together: an SMTP
     * server's answer takes tens of milliseconds (a relay's, more), and the client's pool of connections
     * carries them side by side, so one replica sends many a second.
     */
    private void send(List<Claimed> claimed) {
        List<Prepared> prepared = claimed.stream().map(this::prepare).toList();
        List<CompletableFuture<Void>> sending = prepared.stream()
                .map(p -> p.failure() != null ? CompletableFuture.<Void>failedFuture(p.failure())
                        : mailer.send(p.mail()).subscribeAsCompletionStage())
                .toList();
        long deadline = System.nanoTime() + config.mail().sendTimeout().toNanos();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            try {
                sending.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                record(p.delivery(), "SENT", p.recipient(), p.subject(), null, null);
                sent.increment();
            } catch (ExecutionException e) {
                failed(p, e.getCause() == null ? e : e.getCause());
            } catch (TimeoutException e) {
                sending.get(i).cancel(true);
                failed(p, new IllegalStateException("the SMTP server did not answer within "
                        + config.mail().sendTimeout()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // stopping: the lease hands the delivery to the next start
                return;
            }
        }
    }

    private Prepared prepare(Claimed delivery) {
        Recipient recipient = null;
        try {
            Optional<Recipient> known = delivery.address() != null ? Optional.of(delivery.address())
                    : QuarkusTransaction.requiringNew()
                            .call(() -> directory.find(delivery.kind(), delivery.recipientId()));
            if (known.isEmpty()) {
                throw new RecipientUnknownException(delivery);
            }
            recipient = known.get();
            String agency = QuarkusTransaction.requiringNew().call(() -> directory.agencyName(delivery.agencyId()))
                    .orElse(config.mail().fallbackSenderName());
            Texts.Mail mail = texts.mail(delivery.template(), recipient.language(), delivery.data(), recipient.name(),
                    agency, texts.link(delivery.link()));
            return new Prepared(delivery, recipient, mail.subject(), Mail.withText(recipient.email(), mail.subject(),
                    mail.text())
                    .setHtml(mail.html())
                    .setFrom(Senders.address(agency, config.mail().fromAddress()))
                    .addHeader("X-Byra-Delivery", delivery.id().toString()), null);
        } catch (RuntimeException e) {
            return new Prepared(delivery, recipient, null, null, e);
        }
    }

    private void failed(Prepared prepared, Throwable cause) {
        Claimed delivery = prepared.delivery();
        int attempts = delivery.attempts() + 1;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (attempts >= config.mail().maxAttempts()) {
            LOG.warnf("E-mail %s failed for good after %d attempts: %s", delivery.id(), attempts, reason);
            record(delivery, "FAILED", prepared.recipient(), prepared.subject(), reason, null);
            failed.increment();
        } else {
            Duration pause = backoff(attempts);
            LOG.infof("E-mail %s is tried again in %s: %s", delivery.id(), pause, reason);
            record(delivery, "PENDING", prepared.recipient(), prepared.subject(), reason, pause);
        }
    }

    /** The pause after the n-th failure: min-backoff doubled for each earlier one, at most max-backoff. */
    Duration backoff(int failures) {
        return PollingWorker.backoff(failures, config.mail().minBackoff(), config.mail().maxBackoff());
    }

    private void record(Claimed delivery, String status, Recipient recipient, String subject, String error,
            Duration retryAfter) {
        String reason = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update email_delivery
                   set status = ?1, attempts = attempts + 1, last_error = ?2, lease_until = null,
                       next_attempt_at = now() + make_interval(secs => ?3), last_attempt_at = now(),
                       sent_at = case when ?1 = 'SENT' then now() end,
                       recipient_name = coalesce(?4, recipient_name), recipient_email = coalesce(?5, recipient_email),
                       subject = coalesce(?6, subject)
                 where id = ?7""")
                .setParameter(1, status).setParameter(2, reason)
                .setParameter(3, retryAfter == null ? 0.0 : retryAfter.toMillis() / 1000.0)
                .setParameter(4, recipient == null ? null : recipient.name())
                .setParameter(5, recipient == null ? null : recipient.email())
                .setParameter(6, subject == null ? null : subject.substring(0, Math.min(subject.length(), 500)))
                .setParameter(7, delivery.id())
                .executeUpdate());
    }

    private void refreshGauges() {
        Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'FAILED') "
                        + "from email_delivery where status <> 'SENT'").getSingleResult());
        pending.set(((Number) counts[0]).longValue());
        failedNow.set(((Number) counts[1]).longValue());
    }

    private static Map<String, String> data(String json) {
        try {
            return JSON.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a delivery holds data that is not a map of strings", e);
        }
    }

    /** The directory has not learnt the person yet (their event is behind this one): tried again. */
    static final class RecipientUnknownException extends RuntimeException {
        RecipientUnknownException(Claimed delivery) {
            super("recipient " + delivery.kind() + " " + delivery.recipientId() + " is not known yet");
        }
    }
}
