package se.byra.gateway.pages.cases;

import java.util.List;

import se.byra.gateway.downstream.CaseApi.TemplateBody;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.platform.web.problem.Problem;

/**
 * A template as its form has it: its name, the type (fixed once chosen), what a case from it says and asks, and the
 * days from sending to the due date ("Svarstid i dagar"). Values as typed; the gateway's own checks first, the
 * service's 400 at the fields in words.
 */
public final class TemplateForm {

    static final int MAX_DAYS = 365;

    final String type;
    final String name;
    final String title;
    final String description;
    final String dueInDays;
    final String version;
    final DefinitionForm definition;

    private TemplateForm(String type, String name, String title, String description, String dueInDays,
            String version, DefinitionForm definition) {
        this.type = type;
        this.name = name;
        this.title = title;
        this.description = description;
        this.dueInDays = dueInDays;
        this.version = version;
        this.definition = definition;
    }

    static TemplateForm empty(String type) {
        return new TemplateForm(type, "", "", "", "", "", DefinitionForm.empty(type));
    }

    static TemplateForm of(TemplateView t) {
        return new TemplateForm(t.type(), t.name(), t.title(), t.description() == null ? "" : t.description(),
                t.dueInDays() == null ? "" : t.dueInDays().toString(), Integer.toString(t.version()),
                DefinitionForm.of(t.type(), t.definition()));
    }

    static TemplateForm of(CaseFormData data, String type) {
        return new TemplateForm(type, FormValues.text(data.name), FormValues.text(data.title),
                FormValues.text(data.description), FormValues.text(data.dueInDays), FormValues.text(data.version),
                DefinitionForm.of(type, data));
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String dueInDays() {
        return dueInDays;
    }

    public String version() {
        return version;
    }

    public DefinitionForm definition() {
        return definition;
    }

    FormErrors noErrors() {
        return new FormErrors(definition.fieldOrder("name", "title", "description", "dueInDays"));
    }

    FormErrors check(CaseFormMsg words) {
        FormErrors errors = noErrors();
        errors.required("name", name, words.error_template_name_missing());
        if (name.length() > CaseForm.MAX_TITLE) {
            errors.add("name", words.error_template_name_long());
        }
        CaseForm.checkTexts(title, description, errors, words);
        if (!dueInDays.isEmpty() && days() == null) {
            errors.add("dueInDays", words.error_days());
        }
        definition.check(errors, words);
        return errors;
    }

    /** The days as a number within 0..365; null for none or one that is not. */
    Integer days() {
        if (!dueInDays.matches("[0-9]{1,3}")) {
            return null;
        }
        int days = Integer.parseInt(dueInDays);
        return days <= MAX_DAYS ? days : null;
    }

    TemplateBody toBody() {
        return new TemplateBody((int) FormValues.version(version), name, type, title, description, days(),
                definition.toDefinition());
    }

    /** The service's 400 at the form's fields, in the gateway's words where it knows the field. */
    FormErrors serviceErrors(List<Problem.FieldError> fieldErrors, CaseFormMsg words) {
        return definition.serviceErrors(fieldErrors, noErrors(), field -> switch (field) {
            case "name" -> words.error_template_name_long();
            case "title" -> words.error_title_service();
            case "description" -> words.error_description_long();
            case "dueInDays" -> words.error_days();
            default -> null;
        }, words);
    }
}
