package se.byra.gateway.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import se.byra.platform.web.problem.Problem;

/**
 * A form's errors, by the id of the field they belong to: shown at the field and, in the form's
 * field order, in the error summary that links to each field (the GOV.UK pattern, docs/ui.md).
 * The first error for a field wins. An error with no field is shown in the summary only.
 */
public final class FormErrors {

    /** {@code target} is the field's element id (null: the form as a whole). */
    public record Error(String target, String message, String summary) {

        public String href() {
            return "#" + target;
        }

        public boolean linked() {
            return target != null;
        }
    }

    private final Map<String, Error> byField = new LinkedHashMap<>();
    private final List<Error> general = new ArrayList<>();
    private final List<String> fieldOrder;

    /** {@code fieldOrder}: the ids of the form's fields as they appear, for the summary's order. */
    public FormErrors(List<String> fieldOrder) {
        this.fieldOrder = List.copyOf(fieldOrder);
    }

    /** An error in the gateway's own words: the same sentence at the field and in the summary. */
    public FormErrors add(String field, String message) {
        return add(field, message, message);
    }

    /**
     * An error with a different summary line: a service's message ("must be a well-formed e-mail
     * address") names no field, so the summary says which one ("Contact 1, e-mail: ...").
     */
    public FormErrors add(String field, String message, String summary) {
        if (field == null) {
            general.add(new Error(null, message, summary));
        } else {
            byField.putIfAbsent(field, new Error(field, message, summary));
        }
        return this;
    }

    /**
     * A service's field errors (problem+json's {@code errors[].field}, a JSON path such as
     * {@code address.postalCode}) at the form's fields: {@code target} gives the id of the field a
     * service field is shown at (null: none of the form's), {@code label} that field's label. The
     * service's message names no field, so the summary prefixes it with the label; an error at no
     * known field is listed in the summary alone.
     */
    public FormErrors addService(List<Problem.FieldError> errors, UnaryOperator<String> target,
            UnaryOperator<String> label, Msg msg) {
        for (Problem.FieldError error : errors) {
            String field = error.field() == null ? null : target.apply(error.field());
            String message = sentence(error.message());
            String name = field == null ? null : label.apply(field);
            add(field, message, name == null ? message : msg.form_error_in_field(name, error.message()));
        }
        return this;
    }

    /**
     * A service's field errors for a form whose fields have the service's names ({@code name}, {@code email}):
     * at the field of the same name, or in the summary alone for a name the form does not have.
     */
    public FormErrors addService(List<Problem.FieldError> errors, UnaryOperator<String> label, Msg msg) {
        return addService(errors, field -> fieldOrder.contains(field) ? field : null, label, msg);
    }

    /** {@code message} at {@code field} when its value was left empty. */
    public FormErrors required(String field, String value, String message) {
        return value.isEmpty() ? add(field, message) : this;
    }

    /** An e-mail address the form needs: {@code missing} when left empty, {@code invalid} when it is none. */
    public FormErrors email(String field, String value, String missing, String invalid) {
        if (value.isEmpty()) {
            return add(field, missing);
        }
        return FormValues.looksLikeEmail(value) ? this : add(field, invalid);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message at the field; empty when it has none. */
    public String get(String field) {
        Error error = byField.get(field);
        return error == null ? "" : error.message();
    }

    /** Every error, the form's own first, then field by field in the form's order. */
    public List<Error> summary() {
        List<Error> all = new ArrayList<>(general);
        byField.values().stream()
                .sorted(Comparator.comparingInt(e -> {
                    int at = fieldOrder.indexOf(e.target());
                    return at < 0 ? Integer.MAX_VALUE : at;
                }))
                .forEach(all::add);
        return all;
    }

    private static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }
}
