package se.byra.gateway.pages.clients;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.EngagementApi.ClientView;
import se.byra.gateway.downstream.EngagementCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Msg;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * Registering a client and editing one: the form, its checks, and the call to engagement-service.
 * Errors come back on the form with the typed values (400), a duplicate organisation number or a
 * stale edit as a 409, a service that does not answer as a 503 with the values kept.
 */
@Path(Paths.CLIENTS)
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class ClientFormResource {

    static final String SAVE = "save";
    static final String ADD_CONTACT = "add-contact";
    static final String REMOVE_CONTACT = "remove-contact-";

    @Inject
    EngagementCalls engagement;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @Inject
    Managers.Loader managers;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(ClientFormPage view);

        static native TemplateInstance form$organisationNumber(ClientFormPage view);
    }

    /**
     * The form page: {@code clientId} is null for a new client; {@code notice} a message above the
     * form; {@code managers} the staff members the client manager is chosen from.
     */
    public record ClientFormPage(ClientForm form, FormErrors errors, UUID clientId, String clientName, String notice,
            Managers managers) {

        public boolean editing() {
            return clientId != null;
        }

        public String action() {
            return Paths.formAction(Paths.CLIENTS, clientId);
        }

        public String cancelHref() {
            return editing() ? Paths.CLIENTS + "/" + clientId : Paths.CLIENTS;
        }

        public boolean hasNotice() {
            return notice != null;
        }
    }

    /** A new client is managed by whoever registers it, if they are in the staff directory, unless they choose otherwise. */
    @GET
    @Path("/ny")
    public Uni<TemplateInstance> newClient() {
        return managers.load(null, null).map(choice -> {
            ClientForm form = ClientForm.empty(choice.user());
            return Templates.form(new ClientFormPage(form, new FormErrors(form.fieldOrder()), null, null, null,
                    choice));
        });
    }

    @POST
    @Path("/ny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> register(@BeanParam ClientFormData data) {
        ClientForm form = ClientForm.of(data);
        return submit(form, data.action, null, null, checked -> engagement.register(checked.toRegister())
                .map(saved -> savedAndShown(saved, Banner.Kind.CLIENT_REGISTERED)));
    }

    @GET
    @Path("/{id}/redigera")
    public Uni<TemplateInstance> edit(@PathParam("id") UUID id) {
        return engagement.client(id).flatMap(client -> managers.load(client.clientManagerId(),
                client.clientManagerName()).map(choice -> {
                    ClientForm form = ClientForm.of(client);
                    return Templates.form(new ClientFormPage(form, new FormErrors(form.fieldOrder()), id, client.name(),
                            null, choice));
                }));
    }

    @POST
    @Path("/{id}/redigera")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") UUID id, @BeanParam ClientFormData data) {
        ClientForm form = ClientForm.of(data);
        return submit(form, data.action, id, form.name, checked -> engagement.update(id, checked.toUpdate())
                .map(saved -> savedAndShown(saved, Banner.Kind.CLIENT_SAVED)));
    }

    /** The organisation number's field alone, checked as it changes (htmx): the error shows without submitting. */
    @POST
    @Path("/organisationsnummer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance checkOrganisationNumber(@RestForm String organisationNumber) {
        ClientForm form = ClientForm.empty(null);
        form.organisationNumber = organisationNumber == null ? "" : organisationNumber.strip();
        FormErrors errors = new FormErrors(form.fieldOrder());
        if (!form.organisationNumber.isEmpty()) {
            form.checkOrganisationNumber(errors, page.msg());
            form.normaliseOrganisationNumber();
        }
        return Templates.form$organisationNumber(new ClientFormPage(form, errors, null, null, null, Managers.NONE));
    }

    /**
     * The buttons that change the form itself (add or remove a contact) show it again; saving
     * checks it, then sends it.
     */
    private Uni<Response> submit(ClientForm form, String action, UUID id, String clientName,
            Function<ClientForm, Uni<Response>> send) {
        Msg msg = page.msg();
        if (ADD_CONTACT.equals(action)) {
            form.addContact();
            return show(form, new FormErrors(form.fieldOrder()), id, clientName, null, 200);
        }
        if (action != null && action.startsWith(REMOVE_CONTACT)) {
            form.removeContact(parse(action.substring(REMOVE_CONTACT.length())));
            return show(form, new FormErrors(form.fieldOrder()), id, clientName, null, 200);
        }
        FormErrors errors = form.check(msg);
        form.normaliseOrganisationNumber();
        if (errors.any()) {
            return show(form, errors, id, clientName, null, 400);
        }
        return send.apply(form)
                .onFailure(ServiceRefusal.class).recoverWithUni(refusal -> refused(form, (ServiceRefusal) refusal,
                        id, clientName, msg))
                .onFailure(ServiceFailures::unavailable).recoverWithUni(() -> show(form,
                        new FormErrors(form.fieldOrder()), id, clientName, msg.form_notice_unavailable(), 503));
    }

    /**
     * A 400 puts the service's errors at their fields; a 409 is a duplicate organisation number
     * (always, when registering; when editing, if the problem names the field) or a stale
     * version. Anything else (404: another agency's client) is the error page.
     */
    private Uni<Response> refused(ClientForm form, ServiceRefusal refusal, UUID id, String clientName, Msg msg) {
        FormErrors errors = new FormErrors(form.fieldOrder());
        switch (refusal.status()) {
            case 400, 422 -> {
                form.addServiceErrors(errors, refusal.fieldErrors(), msg);
                if (!errors.any()) {
                    errors.add(null, msg.form_error_refused());
                }
                return show(form, errors, id, clientName, null, 400);
            }
            case 409 -> {
                boolean duplicate = id == null || refusal.fieldErrors().stream()
                        .anyMatch(e -> "organisationNumber".equals(e.field()));
                if (duplicate) {
                    errors.add("organisationNumber", msg.form_error_organisation_number_taken(form.organisationNumber));
                    return show(form, errors, id, clientName, null, 409);
                }
                return show(form, errors, id, clientName, msg.form_notice_stale(), 409);
            }
            default -> {
                return Uni.createFrom().failure(refusal);
            }
        }
    }

    /** The form again, as typed; the staff members to choose the manager from are read again. */
    private Uni<Response> show(ClientForm form, FormErrors errors, UUID id, String clientName, String notice,
            int status) {
        return managers.load(form.clientManagerId, null).map(choice -> Response.status(status)
                .entity(Templates.form(new ClientFormPage(form, errors, id, clientName, notice, choice))).build());
    }

    private Response savedAndShown(ClientView saved, Banner.Kind kind) {
        return Response.seeOther(URI.create(Paths.CLIENTS + "/" + saved.id())).cookie(banner.after(kind)).build();
    }

    private static int parse(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
