package se.byra.gateway.pages.portal.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import se.byra.gateway.downstream.CompanyCaseApi;
import se.byra.gateway.downstream.CompanyCaseApi.Answer;
import se.byra.gateway.downstream.CompanyCaseApi.Attachment;
import se.byra.gateway.downstream.CompanyCaseApi.CaseView;
import se.byra.gateway.downstream.CompanyCaseApi.Document;
import se.byra.gateway.downstream.CompanyCaseApi.Field;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.PortalCaseMsg;
import se.byra.gateway.pages.collaborations.Choice;
import se.byra.platform.web.problem.Problem;

/**
 * A case's answer as its page shows it: the form's parts by the case's type (a document's files and upload field, a
 * form's fields by their type), the answer given as rows to read, the files, and the service's field errors
 * ({@code answer.text}, {@code answer.values.f1}, {@code documents.d1}, {@code values.f3}, …) at the form's fields in
 * the page's words.
 */
final class AnswerParts {

    /** A choice among more options than this is a select rather than radios. */
    static final int MOST_RADIOS = 5;

    /** A document asked for: its input's id (and name), its name, its legend (the name, required or not), files. */
    public record DocumentPart(String id, String name, String legend, List<FileRow> files) {
    }

    /**
     * A form's field: its input's id (and name), its label with the required marker, its type, the value as typed,
     * its options (radios or a select), its files.
     */
    public record FieldPart(String id, String label, String type, String value, List<Choice> choices,
            List<FileRow> files) {

        public boolean text() {
            return Field.TEXT.equals(type) || !known();
        }

        public boolean number() {
            return Field.NUMBER.equals(type);
        }

        public boolean date() {
            return Field.DATE.equals(type);
        }

        /** Ja/Nej, or a choice among a few options: radios. */
        public boolean radios() {
            return Field.YES_NO.equals(type) || Field.CHOICE.equals(type) && choices.size() <= MOST_RADIOS;
        }

        /** A choice among many options: a select. */
        public boolean select() {
            return Field.CHOICE.equals(type) && choices.size() > MOST_RADIOS;
        }

        public boolean file() {
            return Field.FILE.equals(type);
        }

        private boolean known() {
            return List.of(Field.TEXT, Field.NUMBER, Field.DATE, Field.YES_NO, Field.CHOICE, Field.FILE).contains(type);
        }
    }

    /** A line of the answer given: what was asked, and the answer in words or its files. */
    public record AnswerRow(String label, String value, List<FileRow> files) {
    }

    private final CaseView c;
    private final CaseWords words;
    private final PortalCaseMsg msg;
    private final String filesHref;

    AnswerParts(CaseView c, CaseWords words, PortalCaseMsg msg, String caseHref) {
        this.c = c;
        this.words = words;
        this.msg = msg;
        this.filesHref = caseHref + CompanyCaseResource.FILES + "/";
    }

    /** The agency's files: an approval's document, or what it attached to the case. */
    List<FileRow> agencyFiles() {
        return files(Attachment::agency);
    }

    List<DocumentPart> documents() {
        return c.definition().documents().stream().map(d -> new DocumentPart(AnswerForm.DOCUMENTS + d.key(), d.name(),
                marked(d.name(), d.required()), files(a -> a.client() && d.key().equals(a.item())))).toList();
    }

    List<FieldPart> fields(AnswerForm form) {
        return c.definition().fields().stream().map(f -> {
            String id = AnswerForm.VALUES + f.key();
            String value = form.value(f.key());
            List<Choice> choices = new ArrayList<>();
            if (Field.YES_NO.equals(f.type())) {
                choices.add(choice(id, 0, "YES", msg.yes(), value));
                choices.add(choice(id, 1, "NO", msg.no(), value));
            } else if (Field.CHOICE.equals(f.type())) {
                for (int i = 0; i < f.options().size(); i++) {
                    choices.add(choice(id, i, f.options().get(i), f.options().get(i), value));
                }
            }
            return new FieldPart(id, marked(f.label(), f.required()), f.type(), value, choices,
                    files(a -> a.client() && f.key().equals(a.item())));
        }).toList();
    }

