package se.byra.notification.mail;

import java.time.Instant;
import java.util.UUID;

import se.byra.notification.engine.Category;

/**
 * One e-mail as the agency's administrator follows it. Recipient and subject are as last tried (null
 * before the first try).
 *
 * @param status {@code PENDING} (waiting or being tried again), {@code SENT} or {@code FAILED}
 * @param lastError why the last try failed
 */
public record DeliveryView(UUID id, Category category, String recipientName, String recipientEmail,
        String subject, String status, int attempts, String lastError, Instant createdAt, Instant lastAttemptAt,
        Instant sentAt) {
}
