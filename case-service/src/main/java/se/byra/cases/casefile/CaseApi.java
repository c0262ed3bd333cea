package se.byra.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.byra.cases.Side;
import se.byra.cases.casefile.CaseHistory.What;
import se.byra.cases.consent.ConsentStatus;
import se.byra.platform.web.input.MultiLine;

/** What the case endpoints read and answer. */
public final class CaseApi {

    private CaseApi() {
    }

    /** What the caller may do to a case now. */
    public enum Action {
        EDIT, SEND, RETURN, CLOSE, CANCEL, COMMENT, ATTACH, ANSWER, SUBMIT
    }

    /** A new case: written out, or from a template (whose parts fill what is not given). */
    public record NewCase(
            @NotNull UUID clientId,
            @Schema(nullable = true, description = "Required unless templateId is given") CaseType type,
            @Schema(nullable = true, description = "Required unless templateId is given") @Size(max = 200) String title,
            @Schema(nullable = true, extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 10_000) String description,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(nullable = true) UUID assigneeId,
            @Schema(nullable = true) @Valid Definition definition,
            @Schema(nullable = true, description = "A template of the agency to start from") UUID templateId) {
    }

    /** A change: a draft changes wholly, a sent case only its due date and assignee. */
    public record CaseEdit(
            int version,
            @NotBlank @Size(max = 200) String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @NotNull @Size(max = 10_000) String description,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(nullable = true) UUID assigneeId,
            @Schema(nullable = true) @Valid Definition definition) {
    }

    /** A comment, a return's reason. */
    public record Text(
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @NotBlank @Size(max = 10_000) String text) {
    }

    /** A closing or cancellation, with an optional note both sides read. */
    public record Closing(
            @Schema(nullable = true, extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @Size(max = 2_000) String note) {
    }

    /** The client's answer, saved or submitted. */
    public record AnswerBody(@Schema(nullable = true, description = "Absent on a submission: the saved answer")
            @Valid Answer answer) {
    }

    /** A client's question to the agency, to a staff member it has received cases from. */
    public record Question(
            @NotBlank @Size(max = 200) String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true"))
            @NotBlank @Size(max = 10_000) String description,
            @NotNull UUID assigneeId) {
    }

    /** A case in a list: the board, the client overview, the portal's cards. */
    public record CaseSummary(
            UUID id,
            UUID clientId,
            String clientName,
            CaseType type,
            String title,
            CaseStatus status,
            Side origin,
            @Schema(nullable = true) UUID assigneeId,
            @Schema(nullable = true) String assigneeName,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(description = "Waiting for the client past its due date") boolean overdue,
            @Schema(description = "Something happened the reader's side has not looked at") boolean unread,
            Instant updatedAt) {
    }

    public record AttachmentView(UUID id, @Schema(nullable = true) String item, String fileName, String contentType,
            long size, Side side, String uploadedByName, Instant uploadedAt) {
    }

    /** A case with everything a page shows of it. */
    public record CaseView(
            UUID id,
            UUID clientId,
            String clientName,
            CaseType type,
            String title,
            String description,
            CaseStatus status,
            Side origin,
            @Schema(nullable = true) UUID assigneeId,
            @Schema(nullable = true) String assigneeName,
            @Schema(nullable = true) LocalDate dueOn,
            boolean overdue,
            boolean unread,
            Definition definition,
            Answer answer,
            @Schema(description = "Whether the answer was submitted (not only saved)") boolean submitted,
            @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) String answeredByName,
            List<AttachmentView> attachments,
            String createdByName,
            Instant createdAt,
            @Schema(nullable = true) Instant sentAt,
            @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true) Case.ClosingReason closingReason,
            @Schema(nullable = true) String closingNote,
            Instant updatedAt,
            int version,
            List<Action> actions,
            @Schema(nullable = true, description = "The agency's view only (null in the client's): where the client's "
                    + "consent to case management stands, NONE when it was never invited; a draft is sent only when "
                    + "GRANTED") ConsentStatus consent) {
    }

    public record CommentView(UUID id, Side side, String authorName, String text, Instant at) {
    }

    public record HistoryView(Instant at, What what, Side side, @Schema(nullable = true) String byName,
            @Schema(nullable = true) String note) {
    }

    /** A staff member a client may address a question to. */
    public record Contact(UUID staffId, String name) {
    }

    /** The portal's "Ärenden" menu for one company. */
    public record Menu(@Schema(description = "Consent granted and a case sent at least once") boolean visible,
            @Schema(description = "Cases waiting for the client") long waiting,
            @Schema(description = "Cases with something the client has not looked at") long unread) {
    }

    /** One thing on a client user's to-do list. */
    public record Task(
            @Schema(description = "CONSENT: consent to give; CASE: a case to answer") String kind,
            UUID clientId,
            String clientName,
            @Schema(nullable = true) UUID caseId,
            @Schema(nullable = true) CaseType type,
            @Schema(nullable = true) String title,
            @Schema(nullable = true) LocalDate dueOn,
            Instant since) {
    }

    /** The client overview's section: where consent stands and how the cases are. */
    public record ClientSummary(
            ConsentStatus consent,
            long open,
            long waitingForClient,
            long waitingForAgency,
            long overdue,
            long unread,
            @Schema(description = "The latest cases, up to five") List<CaseSummary> latest) {
    }
}
