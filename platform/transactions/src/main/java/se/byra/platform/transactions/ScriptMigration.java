package se.byra.platform.transactions;

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
 * A Flyway migration that runs a library's SQL script: the library keeps its tables' DDL next to
 * the code that uses them, and each service adds a subclass at the version it chooses (its own
 * migration history). Changes to the script are caught by Flyway's validation, as for an SQL file.
 *
 * <p>{@code implements JavaMigration} is repeated on purpose: Quarkus finds Java migrations by
 * the implementors of that interface in its index, and Flyway's own base class is not indexed.
 */
public abstract class ScriptMigration extends BaseJavaMigration implements JavaMigration {

    private final String script;

    /** @param script the script's path on the class path */
    protected ScriptMigration(String script) {
        this.script = script;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(read(script));
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read(script).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** The script's text, also for code that sets the tables up outside Flyway (tests, benchmarks). */
    public static String read(String script) {
        try (InputStream in = ScriptMigration.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("missing " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
