package db.migration;

import se.byra.platform.messaging.schema.MessagingTablesMigration;

/** The outbox and inbox tables, as a service adds them. */
public class V1__messaging_tables extends MessagingTablesMigration {
}
