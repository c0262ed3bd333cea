package se.byra.platform.identity.provisioning;

import se.byra.platform.transactions.ScriptMigration;

/**
 * Creates the provisioning table. A service adds one subclass at the version it chooses (e.g.
 * {@code db.migration.V5__identity_tables}); the DDL stays here, next to the code that uses it.
 */
public abstract class IdentityTablesMigration extends ScriptMigration {

    protected IdentityTablesMigration() {
        super("se/byra/platform/identity/provisioning/identity-tables.sql");
    }
}
