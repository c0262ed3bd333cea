package se.byra.platform.access;

import se.byra.platform.transactions.ScriptMigration;

/**
 * Creates the access read model's tables. A service adds one subclass at the version it chooses (e.g.
 * {@code db.migration.V3__access_tables}); the DDL stays here, next to the code that reads it.
 */
public abstract class AccessTablesMigration extends ScriptMigration {

    protected AccessTablesMigration() {
        super("se/byra/platform/access/access-tables.sql");
    }
}
