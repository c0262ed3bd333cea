package se.byra.gateway.pages.users;

import static se.byra.gateway.pages.FormValues.text;

import java.util.List;
import java.util.Set;

import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.platform.web.problem.Problem;

/**
 * Inviting a person to a client company's account, as the agency's staff do on the client overview and the
 * company's administrator in the portal: name, e-mail, role and, in the portal, language. The role is not chosen
 * beforehand (whether someone may remove the company's users is a choice to make); the radio groups are named by
 * their first radio's id ({@code role}, {@code language}), so the error summary's link lands on the group.
 */
public final class InviteForm {

    public static final List<String> FIELD_ORDER = List.of("name", "email", "role", "language");
    private static final Set<String> ROLES = Set.of(CollaborationApi.ADMINISTRATOR, CollaborationApi.USER);
    private static final Set<String> LANGUAGES = Set.of(PageContext.SWEDISH, PageContext.ENGLISH);

    public String name = "";
    public String email = "";
    public String role = "";
    public String language = PageContext.SWEDISH;
    /** Whether the form asks for the language (the portal's does). */
    public final boolean withLanguage;

    private InviteForm(boolean withLanguage) {
        this.withLanguage = withLanguage;
    }

    public static InviteForm empty(boolean withLanguage) {
        return new InviteForm(withLanguage);
    }

    public static InviteForm of(InviteFormData data, boolean withLanguage) {
        InviteForm form = new InviteForm(withLanguage);
        form.name = text(data.name);
        form.email = text(data.email);
        form.role = text(data.role);
        form.language = withLanguage ? text(data.language) : PageContext.SWEDISH;
        return form;
    }

    public static FormErrors noErrors() {
        return new FormErrors(FIELD_ORDER);
    }

    public boolean administrator() {
        return CollaborationApi.ADMINISTRATOR.equals(role);
    }

    public boolean user() {
        return CollaborationApi.USER.equals(role);
    }

    /** The gateway's own checks, each saying what is missing; the service checks everything again. */
    FormErrors check(Msg msg) {
        FormErrors errors = noErrors().required("name", name, msg.invite_error_name_missing())
                .email("email", email, msg.invite_error_email_missing(), msg.invite_error_email_invalid());
        if (!ROLES.contains(role)) {
            errors.add("role", msg.invite_error_role_missing());
        }
        if (withLanguage && !LANGUAGES.contains(language)) {
            errors.add("language", msg.invite_error_language_missing());
        }
        return errors;
    }

    InviteUser toInvite() {
        return new InviteUser(name, email, withLanguage ? language : null, role);
    }

    /** The service's field errors at the form's fields (they have the same names). */
    void addServiceErrors(FormErrors errors, List<Problem.FieldError> fieldErrors, Msg msg) {
        errors.addService(fieldErrors, field -> label(field, msg), msg);
    }

    private static String label(String field, Msg msg) {
        return switch (field) {
            case "name" -> msg.field_name();
            case "email" -> msg.field_email();
            case "role" -> msg.field_role();
            default -> msg.field_language();
        };
    }
}
