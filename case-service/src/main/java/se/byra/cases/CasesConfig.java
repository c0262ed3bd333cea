package se.byra.cases;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cases.*: attachments' limits, reminder rules, and the agencies' time zone. */
@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    Attachments attachments();

    Reminders reminders();

    /** The agencies' time zone: "due on a day" and "overdue" are days here. */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();

    interface Attachments {

        /** The largest file accepted, in bytes (10 MB). The HTTP body limit is set just above it. */
        @WithDefault("10485760")
        long maxSize();

        /** How many files one case holds at most. */
        @WithDefault("100")
        int maxPerCase();
    }

    interface Reminders {

        /** Whether this replica sweeps for reminders due (off in tests that drive the sweep themselves). */
        @WithDefault("true")
        boolean enabled();

        /**
         * The rules: days from the due date at which a case still waiting for the client is reminded, negative
         * before it (-3: three days before; 1: the day after). Each is sent once per case and due date.
         */
        @WithDefault("-3,1,7")
        List<Integer> daysFromDue();

        /** How often reminders due are looked for. */
        @WithDefault("PT15M")
        Duration pollInterval();

        /** How many reminders one sweep's transaction sends at most; the next sweep goes on. */
        @WithDefault("100")
        int batchSize();
    }
}
