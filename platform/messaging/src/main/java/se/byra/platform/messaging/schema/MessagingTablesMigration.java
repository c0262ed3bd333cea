package se.byra.platform.messaging.schema;

import se.byra.platform.transactions.ScriptMigration;

/**
 * Creates the outbox and inbox tables. Each service owns its migration history, so it adds one
 * subclass at the version it chooses, e.g. {@code db.migration.V2__messaging_tables}; the DDL
 * itself stays here, next to the code that uses it.
 */
public abstract class MessagingTablesMigration extends ScriptMigration {

    private static final String SCRIPT = "se/byra/platform/messaging/schema/messaging-tables.sql";

    protected MessagingTablesMigration() {
        super(SCRIPT);
    }

    /** The DDL of the outbox and inbox tables, for this migration and for code that sets them up outside Flyway (tests, the benchmark). */
    public static String script() {
        return read(SCRIPT);
    }
}