    /** A label with its marker: "(krävs)" or "(frivilligt)". */
    private String marked(String label, boolean required) {
        return label + " " + (required ? msg.required() : msg.optional());
    }

    /** An approval's two radios, Godkänn and Avslå, none chosen beforehand. */
    List<Choice> decisions(AnswerForm form) {
        return List.of(choice(AnswerForm.DECISION, 0, Answer.APPROVED, msg.decision_approve(), form.decision),
                choice(AnswerForm.DECISION, 1, Answer.REJECTED, msg.decision_reject(), form.decision));
    }

    /** The group's first radio has the group's id, so an error summary's link lands on the group. */
    private static Choice choice(String group, int index, String value, String label, String chosen) {
        return new Choice(index == 0 ? group : group + "_" + (index + 1), value, label, null, value.equals(chosen));
    }

    /** The answer given, as rows to read: by the case's type, each answer in words or its files. */
    List<AnswerRow> given() {
        Answer a = c.answer() == null ? new Answer(null, null, null, null, null) : c.answer();
        List<AnswerRow> rows = new ArrayList<>();
        switch (c.type() == null ? "" : c.type()) {
            case CompanyCaseApi.QUESTION -> rows.add(new AnswerRow(msg.text_label(), orNone(a.text()), List.of()));
            case CompanyCaseApi.DOCUMENT_REQUEST -> {
                documents().forEach(d -> rows.add(new AnswerRow(d.name(), d.files().isEmpty() ? msg.files_none() : null,
                        d.files())));
                if (CaseWords.named(a.text())) {
                    rows.add(new AnswerRow(msg.note_label(), a.text(), List.of()));
                }
            }
            case CompanyCaseApi.APPROVAL -> {
                rows.add(new AnswerRow(msg.decision_label(), Answer.APPROVED.equals(a.decision())
                        ? msg.decision_approved() : Answer.REJECTED.equals(a.decision()) ? msg.decision_rejected()
                                : msg.not_filled(), List.of()));
                if (CaseWords.named(a.comment())) {
                    rows.add(new AnswerRow(msg.comment_label(), a.comment(), List.of()));
                }
            }
            case CompanyCaseApi.FORM -> c.definition().fields().forEach(f -> rows.add(Field.FILE.equals(f.type())
                    ? fileRow(f.label(), files(x -> x.client() && f.key().equals(x.item())))
                    : new AnswerRow(f.label(), valueWords(f, a.valueMap().get(f.key())), List.of())));
            default -> {
                // an information is answered by its confirmation, said in a sentence
            }
        }
        return rows;
    }

    private AnswerRow fileRow(String label, List<FileRow> files) {
        return new AnswerRow(label, files.isEmpty() ? msg.not_filled() : null, files);
    }

    private String valueWords(Field field, String value) {
        if (!CaseWords.named(value)) {
            return msg.not_filled();
        }
        return switch (field.type() == null ? "" : field.type()) {
            case Field.YES_NO -> "YES".equals(value) ? msg.yes() : "NO".equals(value) ? msg.no() : value;
            case Field.DATE -> {
                try {
                    yield words.date(LocalDate.parse(value));
                } catch (DateTimeParseException notADate) {
                    yield value;
                }
            }
            default -> value;
        };
    }

    private String orNone(String text) {
        return CaseWords.named(text) ? text : msg.not_filled();
    }

    private List<FileRow> files(Predicate<Attachment> which) {
        boolean removable = c.may(CompanyCaseApi.ATTACH);
        return c.attachments().stream().filter(which).map(a -> new FileRow(a.fileName(), filesHref + a.id(),
                msg.file_meta(words.size(a.size()), words.by(a.side(), a.uploadedByName()), words.date(a.uploadedAt())),
                removable && a.client() ? AnswerForm.REMOVE + a.id() : null)).toList();
    }

