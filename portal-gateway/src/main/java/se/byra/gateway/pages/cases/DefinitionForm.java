package se.byra.gateway.pages.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.byra.gateway.downstream.CaseApi;
import se.byra.gateway.downstream.CaseApi.Definition;
import se.byra.gateway.downstream.CaseApi.Document;
import se.byra.gateway.downstream.CaseApi.Field;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.platform.web.problem.Problem;

/**
 * What a document request or a form asks, as rows of a form that works without JavaScript: the documents (a name
 * and whether it is required), the form's fields (a label, a type, whether required, a choice's options one a line).
 * A new form has {@value #EMPTY_ROWS} empty rows; "Lägg till fler" posts the form back with {@value #ADD_ROWS} more.
 * A row left empty is not sent, so the service's errors ({@code definition.documents[1].name}) are mapped back to the
 * rows they came from. A kept row keeps its key; a new one gets the next free one ({@code d3}, {@code f4}), so a
 * draft's answers and files stay with their document.
 */
public final class DefinitionForm {

    static final int EMPTY_ROWS = 3;
    static final int ADD_ROWS = 3;
    static final int MAX_DOCUMENTS = 50;
    static final int MAX_FIELDS = 100;
    static final int MAX_NAME = 200;
    static final int MAX_OPTIONS = 20;
    static final String ADD_DOCUMENTS = "add-documents";
    static final String ADD_FIELDS = "add-fields";

    private static final Pattern ROW_ERROR = Pattern.compile("definition\\.(documents|fields)\\[(\\d+)]\\.?(\\w*)");

    /** A document asked for; ids {@code docName-0}, {@code docRequired-0}. */
    public record DocumentRow(int index, String key, String name, boolean required) {

        public int number() {
            return index + 1;
        }

        public String nameId() {
            return "docName-" + index;
        }

        public String requiredId() {
            return "docRequired-" + index;
        }
    }

    /** A form field; ids {@code fieldLabel-0}, {@code fieldType-0}, {@code fieldRequired-0}, {@code fieldOptions-0}. */
    public record FieldRow(int index, String key, String label, String type, boolean required, String options) {

        public int number() {
            return index + 1;
        }

        public String labelId() {
            return "fieldLabel-" + index;
        }

        public String typeId() {
            return "fieldType-" + index;
        }

        public String requiredId() {
            return "fieldRequired-" + index;
        }

        public String optionsId() {
            return "fieldOptions-" + index;
        }

        List<String> optionList() {
            return Arrays.stream(options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
        }

        boolean empty() {
            return label.isEmpty() && options.isBlank();
        }
    }

    private final String type;
    private final List<DocumentRow> documents;
    private final List<FieldRow> fields;
    /** The form's row of each document or field sent, by its place in what was sent. */
    private final List<Integer> sent = new ArrayList<>();

    private DefinitionForm(String type, List<DocumentRow> documents, List<FieldRow> fields) {
        this.type = type;
        this.documents = documents;
        this.fields = fields;
    }

    /** An empty form for {@code type}: its empty rows. */
    static DefinitionForm empty(String type) {
        return of(type, Definition.NONE);
    }

    /** The rows of a case's or a template's definition, and the empty rows to add more. */
    static DefinitionForm of(String type, Definition definition) {
        List<DocumentRow> documents = new ArrayList<>();
        for (Document d : definition.documentList()) {
            documents.add(new DocumentRow(documents.size(), d.key(), d.name(), d.required()));
        }
        List<FieldRow> fields = new ArrayList<>();
        for (Field f : definition.fieldList()) {
            fields.add(new FieldRow(fields.size(), f.key(), f.label(), f.type(), f.required(),
                    String.join("\n", f.options())));
        }
        DefinitionForm form = new DefinitionForm(type, documents, fields);
        form.addRows(EMPTY_ROWS);
        return form;
    }

