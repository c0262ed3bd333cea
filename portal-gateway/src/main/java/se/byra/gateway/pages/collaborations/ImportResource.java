package se.byra.gateway.pages.collaborations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.ImportReport;
import se.byra.gateway.downstream.CollaborationApi.RefusedRow;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.CollabListMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * Importing collaborations from an older system: a CSV file (or its rows pasted) sent on to collaboration-service as
 * {@code text/csv}, and its report on the same page: how many rows were taken, and each refused row with its number,
 * reference, the field at fault and why, in words. The page takes text only: at most {@value #MAX_BYTES} bytes, UTF-8
 * without NUL characters (a byte order mark is dropped); anything else is an error at the field, without calling the
 * service. The report is the POST's answer (it is not kept anywhere a GET could show it).
 */
@Path(Paths.COLLABORATIONS + "/import")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ImportResource {

    static final String FILE = "file";
    static final String ROWS = "rows";
    static final List<String> FIELD_ORDER = List.of(FILE, ROWS);
    /** 1 MB: a few thousand rows, far more than the service's 5 000 rows need. */
    static final int MAX_BYTES = 1024 * 1024;

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(ImportPage view);
    }

    /** The page: the rows as pasted, the errors, a notice, and the report of an import done (null before). */
    public record ImportPage(String rows, FormErrors errors, String notice, Report report) {

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasReport() {
            return report != null;
        }

        public String unlinkedHref() {
            return CollabPaths.unlinked();
        }
    }

    /** What the import did, in words. */
    public record Report(String summary, int imported, List<Refused> refused) {
    }

    public record Refused(int row, String reference, String field, String reason) {
    }

    /** The text chosen and the field it came from, or the error at that field. */
    private record Asked(String text, String field, String error, int status) {
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(new ImportPage("", new FormErrors(FIELD_ORDER), null, null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> importRows(@RestForm(FILE) FileUpload file, @RestForm(ROWS) String rows) {
        CollabListMsg words = page.collabListMsg();
        String pasted = rows == null ? "" : rows;
        Asked asked = asked(file, pasted, words);
        if (asked.error() != null) {
            return Uni.createFrom().item(show(pasted, new FormErrors(FIELD_ORDER).add(asked.field(), asked.error()),
                    null, null, asked.status()));
        }
        return collaboration.importCsv(asked.text())
                .map(report -> show(pasted, new FormErrors(FIELD_ORDER), null, report(report), 200))
                .onFailure(failure -> ServiceRefusal.is(failure, 400) || ServiceRefusal.is(failure, 413))
                .recoverWithItem(() -> show(pasted, new FormErrors(FIELD_ORDER).add(asked.field(),
                        words.import_error_refused()), null, null, 400))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(pasted,
                        new FormErrors(FIELD_ORDER), words.import_unavailable(), null, 503));
    }

    /** The file when one was chosen, else the pasted rows; checked to be text of at most {@value #MAX_BYTES} bytes. */
    private static Asked asked(FileUpload file, String pasted, CollabListMsg words) {
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_BYTES) {
                return new Asked(null, FILE, words.import_error_too_large(), 413);
            }
            String text = text(read(file));
            return text == null ? new Asked(null, FILE, words.import_error_not_text(), 415)
                    : new Asked(text, FILE, null, 200);
        }
        if (pasted.isBlank()) {
            return new Asked(null, FILE, words.import_error_missing(), 400);
        }
        if (pasted.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new Asked(null, ROWS, words.import_error_text_too_large(), 413);
        }
        return pasted.indexOf('\0') >= 0 ? new Asked(null, ROWS, words.import_error_not_text(), 415)
                : new Asked(withoutByteOrderMark(pasted), ROWS, null, 200);
    }

    /** The bytes as UTF-8 text without a byte order mark; null when they are not UTF-8 or hold a NUL. */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? null : withoutByteOrderMark(text);
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private Report report(ImportReport report) {
        CollabListMsg words = page.collabListMsg();
        List<Refused> refused = report.refused().stream().map(row -> new Refused(row.row(),
                row.reference() == null ? "" : row.reference(), field(row.field(), words), reason(row, words)))
                .toList();
        String summary = refused.isEmpty() ? words.import_report_all()
                : words.import_report_summary(Integer.toString(report.imported()), Integer.toString(report.rows()));
        return new Report(summary, report.imported(), refused);
    }

    private static String field(String field, CollabListMsg words) {
        return switch (field == null ? "" : field) {
            case "organisationNumber" -> words.refused_field_organisation();
            case "reference" -> words.refused_field_reference();
            case "serviceName" -> words.refused_field_service();
            case "startedOn" -> words.refused_field_started();
            case "row" -> words.refused_field_row();
            default -> field;
        };
    }

    /** The service's reason in words, known by its code; one it adds later is shown as it gives it. */
    private static String reason(RefusedRow row, CollabListMsg words) {
        return switch (row.code() == null ? "" : row.code()) {
            case "REQUIRED" -> words.refused_required();
            case "EMPTY" -> words.refused_empty();
            case "ALREADY_IMPORTED" -> words.refused_already_imported();
            case "TOO_LONG" -> words.refused_too_long();
            case "INVALID_ORGANISATION_NUMBER" -> words.refused_organisation_invalid();
            case "UNKNOWN_CLIENT" -> words.refused_no_client();
            case "IMPLAUSIBLE_DATE" -> words.refused_date_implausible();
            case "DATE_FORMAT" -> words.refused_date_format();
            default -> row.reason() == null ? "" : row.reason();
        };
    }

    private Response show(String rows, FormErrors errors, String notice, Report report, int status) {
        return CollabPages.page(status, Templates.form(new ImportPage(rows, errors, notice, report)));
    }
}