    /** The ids of the form's fields in their order, for the error summary; the comment's last. */
    List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        switch (c.type() == null ? "" : c.type()) {
            case CompanyCaseApi.QUESTION -> order.add(AnswerForm.TEXT);
            case CompanyCaseApi.DOCUMENT_REQUEST -> {
                c.definition().documents().forEach(d -> order.add(AnswerForm.DOCUMENTS + d.key()));
                order.add(AnswerForm.TEXT);
            }
            case CompanyCaseApi.APPROVAL -> {
                order.add(AnswerForm.DECISION);
                order.add(AnswerForm.COMMENT);
            }
            case CompanyCaseApi.FORM -> c.definition().fields().forEach(f -> order.add(AnswerForm.VALUES + f.key()));
            default -> {
                // an information has its button only
            }
        }
        order.add(CompanyCaseResource.COMMENT_FIELD);
        return order;
    }

    /**
     * The service's field errors in the page's words, at the fields they name: its English messages are for
     * developers, so what the field needs is said from the field's type and the value typed. An error at no field of
     * the form is the summary's alone.
     */
    FormErrors errors(List<Problem.FieldError> refused, AnswerForm form) {
        FormErrors errors = new FormErrors(fieldOrder());
        for (Problem.FieldError error : refused) {
            String path = error.field() == null ? "" : error.field();
            if (path.equals("answer.text")) {
                boolean question = CompanyCaseApi.QUESTION.equals(c.type());
                errors.add(AnswerForm.TEXT, form.text.isEmpty() ? msg.error_text_missing()
                        : question ? msg.error_text_too_long() : msg.error_note_too_long());
            } else if (path.equals("answer.decision")) {
                errors.add(AnswerForm.DECISION, msg.error_decision_missing());
            } else if (path.equals("answer.comment")) {
                errors.add(AnswerForm.COMMENT, form.comment.isEmpty() ? msg.error_comment_missing()
                        : msg.error_comment_too_long());
            } else if (path.equals("answer.acknowledged")) {
                errors.add(null, msg.error_acknowledge());
            } else if (path.startsWith("answer.values.")) {
                field(path.substring("answer.values.".length())).ifPresentOrElse(
                        f -> errors.add(AnswerForm.VALUES + f.key(), valueError(f, form.value(f.key()))),
                        () -> errors.add(null, msg.error_answer_refused()));
            } else if (path.startsWith("values.")) {
                field(path.substring("values.".length())).ifPresentOrElse(
                        f -> errors.add(AnswerForm.VALUES + f.key(), msg.error_value_file(f.label())),
                        () -> errors.add(null, msg.error_answer_refused()));
            } else if (path.startsWith("documents.")) {
                String key = path.substring("documents.".length());
                c.definition().documents().stream().filter(d -> d.key().equals(key)).findFirst().ifPresentOrElse(
                        (Document d) -> errors.add(AnswerForm.DOCUMENTS + key, msg.error_document_missing(d.name())),
                        () -> errors.add(null, msg.error_answer_refused()));
            } else {
                errors.add(null, msg.error_answer_refused());
            }
        }
        return errors.any() ? errors : errors.add(null, msg.error_answer_refused());
    }

    private java.util.Optional<Field> field(String key) {
        return c.definition().fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** What a form's value needs, from its type: it was missing, or is not what the type takes. */
    private String valueError(Field f, String value) {
        boolean choose = Field.YES_NO.equals(f.type()) || Field.CHOICE.equals(f.type());
        if (value.isEmpty()) {
            return choose ? msg.error_value_choose(f.label()) : msg.error_value_missing(f.label());
        }
        return switch (f.type() == null ? "" : f.type()) {
            case Field.NUMBER -> msg.error_value_number(f.label());
            case Field.DATE -> msg.error_value_date(f.label());
            case Field.YES_NO -> msg.error_value_yes_no(f.label());
            case Field.CHOICE -> msg.error_value_choice(f.label());
            default -> msg.error_value_too_long(f.label());
        };
    }
}