    /** The rows as posted, in their order. */
    static DefinitionForm of(String type, CaseFormData data) {
        Set<String> docRequired = new HashSet<>(list(data.docRequired));
        List<String> docNames = list(data.docName);
        List<String> docKeys = list(data.docKey);
        List<DocumentRow> documents = new ArrayList<>();
        for (int i = 0; i < Math.min(docNames.size(), MAX_DOCUMENTS + ADD_ROWS); i++) {
            documents.add(new DocumentRow(i, key(docKeys, i), FormValues.text(docNames.get(i)),
                    docRequired.contains(Integer.toString(i))));
        }
        Set<String> fieldRequired = new HashSet<>(list(data.fieldRequired));
        List<String> labels = list(data.fieldLabel);
        List<String> keys = list(data.fieldKey);
        List<String> types = list(data.fieldType);
        List<String> options = list(data.fieldOptions);
        List<FieldRow> fields = new ArrayList<>();
        for (int i = 0; i < Math.min(labels.size(), MAX_FIELDS + ADD_ROWS); i++) {
            String fieldType = i < types.size() && CaseApi.FIELD_TYPES.contains(types.get(i)) ? types.get(i) : "TEXT";
            fields.add(new FieldRow(i, key(keys, i), FormValues.text(labels.get(i)), fieldType,
                    fieldRequired.contains(Integer.toString(i)), i < options.size() ? options.get(i).strip() : ""));
        }
        return new DefinitionForm(type, documents, fields);
    }

    /** "Lägg till fler": the button pressed, if it was one of this form's; then the form is shown again, not saved. */
    boolean more(String action) {
        if (ADD_DOCUMENTS.equals(action) || ADD_FIELDS.equals(action)) {
            addRows(ADD_ROWS);
            return true;
        }
        return false;
    }

    private void addRows(int count) {
        if (CaseApi.DOCUMENT_REQUEST.equals(type)) {
            for (int i = 0; i < count && documents.size() < MAX_DOCUMENTS; i++) {
                documents.add(new DocumentRow(documents.size(), null, "", false));
            }
        } else if (CaseApi.FORM.equals(type)) {
            for (int i = 0; i < count && fields.size() < MAX_FIELDS; i++) {
                fields.add(new FieldRow(fields.size(), null, "", "TEXT", false, ""));
            }
        }
    }

    public boolean asksDocuments() {
        return CaseApi.DOCUMENT_REQUEST.equals(type);
    }

    public boolean asksFields() {
        return CaseApi.FORM.equals(type);
    }

    public List<DocumentRow> documents() {
        return documents;
    }

    public List<FieldRow> fields() {
        return fields;
    }

    public boolean canAddDocuments() {
        return documents.size() < MAX_DOCUMENTS;
    }

    public boolean canAddFields() {
        return fields.size() < MAX_FIELDS;
    }

    /** The ids of a form's inputs in their order: {@code before} the rows, then the rows'. */
    List<String> fieldOrder(String... before) {
        List<String> order = new ArrayList<>(List.of(before));
        documents.forEach(d -> order.add(d.nameId()));
        fields.forEach(f -> {
            order.add(f.labelId());
            order.add(f.optionsId());
        });
        return order;
    }

    /** What the gateway checks before sending: something asked, names not too long, a choice's options. */
    void check(FormErrors errors, CaseFormMsg words) {
        if (asksDocuments()) {
            List<DocumentRow> named = documents.stream().filter(d -> !d.name().isEmpty()).toList();
            if (named.isEmpty()) {
                errors.add(documents.isEmpty() ? null : documents.get(0).nameId(), words.error_documents_missing());
            }
            named.stream().filter(d -> d.name().length() > MAX_NAME).forEach(d -> errors.add(d.nameId(),
                    words.error_document_name_long(Integer.toString(d.number()))));
        }
        if (asksFields()) {
            List<FieldRow> given = fields.stream().filter(f -> !f.empty()).toList();
            if (given.isEmpty()) {
                errors.add(fields.isEmpty() ? null : fields.get(0).labelId(), words.error_fields_missing());
            }
            for (FieldRow f : given) {
                if (f.label().isEmpty()) {
                    errors.add(f.labelId(), words.error_field_label_missing(Integer.toString(f.number())));
                } else if (f.label().length() > MAX_NAME) {
                    errors.add(f.labelId(), words.error_field_label_long(Integer.toString(f.number())));
                }
                List<String> options = f.optionList();
                if (CaseApi.CHOICE.equals(f.type()) && (options.size() < 2 || options.size() > MAX_OPTIONS
                        || new LinkedHashSet<>(options).size() != options.size()
                        || options.stream().anyMatch(o -> o.length() > MAX_NAME))) {
                    errors.add(f.optionsId(), words.error_field_options(Integer.toString(f.number())));
                }
            }
        }
    }

