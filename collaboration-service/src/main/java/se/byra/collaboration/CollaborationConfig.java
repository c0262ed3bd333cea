package se.byra.collaboration;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** collaboration.*: how long an invitation waits, and how the deadlines are swept. */
@ConfigMapping(prefix = "collaboration")
public interface CollaborationConfig {

    Invitation invitation();

    Deadlines deadlines();

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
}
