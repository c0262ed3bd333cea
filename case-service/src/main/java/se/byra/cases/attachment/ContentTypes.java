package se.byra.cases.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

/**
 * What a file is, from its bytes (Apache Tika's magic numbers, the name only narrowing a container such as an
 * Office document's zip), never from the name or the type the sender claims: an executable named faktura.pdf is an
 * executable. Only the types a case needs are allowed, and none a browser would run.
 */
@ApplicationScoped
public class ContentTypes {

    /** The allowed types and the name each is known by in a refusal. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/heic", "HEIC"),
            Map.entry("text/plain", "text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/xml", "XML (SIE, e-invoice)"),
            Map.entry("text/x-sie", "SIE"));

    private final Tika tika = new Tika();

    /** The detected type of these bytes, with the file's name as a hint for containers. */
    public String detect(byte[] content, String fileName) {
        try {
            String type = tika.detect(new ByteArrayInputStream(content), fileName);
            // a plain text file named .csv is detected as text/plain or text/csv: both allowed
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean allowed(String type) {
        return ALLOWED.containsKey(type);
    }

    /** The allowed types' names, for a refusal that says what would do. */
    public static String allowedNames() {
        return String.join(", ", ALLOWED.values().stream().sorted().toList());
    }
}
