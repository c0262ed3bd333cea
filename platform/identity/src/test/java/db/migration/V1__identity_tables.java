package db.migration;

import se.byra.platform.identity.provisioning.IdentityTablesMigration;

/** The provisioning table, as a service adds it. */
public class V1__identity_tables extends IdentityTablesMigration {
}
