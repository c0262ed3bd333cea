package se.byra.collaboration;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * collaboration.*: how long an invitation waits, how the deadlines are swept, and how long an account requested by
 * case-service waits for its main contact.
 */
@ConfigMapping(prefix = "collaboration")
public interface CollaborationConfig {

    Invitation invitation();

    Deadlines deadlines();

    Consent consent();

    /** The agencies' time zone: an ending "on a day" takes effect when that day is over here. */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();

    interface Invitation {

        /** How long an invitation may be answered, from the time it was (last) sent. */
        @WithDefault("P14D")
        Duration validFor();
    }

    interface Deadlines {

        /** Whether this replica sweeps the deadlines (off in tests that drive the sweep themselves). */
        @WithDefault("true")
        boolean enabled();

        /** How often expired invitations and endings due are looked for. */
        @WithDefault("PT1M")
        Duration pollInterval();

        /** How many collaborations one sweep's transaction takes at most; the next sweep goes on. */
        @WithDefault("100")
        int batchSize();
    }

    interface Consent {

        /**
         * How long after case-service asked for an account (ConsentRequested's requestedAt) this service waits for
         * a main contact it knows without a name or an e-mail, while its client register is older than the request:
         * the event is tried again until then, and skipped with a warning after (ConsentRequestedHandler).
         */
        @WithDefault("PT15M")
        Duration mainContactWait();
    }
}
