package se.byra.gateway.pages.staff;

import static se.byra.gateway.pages.FormValues.text;

import java.util.List;
import java.util.Set;

import se.byra.gateway.downstream.EngagementApi.InviteStaff;
import se.byra.gateway.downstream.EngagementApi.StaffView;
import se.byra.gateway.downstream.EngagementApi.UpdateStaff;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.FormValues;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.platform.web.problem.Problem;

/**
 * A staff member's form as the administrator filled it in, inviting or changing: name, e-mail,
 * language, permission and whether they administer the agency. The radios' groups are named by
 * their first radio's id ({@code language}, {@code permission}), so the error summary's link
 * lands on the group.
 */
public final class StaffForm {

    static final List<String> FIELD_ORDER = List.of("name", "email", "language", "permission", "administrator");
    private static final Set<String> LANGUAGES = Set.of(PageContext.SWEDISH, PageContext.ENGLISH);
    private static final Set<String> PERMISSIONS = Set.of(StaffWords.FULL, StaffWords.OWN_CLIENTS);

    public String name = "";
    public String email = "";
    public String language = PageContext.SWEDISH;
    /** Not chosen for a new staff member: which clients someone sees is a choice to make, not a default. */
    public String permission = "";
    public boolean administrator;
    public String version = "";

    static StaffForm empty() {
        return new StaffForm();
    }

    static StaffForm of(StaffView member) {
        StaffForm form = new StaffForm();
        form.name = text(member.name());
        form.email = text(member.email());
        form.language = text(member.language());
        form.permission = text(member.permission());
        form.administrator = member.administrator();
        form.version = Long.toString(member.version());
        return form;
    }

    static StaffForm of(StaffFormData data) {
        StaffForm form = new StaffForm();
        form.name = text(data.name);
        form.email = text(data.email);
        form.language = text(data.language);
        form.permission = text(data.permission);
        form.administrator = "true".equals(text(data.administrator));
        form.version = text(data.version);
        return form;
    }

    public boolean full() {
        return StaffWords.FULL.equals(permission);
    }

    public boolean ownClients() {
        return StaffWords.OWN_CLIENTS.equals(permission);
    }

    /** The gateway's own checks; the service checks everything again. */
    FormErrors check(Msg msg) {
        FormErrors errors = new FormErrors(FIELD_ORDER).required("name", name, msg.staff_error_name_missing())
                .email("email", email, msg.staff_error_email_missing(), msg.staff_error_email_invalid());
        if (!LANGUAGES.contains(language)) {
            errors.add("language", msg.staff_error_language_missing());
        }
        if (!PERMISSIONS.contains(permission)) {
            errors.add("permission", msg.staff_error_permission_missing());
        }
        return errors;
    }

    InviteStaff toInvite() {
        return new InviteStaff(name, email, language, permission, administrator);
    }

    UpdateStaff toUpdate() {
        return new UpdateStaff(name, email, language, permission, administrator, versionNumber());
    }

    long versionNumber() {
        return FormValues.version(version);
    }

    /** The service's field errors at the form's fields (they have the same names). */
    void addServiceErrors(FormErrors errors, List<Problem.FieldError> fieldErrors, Msg msg) {
        errors.addService(fieldErrors, field -> label(field, msg), msg);
    }

    private static String label(String field, Msg msg) {
        return switch (field) {
            case "name" -> msg.field_name();
            case "email" -> msg.field_email();
            case "language" -> msg.field_language();
            case "permission" -> msg.staff_column_permission();
            default -> msg.staff_column_administrator();
        };
    }
}
