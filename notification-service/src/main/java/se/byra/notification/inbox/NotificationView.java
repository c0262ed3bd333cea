package se.byra.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.notification.engine.Category;

/**
 * One in-platform notification as its reader sees it.
 *
 * @param link the absolute address of the page it leads to
 * @param readAt when the person marked it read; null while unread
 */
public record NotificationView(UUID id, Category category, String title, String summary, String link,
        Instant createdAt, @Schema(nullable = true) Instant readAt) {
}
