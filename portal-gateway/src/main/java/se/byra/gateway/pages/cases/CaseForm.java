package se.byra.gateway.pages.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import se.byra.gateway.downstream.CaseApi.CaseEdit;
import se.byra.gateway.downstream.CaseApi.CaseView;
import se.byra.gateway.downstream.CaseApi.Definition;
import se.byra.gateway.downstream.CaseApi.NewCase;
import se.byra.gateway.downstream.CaseApi.TemplateView;
import se.byra.gateway.pages.CaseFormMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.platform.web.problem.Problem;

/**
 * A case as its form has it: a new one (the client, its type and the template it starts from fixed by the first
 * step), a draft being edited (everything but the type), or a sent one, where only the due date and the assignee
 * change ({@code sent}). Values as typed; the gateway's own checks, and the service's 400 at the fields in words.
 */
public final class CaseForm {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final String SAVE = "save";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    final UUID clientId;
    final String type;
    final UUID templateId;
    final String title;
    final String description;
    final String dueOn;
    final String assigneeId;
    final String version;
    final boolean sent;
    final DefinitionForm definition;

    private CaseForm(UUID clientId, String type, UUID templateId, String title, String description, String dueOn,
            String assigneeId, String version, boolean sent, DefinitionForm definition) {
        this.clientId = clientId;
        this.type = type;
        this.templateId = templateId;
        this.title = title;
        this.description = description;
        this.dueOn = dueOn;
        this.assigneeId = assigneeId;
        this.version = version;
        this.sent = sent;
        this.definition = definition;
    }

    /** A new case of {@code type}; {@code assigneeId} the signed-in user's staff id, if known. */
    static CaseForm empty(UUID clientId, String type, String assigneeId) {
        return new CaseForm(clientId, type, null, "", "", "", assigneeId, "", false, DefinitionForm.empty(type));
    }

    /** A new case from a template: its title, description and definition, and its days as a due date. */
    static CaseForm fromTemplate(UUID clientId, TemplateView template, String assigneeId) {
        String due = template.dueInDays() == null ? "" : today().plusDays(template.dueInDays()).toString();
        return new CaseForm(clientId, template.type(), template.id(), template.title(), template.description() == null
                ? "" : template.description(), due, assigneeId, "", false, DefinitionForm.of(template.type(),
                        template.definition()));
    }

    /** A case to edit, as it is. */
    static CaseForm of(CaseView c) {
        return new CaseForm(c.clientId(), c.type(), null, c.title(), c.description() == null ? "" : c.description(),
                c.dueOn() == null ? "" : c.dueOn().toString(), c.assigneeId() == null ? "" : c.assigneeId().toString(),
                Integer.toString(c.version()), !c.is(se.byra.gateway.downstream.CaseApi.DRAFT),
                DefinitionForm.of(c.type(), c.definition()));
    }

    /** The form as posted; {@code clientId}, {@code type} and {@code sent} from the page, not the post. */
    static CaseForm of(CaseFormData data, UUID clientId, String type, boolean sent) {
        return new CaseForm(clientId, type, CasePages.id(data.mall), FormValues.text(data.title),
                FormValues.text(data.description), FormValues.text(data.dueOn), FormValues.text(data.assigneeId),
                FormValues.text(data.version), sent, DefinitionForm.of(type, data));
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String dueOn() {
        return dueOn;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public String version() {
        return version;
    }

    public String type() {
        return type;
    }

    public String templateId() {
        return templateId == null ? "" : templateId.toString();
    }

    public boolean sent() {
        return sent;
    }

    public DefinitionForm definition() {
        return definition;
    }

    /** No errors yet, with the ids of the form's inputs in their order: the error summary's order. */
    FormErrors noErrors() {
        return new FormErrors(definition.fieldOrder("title", "description", "dueOn", "assigneeId"));
    }

    /** The gateway's own checks: a title, lengths, a due date from today on, and what the type asks. */
    FormErrors check(CaseFormMsg words) {
        FormErrors errors = noErrors();
        if (!sent) {
            checkTexts(title, description, errors, words);
        }
        checkDue(dueOn, errors, words);
        if (!sent) {
            definition.check(errors, words);
        }
        return errors;
    }

    /** A title (required) and a description, each within the service's length (a case's and a template's). */
    static void checkTexts(String title, String description, FormErrors errors, CaseFormMsg words) {
        errors.required("title", title, words.error_title_missing());
        if (title.length() > MAX_TITLE) {
            errors.add("title", words.error_title_long());
        }
        if (description.length() > MAX_DESCRIPTION) {
            errors.add("description", words.error_description_long());
        }
    }

    /** A due date: empty for none, else a date from today on. */
    static void checkDue(String dueOn, FormErrors errors, CaseFormMsg words) {
        if (dueOn.isEmpty()) {
            return;
        }
        LocalDate due = CasePages.date(dueOn);
        if (due == null) {
            errors.add("dueOn", words.error_due_invalid());
        } else if (due.isBefore(today())) {
            errors.add("dueOn", words.error_due_past());
        }
    }

    NewCase toNew() {
        return new NewCase(clientId, type, title, description, CasePages.date(dueOn), CasePages.id(assigneeId),
                definition.toDefinition(), templateId);
    }

    /** The change: a sent case sends back what it asks as it is ({@code asIs}), only its date and assignee new. */
    CaseEdit toEdit(CaseView asIs) {
        if (sent) {
            return new CaseEdit((int) FormValues.version(version), asIs.title(), asIs.description() == null ? ""
                    : asIs.description(), CasePages.date(dueOn), CasePages.id(assigneeId), asIs.definition()
                            .documents() == null && asIs.definition().fields() == null ? null : asIs.definition());
        }
        Definition asked = definition.toDefinition();
        return new CaseEdit((int) FormValues.version(version), title, description, CasePages.date(dueOn),
                CasePages.id(assigneeId), asked);
    }

    /** The service's 400 at the form's fields, in the gateway's words where it knows the field. */
    FormErrors serviceErrors(List<Problem.FieldError> fieldErrors, CaseFormMsg words) {
        return definition.serviceErrors(fieldErrors, noErrors(), field -> switch (field) {
            case "title" -> words.error_title_service();
            case "description" -> words.error_description_long();
            case "dueOn" -> words.error_due_past();
            case "assigneeId" -> words.error_assignee();
            default -> null;
        }, words);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