    /** The definition to send: the rows given, each kept row with its key and a new one with the next free key. */
    Definition toDefinition() {
        sent.clear();
        if (asksDocuments()) {
            Set<String> taken = new HashSet<>();
            documents.stream().filter(d -> d.key() != null).forEach(d -> taken.add(d.key()));
            List<Document> out = new ArrayList<>();
            for (DocumentRow d : documents) {
                if (!d.name().isEmpty()) {
                    out.add(new Document(d.key() != null ? d.key() : free("d", taken), d.name(), d.required()));
                    sent.add(d.index());
                }
            }
            return new Definition(out, null);
        }
        if (asksFields()) {
            Set<String> taken = new HashSet<>();
            fields.stream().filter(f -> f.key() != null).forEach(f -> taken.add(f.key()));
            List<Field> out = new ArrayList<>();
            for (FieldRow f : fields) {
                if (!f.empty()) {
                    out.add(new Field(f.key() != null ? f.key() : free("f", taken), f.label(), f.type(),
                            f.required(), CaseApi.CHOICE.equals(f.type()) ? f.optionList() : null));
                    sent.add(f.index());
                }
            }
            return new Definition(null, out);
        }
        return null;
    }

    /**
     * A service's 400 at the form's fields: {@code known} gives the gateway's sentence for a field of the form's own
     * (null: not one), the definition's errors go to their rows, and the rest is listed in the summary as the service
     * gave it.
     */
    FormErrors serviceErrors(List<Problem.FieldError> fieldErrors, FormErrors errors, UnaryOperator<String> known,
            CaseFormMsg words) {
        for (Problem.FieldError error : fieldErrors) {
            String field = error.field() == null ? "" : error.field();
            String message = known.apply(field);
            if (message != null) {
                errors.add(field, message);
            } else if ("type".equals(field)) {
                errors.add(null, words.error_type_missing());
            } else if (!serviceError(field, error.message(), errors, words)) {
                errors.add(null, error.message());
            }
        }
        return errors;
    }

    /**
     * A service's error about the definition at its row: {@code definition.documents} (none) at the first row, {@code
     * definition.fields[2].options} at the options of the row sent third. False when the path names no row (the
     * caller lists the service's message in the summary).
     */
    private boolean serviceError(String path, String message, FormErrors errors, CaseFormMsg words) {
        if ("definition.documents".equals(path)) {
            errors.add(documents.isEmpty() ? null : documents.get(0).nameId(), words.error_documents_missing());
            return true;
        }
        if ("definition.fields".equals(path)) {
            errors.add(fields.isEmpty() ? null : fields.get(0).labelId(), words.error_fields_missing());
            return true;
        }
        Matcher row = ROW_ERROR.matcher(path);
        if (!row.matches()) {
            return false;
        }
        int at = Integer.parseInt(row.group(2));
        Integer index = at < sent.size() ? sent.get(at) : null;
        String number = Integer.toString(index == null ? at + 1 : index + 1);
        if (row.group(1).equals("documents")) {
            errors.add(index == null ? null : documents.get(index).nameId(), words.error_document_service(number));
        } else if ("options".equals(row.group(3))) {
            errors.add(index == null ? null : fields.get(index).optionsId(), words.error_field_options(number));
        } else {
            errors.add(index == null ? null : fields.get(index).labelId(), words.error_field_service(number,
                    message == null ? "" : message));
        }
        return true;
    }

    private static String free(String prefix, Set<String> taken) {
        for (int n = 1;; n++) {
            if (taken.add(prefix + n)) {
                return prefix + n;
            }
        }
    }

    private static String key(List<String> keys, int i) {
        return i < keys.size() ? FormValues.orNull(FormValues.text(keys.get(i))) : null;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
