package db.migration;

import se.byra.platform.access.AccessTablesMigration;

/**
 * Who may see which client: platform/access's read model. This service owns the facts, so it writes them in
 * the transaction of each change (V8 fills it from what the directory and the register hold already).
 */
public class V7__access_tables extends AccessTablesMigration {
}
