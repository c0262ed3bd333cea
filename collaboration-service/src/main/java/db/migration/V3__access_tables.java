package db.migration;

import se.byra.platform.access.AccessTablesMigration;

/** platform/access's read model: who may see which client (docs/architecture.md, "Who may see which client"). */
public class V3__access_tables extends AccessTablesMigration {
}
