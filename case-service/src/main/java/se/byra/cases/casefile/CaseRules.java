package se.byra.cases.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.byra.cases.casefile.Definition.Document;
import se.byra.cases.casefile.Definition.Field;
import se.byra.cases.casefile.Definition.FieldType;
import se.byra.platform.web.problem.Problem.FieldError;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.problem.ProblemType;

/**
 * The rules of each type, on the server: which parts of a definition and an answer a type takes, what a form's
 * values must look like, and what a submission needs. Every broken rule is named by its field, all at once.
 */
public final class CaseRules {

    /** Digits of a number before and after its decimal separator, at most. */
    private static final String NUMBER = "-?[0-9]{1,15}([.,][0-9]{1,4})?";
    private static final int TEXT_VALUE_MAX = 2_000;

    private CaseRules() {
    }

    /** The definition a case of {@code type} keeps: keys given where missing; 400 naming each broken rule. */
    public static Definition definition(CaseType type, Definition given, String path) {
        Definition d = given == null ? Definition.NONE : given;
        List<FieldError> errors = new ArrayList<>();
        Definition result = switch (type) {
            case DOCUMENT_REQUEST -> {
                refuse(d.fields(), path + ".fields", "a document request has documents, not fields", errors);
                if (d.documents() == null || d.documents().isEmpty()) {
                    errors.add(new FieldError(path + ".documents", "name at least one document"));
                    yield d;
                }
                List<Document> documents = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < d.documents().size(); i++) {
                    Document doc = d.documents().get(i);
                    String key = doc.key() != null ? doc.key() : "d" + (i + 1);
                    if (!keys.add(key)) {
                        errors.add(new FieldError(path + ".documents[" + i + "].key", "used twice: " + key));
                    }
                    documents.add(new Document(key, doc.name().strip(), doc.required()));
                }
                yield new Definition(documents, null);
            }
            case FORM -> {
                refuse(d.documents(), path + ".documents", "a form has fields, not documents", errors);
                if (d.fields() == null || d.fields().isEmpty()) {
                    errors.add(new FieldError(path + ".fields", "add at least one field"));
                    yield d;
                }
                List<Field> fields = new ArrayList<>();
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < d.fields().size(); i++) {
                    Field f = d.fields().get(i);
                    String at = path + ".fields[" + i + "]";
                    String key = f.key() != null ? f.key() : "f" + (i + 1);
                    if (!keys.add(key)) {
                        errors.add(new FieldError(at + ".key", "used twice: " + key));
                    }
                    List<String> options = f.options() == null ? List.of()
                            : f.options().stream().map(String::strip).toList();
                    if (f.type() == FieldType.CHOICE && (options.size() < 2 || new HashSet<>(options).size()
                            != options.size())) {
                        errors.add(new FieldError(at + ".options", "a choice needs 2 to 20 different options"));
                    } else if (f.type() != FieldType.CHOICE && !options.isEmpty()) {
                        errors.add(new FieldError(at + ".options", "only a choice has options"));
                    }
                    fields.add(new Field(key, f.label().strip(), f.type(), f.required(), List.copyOf(options)));
                }
                yield new Definition(null, fields);
            }
            case QUESTION, APPROVAL, INFORMATION -> {
                refuse(d.documents(), path + ".documents", "only a document request has documents", errors);
                refuse(d.fields(), path + ".fields", "only a form has fields", errors);
                yield Definition.NONE;
            }
        };
        throwIf(errors);
        return result;
    }

    /**
     * The answer, checked for the case's type: its form always, its completeness when {@code submitting}. Files
     * already attached, by item, count for the documents and file fields.
     */
    public static Answer answer(CaseType type, Definition definition, Answer given, boolean submitting,
            Set<String> itemsWithFiles) {
        Answer a = given == null ? Answer.EMPTY : given;
        List<FieldError> errors = new ArrayList<>();
        if (type != CaseType.QUESTION && type != CaseType.DOCUMENT_REQUEST) {
            refuse(a.text(), "answer.text", "this kind of case is not answered in text", errors);
        }
        if (type != CaseType.INFORMATION) {
            refuse(a.acknowledged(), "answer.acknowledged", "only information is acknowledged", errors);
        }
        if (type != CaseType.APPROVAL) {
            refuse(a.decision(), "answer.decision", "only an approval has a decision", errors);
            refuse(a.comment(), "answer.comment", "only an approval has a decision's comment", errors);
        }
        if (type != CaseType.FORM) {
            refuse(a.values(), "answer.values", "only a form has values", errors);
        }
        Map<String, String> values = null;
        switch (type) {
            case QUESTION -> {
                if (submitting && blank(a.text())) {
                    errors.add(new FieldError("answer.text", "write an answer"));
                }
            }
            case DOCUMENT_REQUEST -> {
                if (submitting) {
                    for (Document doc : definition.documents()) {
                        if (doc.required() && !itemsWithFiles.contains(doc.key())) {
                            errors.add(new FieldError("documents." + doc.key(), "upload " + doc.name()));
                        }
                    }
                }
            }
            case APPROVAL -> {
                if (submitting && a.decision() == null) {
                    errors.add(new FieldError("answer.decision", "approve or reject"));
                }
                if (submitting && a.decision() == Answer.Decision.REJECTED && blank(a.comment())) {
                    errors.add(new FieldError("answer.comment", "say why it is rejected"));
                }
            }
            case INFORMATION -> {
                if (Boolean.FALSE.equals(a.acknowledged())) {
                    errors.add(new FieldError("answer.acknowledged", "only true: read"));
                }
                if (submitting && a.acknowledged() == null) {
                    errors.add(new FieldError("answer.acknowledged", "confirm that it is read"));
                }
            }
            case FORM -> values = values(definition, a.values(), submitting, itemsWithFiles, errors);
        }
        throwIf(errors);
        return new Answer(strip(a.text()), a.acknowledged(), a.decision(), strip(a.comment()), values);
    }

    private static Map<String, String> values(Definition definition, Map<String, String> given, boolean submitting,
            Set<String> itemsWithFiles, List<FieldError> errors) {
        Map<String, String> values = given == null ? Map.of() : given;
        Map<String, Field> fields = new LinkedHashMap<>();
        definition.fields().forEach(f -> fields.put(f.key(), f));
        for (String key : values.keySet()) {
            Field field = fields.get(key);
            if (field == null || field.type() == FieldType.FILE) {
                errors.add(new FieldError("answer.values." + key, field == null ? "no such field"
                        : "a file field is answered by uploading a file"));
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Field field : fields.values()) {
            String at = "answer.values." + field.key();
            if (field.type() == FieldType.FILE) {
                if (submitting && field.required() && !itemsWithFiles.contains(field.key())) {
                    errors.add(new FieldError("values." + field.key(), "upload a file: " + field.label()));
                }
                continue;
            }
            String value = values.get(field.key());
            if (blank(value)) {
                if (submitting && field.required()) {
                    errors.add(new FieldError(at, "fill in " + field.label()));
                }
                continue;
            }
            String problem = problem(field, value.strip());
            if (problem != null) {
                errors.add(new FieldError(at, problem));
            } else {
                kept.put(field.key(), value.strip());
            }
        }
        return kept;
    }

    /** What is wrong with a field's value, or null. */
    static String problem(Field field, String value) {
        return switch (field.type()) {
            case TEXT -> value.length() > TEXT_VALUE_MAX ? "at most " + TEXT_VALUE_MAX + " characters" : null;
            case NUMBER -> value.matches(NUMBER) ? null : "a number, like 1250 or 1250,50";
            case DATE -> date(value) ? null : "a date, like 2026-12-31";
            case YES_NO -> value.equals("YES") || value.equals("NO") ? null : "YES or NO";
            case CHOICE -> field.options().contains(value) ? null : "one of the options";
            case FILE -> "a file field is answered by uploading a file";
        };
    }

    /** A form's number as a decimal, for whoever reads the values later. */
    public static BigDecimal number(String value) {
        return new BigDecimal(value.replace(',', '.'));
    }

    private static boolean date(String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() >= 1900 && date.getYear() <= 2199;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void refuse(Object part, String field, String message, List<FieldError> errors) {
        if (part != null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, ProblemType.VALIDATION, "Invalid request", errors.get(0).field() + ": "
                    + errors.get(0).message(), errors);
        }
    }
}
