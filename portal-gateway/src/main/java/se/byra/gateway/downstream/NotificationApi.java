package se.byra.gateway.downstream;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The gateway's copies of notification-service's records (see its README). Categories (INVITATION, ACCOUNT,
 * ENGAGEMENT) and a delivery's status are strings, so a value the service adds later is shown in words as
 * unknown, not an error.
 */
public final class NotificationApi {

    private NotificationApi() {
    }

    /** An in-platform notification of the signed-in user's; {@code readAt} null while unread. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NotificationView(UUID id, String category, String title, String summary, String link,
            Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    /** One category of e-mail the user gets; a {@code mandatory} one is always sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryPreference(String category, boolean mandatory, boolean email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preferences(List<CategoryPreference> categories) {

        public List<CategoryPreference> categories() {
            return categories == null ? List.of() : categories;
        }
    }

    /** {@code PUT /me/preferences}: whether to e-mail each category named. */
    public record PreferencesUpdate(Map<String, Boolean> email) {
    }

    /** An e-mail the agency's platform sent or tried to send. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryView(UUID id, String category, String recipientName, String recipientEmail,
            String subject, String status, int attempts, String lastError, Instant createdAt, Instant lastAttemptAt,
            Instant sentAt) {
    }
}
