package db.migration;

import se.byra.platform.access.AccessTablesMigration;

public class V2__access_tables extends AccessTablesMigration {
}
