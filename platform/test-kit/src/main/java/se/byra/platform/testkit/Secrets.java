package se.byra.platform.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets a local server keeps beside its data: made once, never in the repository. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * The secret kept in {@code file}: on first use 32 random bytes (URL-safe Base64) written
     * readable by the owner only, read back afterwards.
     */
    public static String kept(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                Files.createDirectories(file.getParent());
                Path staging = Files.createTempFile(file.getParent(), ".secret-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(staging, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a secret in " + file, e);
        }
    }
}
