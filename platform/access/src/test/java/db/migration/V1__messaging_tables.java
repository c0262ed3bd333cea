package db.migration;

import se.byra.platform.messaging.schema.MessagingTablesMigration;

public class V1__messaging_tables extends MessagingTablesMigration {
}
