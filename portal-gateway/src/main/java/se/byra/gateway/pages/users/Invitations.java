package se.byra.gateway.pages.users;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.CollaborationApi.InviteUser;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;

/**
 * Sending an invitation, the agency's and the portal's alike: the form is checked first (the service is not
 * called with what is missing); the service's 400 and 422 put its field errors at the fields, its 409 (the person
 * already uses the company) is said at the e-mail, and a service that does not answer keeps the typed values
 * with a notice. Other refusals (404, 403) are the caller's to handle.
 */
public final class Invitations {

    /** The page with the form again: its errors, a notice above it (null: none) and the status to answer. */
    @FunctionalInterface
    public interface FormPage {
        Uni<Response> show(FormErrors errors, String notice, int status);
    }

    private Invitations() {
    }

    public static Uni<Response> send(InviteForm form, String company, Function<InviteUser, Uni<?>> invite,
            Supplier<Response> done, FormPage page, Msg msg) {
        FormErrors errors = form.check(msg);
        if (errors.any()) {
            return page.show(errors, null, 400);
        }
        return invite.apply(form.toInvite()).map(invited -> done.get())
                .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                    ServiceRefusal refusal = (ServiceRefusal) failure;
                    if (refusal.status() == 409) {
                        return page.show(InviteForm.noErrors().add("email",
                                msg.invite_error_member(form.email, company)), null, 409);
                    }
                    if (refusal.status() != 400 && refusal.status() != 422) {
                        return Uni.createFrom().failure(refusal);
                    }
                    FormErrors refused = InviteForm.noErrors();
                    form.addServiceErrors(refused, refusal.fieldErrors(), msg);
                    if (!refused.any()) {
                        refused.add(null, msg.form_error_refused());
                    }
                    return page.show(refused, null, 400);
                })
                .onFailure(ServiceFailures::unavailable)
                .recoverWithUni(() -> page.show(InviteForm.noErrors(), msg.invite_notice_unavailable(), 503));
    }
}
