package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import se.byra.platform.web.input.MultiLine;

/**
 * The gateway's copies of case-service's records (see {@link EngagementApi}): a client's consent to case
 * management, the cases (ärenden) with their definition, answer, files, comments and history, the templates and the
 * bulk send's report. A case's type and status, a consent's status, a side, a history step and a refusal's code are
 * strings, so a value the service adds later is "Okänd status", not an error. A text that may hold several lines (a
 * description, an answer, a comment, a note) is marked as the service marks it ({@link MultiLine}): the gateway reads
 * JSON as strictly as the services do, and refuses line breaks anywhere else.
 */
public final class CaseApi {

    /** A case's type. */
    public static final String QUESTION = "QUESTION";
    public static final String DOCUMENT_REQUEST = "DOCUMENT_REQUEST";
    public static final String APPROVAL = "APPROVAL";
    public static final String INFORMATION = "INFORMATION";
    public static final String FORM = "FORM";
    public static final List<String> TYPES = List.of(QUESTION, DOCUMENT_REQUEST, APPROVAL, INFORMATION, FORM);

    /** A case's status: whose turn it is. */
    public static final String DRAFT = "DRAFT";
    public static final String WAITING_FOR_CLIENT = "WAITING_FOR_CLIENT";
    public static final String WAITING_FOR_AGENCY = "WAITING_FOR_AGENCY";
    public static final String CLOSED = "CLOSED";
    public static final String CANCELLED = "CANCELLED";

    /** A consent's status. */
    public static final String NONE = "NONE";
    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String DECLINED = "DECLINED";
    public static final String REVOKED = "REVOKED";

    /** Who did something. */
    public static final String AGENCY = "AGENCY";
    public static final String CLIENT = "CLIENT";

    /** What the agency may do to a case now ({@link CaseView#actions()}). */
    public static final String EDIT = "EDIT";
    public static final String SEND = "SEND";
    public static final String RETURN = "RETURN";
    public static final String CLOSE = "CLOSE";
    public static final String CANCEL = "CANCEL";
    public static final String COMMENT = "COMMENT";
    public static final String ATTACH = "ATTACH";

    /** The item of an approval's document, the one the client approves or rejects. */
    public static final String APPROVAL_DOCUMENT = "document";

    /** A form field's type. */
    public static final List<String> FIELD_TYPES = List.of("TEXT", "NUMBER", "DATE", "YES_NO", "CHOICE", "FILE");
    public static final String CHOICE = "CHOICE";
    public static final String FILE = "FILE";

    private CaseApi() {
    }

    // Consent

