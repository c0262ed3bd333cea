package db.migration;

import se.byra.platform.access.AccessTablesMigration;

/** Who may see which client: platform/access's read model, kept from engagement.events and collaboration.events. */
public class V2__access_tables extends AccessTablesMigration {
}
