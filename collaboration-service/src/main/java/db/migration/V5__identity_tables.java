package db.migration;

import se.byra.platform.identity.provisioning.IdentityTablesMigration;

/** platform/identity's provisioning requests: client users become users of the realm after the commit. */
public class V5__identity_tables extends IdentityTablesMigration {
}
