package se.byra.gateway.pages.cases;

import java.util.UUID;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.clients.Managers;

/**
 * A case's form as a page, the same for a new case and an edit: the type and the client above it, the fields its
 * type and status allow, the assignee among the active staff, the errors, and a notice when the service did not
 * answer (the values kept) or the case changed meanwhile ({@code reloadHref}).
 */
public record CaseFormPage(String heading, UUID clientId, String clientName, String typeName, String typeWord,
        CaseForm form, FormErrors errors, Managers assignees, String action, String cancelHref, String changeTypeHref,
        String notice, String reloadHref, boolean editing) {

    @CheckedTemplate(basePath = "cases")
    static class Templates {

        static native TemplateInstance form(CaseFormPage view);
    }

    public boolean hasNotice() {
        return notice != null;
    }

    public boolean hasChangeType() {
        return changeTypeHref != null;
    }

    Response answer(int status) {
        return Response.status(status).entity(Templates.form(this)).build();
    }

    /** The same page with other values, errors or a notice. */
    CaseFormPage with(CaseForm other, FormErrors otherErrors, String otherNotice, String otherReload) {
        return new CaseFormPage(heading, clientId, clientName, typeName, typeWord, other, otherErrors, assignees,
                action, cancelHref, changeTypeHref, otherNotice, otherReload, editing);
    }
}
