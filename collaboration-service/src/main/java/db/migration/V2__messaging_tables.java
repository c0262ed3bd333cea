package db.migration;

import se.byra.platform.messaging.schema.MessagingTablesMigration;

/** The outbox and inbox tables of platform/messaging. */
public class V2__messaging_tables extends MessagingTablesMigration {
}
