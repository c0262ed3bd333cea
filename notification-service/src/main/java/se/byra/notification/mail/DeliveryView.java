package se.byra.notification.mail;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.notification.engine.Category;

/**
 * One e-mail as the agency's administrator follows it. Recipient and subject are as last tried (null
 * before the first try).
 *
 * @param status {@code PENDING} (waiting or being tried again), {@code SENT} or {@code FAILED}
 * @param lastError why the last try failed
 */
public record DeliveryView(UUID id, Category category, @Schema(nullable = true) String recipientName,
        @Schema(nullable = true) String recipientEmail, @Schema(nullable = true) String subject, String status,
        int attempts, @Schema(nullable = true) String lastError, Instant createdAt,
        @Schema(nullable = true) Instant lastAttemptAt, @Schema(nullable = true) Instant sentAt) {
}
