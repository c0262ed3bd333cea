package se.byra.platform.messaging.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the outbox and inbox tables. Each service owns its migration history, so it adds one
 * subclass at the version it chooses, e.g. {@code db.migration.V2__messaging_tables}; the DDL
 * itself stays here, next to the code that uses it.
 *
 * <p>{@code implements JavaMigration} is repeated on purpose: Quarkus finds Java migrations by
 * the implementors of that interface in its index, and Flyway's own base class is not indexed.
 */
public abstract class MessagingTablesMigration extends BaseJavaMigration implements JavaMigration {

    private static final String SCRIPT = "se/byra/platform/messaging/schema/messaging-tables.sql";

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(script());
        }
    }

    /** Changes to the script are detected by Flyway's validation like those of an SQL migration. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(script().getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** The DDL of the outbox and inbox tables, for this migration and for code that sets them up outside Flyway (tests, the benchmark). */
    public static String script() {
        try (InputStream in = MessagingTablesMigration.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
