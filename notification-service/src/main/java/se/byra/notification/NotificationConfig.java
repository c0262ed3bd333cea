package se.byra.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code notification.*}); the defaults are production's. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    Links links();

    Mail mail();

    Live live();

    Retention retention();

    interface Links {
        /**
         * Where the agency UI and the portal are (the gateway): the links in e-mails and notifications are this
         * followed by a page's path.
         */
        @WithDefault("http://localhost:8080")
        String baseUrl();
    }

    interface Mail {
        /** The sender address; the sender name is the agency's (the product's name until the agency's is known). */
        @WithDefault("no-reply@byra.invalid")
        String fromAddress();

        /** The sender name when the agency's name is not known yet. */
        @WithDefault("Byråplattformen")
        String fallbackSenderName();

        /** Whether this replica sends (every replica may; tests of a stopped mailer turn it off). */
        @WithDefault("true")
        boolean enabled();

        /** Tries of one e-mail before it is marked failed and listed for the administrator. */
        @WithDefault("8")
        int maxAttempts();

        /** The pause after the first failure, doubled after each next one up to {@link #maxBackoff()}. */
        @WithDefault("30s")
        Duration minBackoff();

        @WithDefault("30m")
        Duration maxBackoff();

        /** How often the mailer looks for e-mails a wake-up missed (a crash, a retry falling due). */
        @WithDefault("5s")
        Duration pollInterval();

        /** How long a replica holds an e-mail it is sending; a crashed replica's is taken over after. */
        @WithDefault("2m")
        Duration lease();

        @WithDefault("20")
        int batchSize();

        /** The longest one SMTP conversation may take before it counts as failed (and is tried again). */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    interface Live {
        /** An open page's stream ends after this, so the browser reconnects through the gateway with a fresh token. */
        @WithDefault("10m")
        Duration maxStreamAge();

        /** A comment line this often keeps proxies from closing a quiet stream. */
        @WithDefault("20s")
        Duration heartbeat();

        /** The pause before listening again after the database connection of LISTEN was lost. */
        @WithDefault("2s")
        Duration reconnectDelay();
    }

    /**
     * How long notifications and e-mail deliveries are kept (application.properties, {@code ## Retention}, says why
     * these defaults). A delivery still pending (waiting or retrying) is never deleted, whatever its age.
     */
    interface Retention {
        /** Whether this replica sweeps (every replica may: they share the rows, each deleted once). */
        @WithDefault("true")
        boolean enabled();

        /** How often a sweep runs (the first at start). */
        @WithDefault("1h")
        Duration every();

        /** Rows deleted per transaction, so one sweep never holds many locks for long. */
        @WithDefault("1000")
        int batchSize();

        /** A notification the person has read goes when it was created longer ago than this. */
        @WithDefault("P180D")
        Duration readNotifications();

        /** Any notification, read or not, goes when it was created longer ago than this; at least read-notifications. */
        @WithDefault("P365D")
        Duration unreadNotifications();

        /** A sent e-mail goes when it was sent longer ago than this. */
        @WithDefault("P90D")
        Duration sentDeliveries();

        /**
         * A failed e-mail (given up, listed on the administrator's Misslyckade utskick) goes when its last attempt was
         * longer ago than this; a resend makes it pending again and starts it over.
         */
        @WithDefault("P365D")
        Duration failedDeliveries();
    }
}
