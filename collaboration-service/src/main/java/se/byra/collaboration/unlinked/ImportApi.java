package se.byra.collaboration.unlinked;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST records of importing collaborations from an older system. */
public final class ImportApi {

    private ImportApi() {
    }

    /**
     * One row of an import, every field as text so that a bad value refuses its row, not the file. The CSV form has
     * a header row with these names (comma or semicolon separated).
     */
    public record ImportRow(
            @Schema(description = "The client's organisation number, NNNNNN-NNNN; the client must be in the agency's "
                    + "register", example = "556703-7485") String organisationNumber,
            @Schema(description = "The older system's reference for the collaboration, unique in the agency: a row "
                    + "already imported is refused as such, so an import may run again") String reference,
            @Schema(nullable = true, description = "What the older system called the service") String serviceName,
            @Schema(nullable = true, description = "When the collaboration started there, YYYY-MM-DD")
            String startedOn) {
    }

    /** An import given as JSON: its rows, at most 5000. */
    public record ImportRequest(@Schema(description = "The rows, in the order the report numbers them")
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = Imports.MAX_ROWS)
            List<ImportRow> rows) {
    }

    /** What an import did: the rows taken, and each row refused with the field and why. */
    public record ImportReport(int rows, int imported, List<RefusedRow> refused) {
    }

    /**
     * @param row the row's number in the file (1 is the first after a CSV's header)
     * @param reference the row's reference, as given
     * @param field the field at fault
     * @param code why, for a program (a page says it in its own words)
     * @param reason why, in English
     */
    public record RefusedRow(int row, @Schema(nullable = true) String reference, String field, Refusal code,
            String reason) {
    }

    /** Why a row was refused. */
    public enum Refusal {
        EMPTY, REQUIRED, TOO_LONG, ALREADY_IMPORTED, INVALID_ORGANISATION_NUMBER, UNKNOWN_CLIENT, IMPLAUSIBLE_DATE,
        DATE_FORMAT
    }
}