    /** Why an invitation cannot be sent now: {@code code} MAIN_CONTACT_EMAIL_MISSING, ADDRESS_INCOMPLETE, … */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refusal(String code, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentStep(Instant at, String what, String side, String byName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String note) {
    }

    /** A client's consent as staff see it, with what stands in the way of an invitation now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentView(UUID clientId, String status, String mainContactName, String mainContactEmail,
            Instant requestedAt, String requestedByName, Instant answeredAt, String answeredByName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String reason,
            List<Refusal> refusals, List<ConsentStep> history) {

        public List<Refusal> refusals() {
            return refusals == null ? List.of() : refusals;
        }

        public List<ConsentStep> history() {
            return history == null ? List.of() : history;
        }
    }

    /** One client in the agency's list of consents. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentItem(UUID clientId, String clientName, String status, Instant updatedAt) {
    }

    // Cases

    /** A case in a list: the board, the client overview. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseSummary(UUID id, UUID clientId, String clientName, String type, String title, String status,
            String origin, UUID assigneeId, String assigneeName, LocalDate dueOn, boolean overdue, boolean unread,
            Instant updatedAt) {
    }

    /**
     * What a case asks: the documents of a document request, the fields of a form; nothing for the other three. As
     * sent, the part a type does not take is null (the service refuses even an empty list of it); read it through
     * {@link #documentList()} and {@link #fieldList()}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(List<Document> documents, List<Field> fields) {

        public static final Definition NONE = new Definition(null, null);

        public List<Document> documentList() {
            return documents == null ? List.of() : documents;
        }

        public List<Field> fieldList() {
            return fields == null ? List.of() : fields;
        }
    }

    /** A document asked for; {@code key} null on input for the service to give. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String key, String name, boolean required) {
    }

    /** A form field; {@code options} for a CHOICE only (null otherwise). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String key, String label, String type, boolean required, List<String> options) {

        public List<String> options() {
            return options == null ? List.of() : options;
        }
    }

    /** The client's answer: the parts of the case's type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String text,
            Boolean acknowledged, String decision,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String comment,
            Map<String, String> values) {

        public Map<String, String> values() {
            return values == null ? Map.of() : values;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttachmentView(UUID id, String item, String fileName, String contentType, long size, String side,
            String uploadedByName, Instant uploadedAt) {
    }

    /**
     * A case with everything a page shows of it; {@code actions} what the caller may do now, {@code consent} where
     * the client's consent stands (the agency's view only).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseView(UUID id, UUID clientId, String clientName, String type, String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String description,
            String status, String origin, UUID assigneeId, String assigneeName, LocalDate dueOn, boolean overdue,
            boolean unread, Definition definition, Answer answer, boolean submitted, Instant answeredAt,
            String answeredByName, List<AttachmentView> attachments, String createdByName, Instant createdAt,
            Instant sentAt, Instant closedAt, String closingReason,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String closingNote,
            Instant updatedAt,
            int version, List<String> actions, String consent) {

        public Definition definition() {
            return definition == null ? Definition.NONE : definition;
        }

        public Answer answer() {
            return answer == null ? new Answer(null, null, null, null, null) : answer;
        }

        public List<AttachmentView> attachments() {
            return attachments == null ? List.of() : attachments;
        }

        public List<String> actions() {
            return actions == null ? List.of() : actions;
        }

        public boolean may(String action) {
            return actions().contains(action);
        }

        public boolean is(String other) {
            return other.equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CommentView(UUID id, String side, String authorName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String text, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryView(Instant at, String what, String side, String byName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String note) {
    }

    /** The client overview's section: where consent stands and how the cases are. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientSummary(String consent, long open, long waitingForClient, long waitingForAgency,
            long overdue, long unread, List<CaseSummary> latest) {

        public List<CaseSummary> latest() {
            return latest == null ? List.of() : latest;
        }
    }

    /** {@code POST /cases}: a draft, written out; {@code templateId} the template it started from (null: none). */
    public record NewCase(UUID clientId, String type, String title, String description, LocalDate dueOn,
            UUID assigneeId, Definition definition, UUID templateId) {
    }

    /** {@code PUT /cases/{id}}: a draft changes wholly, a sent case only its due date and assignee. */
    public record CaseEdit(int version, String title, String description, LocalDate dueOn, UUID assigneeId,
            Definition definition) {
    }

    /** A comment, a return's reason. */
    public record Text(String text) {
    }

    /** A closing or a cancellation, with an optional note. */
    public record Closing(String note) {
    }

    // Templates

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TemplateView(UUID id, String name, String type, String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String description,
            Integer dueInDays, Definition definition, Instant updatedAt, int version) {

        public Definition definition() {
            return definition == null ? Definition.NONE : definition;
        }
    }

    /** A template as written: new ({@code version} ignored) or changed (the version it was read at). */
    public record TemplateBody(int version, String name, String type, String title, String description,
            Integer dueInDays, Definition definition) {
    }

    /** One template sent to many clients at once. */
    public record Dispatch(List<UUID> clientIds, LocalDate dueOn, UUID assigneeId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sent(UUID clientId, String clientName, UUID caseId) {
    }

    /** {@code code}: NO_CONSENT, UNKNOWN_CLIENT, DUPLICATE. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refused(UUID clientId, String clientName, String code,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DispatchReport(List<Sent> sent, List<Refused> refused) {

        public List<Sent> sent() {
            return sent == null ? List.of() : sent;
        }

        public List<Refused> refused() {
            return refused == null ? List.of() : refused;
        }
    }
}
