package se.byra.gateway.downstream;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import se.byra.platform.web.input.MultiLine;

/**
 * The gateway's copies of case-service's records as a company's users see them in the portal: the consent, the
 * "Ärenden" menu, the cards, one case with its answer, files, comments and history, and the signed-in user's to-dos
 * ({@code /companies/{clientId}/…}, {@code /me/case-tasks}). Types, statuses, sides, reasons and steps are strings,
 * so a value the service adds later is "Okänd status", not an error. The texts people write on several lines (the
 * case's text, answers, comments, notes, reasons) are marked {@link MultiLine}, as the service marks them: the JSON
 * reader refuses a line break anywhere else.
 */
public final class CompanyCaseApi {

    /** The five types of case. */
    public static final String QUESTION = "QUESTION";
    public static final String DOCUMENT_REQUEST = "DOCUMENT_REQUEST";
    public static final String APPROVAL = "APPROVAL";
    public static final String INFORMATION = "INFORMATION";
    public static final String FORM = "FORM";

    /** Whose turn it is, or that the case is done. */
    public static final String WAITING_FOR_CLIENT = "WAITING_FOR_CLIENT";
    public static final String WAITING_FOR_AGENCY = "WAITING_FOR_AGENCY";
    public static final String CLOSED = "CLOSED";
    public static final String CANCELLED = "CANCELLED";

    /** Who did something: the agency's staff, the company's users, or the service itself. */
    public static final String AGENCY = "AGENCY";
    public static final String CLIENT = "CLIENT";

    /** The consent's statuses. */
    public static final String CONSENT_NONE = "NONE";
    public static final String CONSENT_REQUESTED = "REQUESTED";
    public static final String CONSENT_GRANTED = "GRANTED";
    public static final String CONSENT_DECLINED = "DECLINED";
    public static final String CONSENT_REVOKED = "REVOKED";

    /** What the caller may do to a case now (the client's side). */
    public static final String ANSWER = "ANSWER";
    public static final String SUBMIT = "SUBMIT";
    public static final String COMMENT = "COMMENT";
    public static final String ATTACH = "ATTACH";

    /** An approval's document: the agency's attachment with this item. */
    public static final String APPROVAL_DOCUMENT = "document";

    /** case-service's problem types the pages tell apart. */
    public static final String CONSENT_REQUIRED = "tag:byra.se,2026:problem:consent-required";
    public static final String TOO_MANY_FILES = "tag:byra.se,2026:problem:too-many-files";

    private CompanyCaseApi() {
    }

    /** The company's consent; {@code mayAnswer}: the caller is its administrator, who grants, declines, revokes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CompanyConsentView(UUID clientId, String status, Instant requestedAt, String requestedByName,
            Instant answeredAt, String answeredByName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String reason,
            boolean mayAnswer) {

        public boolean requested() {
            return CONSENT_REQUESTED.equals(status);
        }

        public boolean granted() {
            return CONSENT_GRANTED.equals(status);
        }

        public boolean declined() {
            return CONSENT_DECLINED.equals(status);
        }

        public boolean revoked() {
            return CONSENT_REVOKED.equals(status);
        }
    }

    /** A decline or a revocation, with the administrator's reason for the agency (null: none given). */
    public record ConsentAnswer(String reason) {
    }

