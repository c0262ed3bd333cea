package se.byra.gateway.pages.collaborations;

import static se.byra.gateway.pages.FormValues.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import se.byra.gateway.downstream.CollaborationApi;
import se.byra.gateway.downstream.CollaborationApi.CollaborationView;
import se.byra.gateway.downstream.CollaborationApi.End;
import se.byra.gateway.downstream.CollaborationCalls;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.CollabMsg;
import se.byra.gateway.pages.FormErrors;
import se.byra.gateway.pages.Formats;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * Ending an active collaboration (seed 001, "Avsluta samarbete för en tjänst"): the page says what happens (the staff
 * lose their access, the client is asked whether it keeps the service alone), then "Avsluta nu" or "Avsluta den" with
 * the last day. An ending the client set cannot be changed here; one the agency set can be moved or made now.
 */
@Path(Paths.COLLABORATIONS + "/{id}/avsluta")
@RolesAllowed(Roles.AGENCY_STAFF)
@Produces(Paths.HTML)
public class EndResource {

    static final String WHEN = "when";
    static final String NOW = "nu";
    static final String ON = "datum";
    static final String ENDS_ON = "endsOn";
    static final List<String> FIELD_ORDER = List.of(WHEN, ENDS_ON);
    /** The agencies and their clients are in Sweden: "today" is the Swedish day, as the service's. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Inject
    CollaborationCalls collaboration;

    @Inject
    PageContext page;

    @Inject
    Banner banner;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance end(EndPage view);
    }

    /**
     * The page; {@code possible} false: the collaboration is not active, or the client set its ending ({@code why}
     * says which). {@code when} and {@code endsOn} as typed.
     */
    public record EndPage(CollaborationView c, boolean possible, String why, String alreadySet, String when,
            String endsOn, String example, FormErrors errors, String notice) {

        public String action() {
            return CollabPaths.end(c.id());
        }

        public String detailHref() {
            return CollabPaths.detail(c.id());
        }

        public String service() {
            return c.serviceName() == null ? "" : c.serviceName();
        }

        public boolean now() {
            return NOW.equals(when);
        }

        public boolean on() {
            return ON.equals(when);
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasAlreadySet() {
            return alreadySet != null;
        }
    }

    @GET
    public Uni<Response> form(@PathParam("id") UUID id) {
        return collaboration.collaboration(id).map(c -> show(c, "", "", new FormErrors(FIELD_ORDER), null, 200))
                .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    /**
     * Ends now, or sets the last day. The gateway checks the choice and the date (a day, today or later); the
     * service's 400 is a day it refuses, its 409 a collaboration no longer active or an ending the client set.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> end(@PathParam("id") UUID id, @RestForm(WHEN) String whenAsked,
            @RestForm(ENDS_ON) String endsOnAsked) {
        String when = text(whenAsked);
        String endsOn = text(endsOnAsked);
        CollabMsg words = page.collabMsg();
        return collaboration.collaboration(id).flatMap(c -> {
            FormErrors errors = new FormErrors(FIELD_ORDER);
            LocalDate day = check(when, endsOn, errors, words);
            if (errors.any() || !possible(c)) {
                return Uni.createFrom().item(show(c, when, endsOn, errors, null, possible(c) ? 400 : 409));
            }
            LocalDate today = LocalDate.now(ZONE);
            boolean now = day == null || day.equals(today);
            return collaboration.end(id, new End(day))
                    .map(ended -> CollabPages.seeOther(CollabPaths.detail(id)).cookie(banner.after(now
                            ? Banner.Kind.COLLABORATION_ENDED : Banner.Kind.ENDING_SET)).build())
                    .onFailure(ServiceRefusal.class).recoverWithUni(failure -> {
                        ServiceRefusal refusal = (ServiceRefusal) failure;
                        return switch (refusal.status()) {
                            case 400 -> Uni.createFrom().item(show(c, when, endsOn, new FormErrors(FIELD_ORDER)
                                    .add(ENDS_ON, words.error_date_past()), null, 400));
                            case 409 -> collaboration.collaboration(id).map(current -> show(current, when, endsOn,
                                    new FormErrors(FIELD_ORDER), words.end_conflict(), 409));
                            default -> Uni.createFrom().failure(refusal);
                        };
                    })
                    .onFailure(ServiceFailures::unavailable).recoverWithItem(() -> show(c, when, endsOn,
                            new FormErrors(FIELD_ORDER), words.end_unavailable(), 503));
        }).onFailure(ServiceFailures::unavailable).recoverWithItem(() -> CollabPages.unavailable(page));
    }

    /** The last day asked for (null: now), with what is wrong in {@code errors}. */
    private LocalDate check(String when, String endsOn, FormErrors errors, CollabMsg words) {
        if (NOW.equals(when)) {
            return null;
        }
        if (!ON.equals(when)) {
            errors.add(WHEN, words.error_when_missing());
            return null;
        }
        if (endsOn.isEmpty()) {
            errors.add(ENDS_ON, words.error_date_missing());
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(endsOn);
            if (day.isBefore(LocalDate.now(ZONE))) {
                errors.add(ENDS_ON, words.error_date_past());
            }
            return day;
        } catch (DateTimeParseException notADate) {
            errors.add(ENDS_ON, words.error_date_invalid(example()));
            return null;
        }
    }

    /** An ending can be set while active, unless the client set one. */
    private static boolean possible(CollaborationView c) {
        return c.is(CollaborationApi.ACTIVE) && !CollaborationApi.CLIENT.equals(c.endSide());
    }

    private Response show(CollaborationView c, String when, String endsOn, FormErrors errors, String notice,
            int status) {
        CollabMsg words = page.collabMsg();
        String why = !c.is(CollaborationApi.ACTIVE) ? words.end_not_active()
                : CollaborationApi.CLIENT.equals(c.endSide()) && c.endsOn() != null
                        ? words.client_ending(Formats.date(c.endsOn(), page)) : null;
        String alreadySet = c.endsOn() != null && CollaborationApi.AGENCY.equals(c.endSide())
                ? words.end_already_set(Formats.date(c.endsOn(), page)) : null;
        return CollabPages.page(status, Templates.end(new EndPage(c, possible(c), why, alreadySet, when, endsOn,
                example(), errors, notice)));
    }

    /** A date a month from now, as the field takes it. */
    private static String example() {
        return LocalDate.now(ZONE).plusMonths(1).toString();
    }
}
