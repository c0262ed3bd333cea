package se.byra.gateway.pages.portal.cases;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import se.byra.gateway.pages.FormErrors;

/** A page with a form, shown again with the errors, a notice and the status an answer met. */
@FunctionalInterface
interface FormPage {

    Uni<Response> show(FormErrors errors, String notice, int status);
}