    /** The portal's "Ärenden" menu of one company: shown or not, and how many cases wait for the company. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseMenu(boolean visible, long waiting, long unread) {
    }

    /** Something on the signed-in user's to-do list: a consent to give (CONSENT) or a case to answer (CASE). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseTask(String kind, UUID clientId, String clientName, UUID caseId, String type, String title,
            LocalDate dueOn, Instant since) {

        public static final String CONSENT = "CONSENT";
        public static final String CASE = "CASE";
    }

    /** A case as a card of the company's list; {@code unread} is the company's marker. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseCard(UUID id, UUID clientId, String type, String title, String status, String origin,
            String assigneeName, LocalDate dueOn, boolean overdue, boolean unread, Instant updatedAt) {
    }

    /** What a case asks: the documents of a document request, the fields of a form; nothing for the others. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(List<Document> documents, List<Field> fields) {

        public List<Document> documents() {
            return documents == null ? List.of() : documents;
        }

        public List<Field> fields() {
            return fields == null ? List.of() : fields;
        }
    }

    /** A document asked for; the company uploads files for it (attachments with item = key). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String key, String name, boolean required) {
    }

    /** A form's field: TEXT, NUMBER, DATE, YES_NO, CHOICE (with its options) or FILE (answered by attachments). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String key, String label, String type, boolean required, List<String> options) {

        public static final String TEXT = "TEXT";
        public static final String NUMBER = "NUMBER";
        public static final String DATE = "DATE";
        public static final String YES_NO = "YES_NO";
        public static final String CHOICE = "CHOICE";
        public static final String FILE = "FILE";

        public List<String> options() {
            return options == null ? List.of() : options;
        }
    }

    /**
     * The company's answer, one shape for every type with the parts of the case's type only (the service refuses the
     * others, so an absent part is left out of the JSON): {@code text} a question's answer or a document request's
     * note, {@code acknowledged} an information's, {@code decision} and {@code comment} an approval's, {@code values}
     * a form's by field key.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String text,
            Boolean acknowledged, String decision,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String comment,
            Map<String, String> values) {

        public static final String APPROVED = "APPROVED";
        public static final String REJECTED = "REJECTED";

        /** The form's values, none for null (the record's own accessor keeps null, so that it is not sent). */
        public Map<String, String> valueMap() {
            return values == null ? Map.of() : values;
        }
    }

    /** A saved or submitted answer; {@code answer} null on a submission sends the saved one. */
    public record AnswerBody(Answer answer) {
    }

    /** A file of the case: the agency's or the company's ({@code side}), for a document or field ({@code item}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(UUID id, String item, String fileName, String contentType, long size, String side,
            String uploadedByName, Instant uploadedAt) {

        public boolean agency() {
            return AGENCY.equals(side);
        }

        public boolean client() {
            return CLIENT.equals(side);
        }
    }

    /** One case with everything its page shows; {@code actions} what the caller may do now. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CaseView(UUID id, UUID clientId, String type, String title,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String description,
            String status, String origin, String assigneeName, LocalDate dueOn, boolean overdue, boolean unread,
            Definition definition, Answer answer, boolean submitted, Instant answeredAt, String answeredByName,
            List<Attachment> attachments, String createdByName, Instant createdAt, Instant sentAt, Instant closedAt,
            String closingReason,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String closingNote,
            Instant updatedAt, List<String> actions) {

        public Definition definition() {
            return definition == null ? new Definition(null, null) : definition;
        }

        public List<Attachment> attachments() {
            return attachments == null ? List.of() : attachments;
        }

        public List<String> actions() {
            return actions == null ? List.of() : actions;
        }

        public boolean may(String action) {
            return actions().contains(action);
        }

        public boolean closed() {
            return CLOSED.equals(status) || CANCELLED.equals(status);
        }
    }

    /** A comment on a case, by either side. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(UUID id, String side, String authorName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String text, Instant at) {
    }

    /** One step of a case's history. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String what, String side, String byName,
            @Schema(extensions = @Extension(name = MultiLine.EXTENSION, value = "true")) String note) {
    }

    /** A staff member the company may address a question to (one it has received cases from). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(UUID staffId, String name) {
    }

    /** A question to the agency, to one of the company's contacts. */
    public record Question(String title, String description, UUID assigneeId) {
    }

    /** A comment's text. */
    public record Text(String text) {
    }

    /** A file as the service serves it: the bytes, the type it detected, and its download header. */
    public record FileDownload(byte[] content, String contentType, String disposition) {
    }
}
