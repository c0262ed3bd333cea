package se.byra.notification.inbox;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.notification.directory.Caller;
import se.byra.notification.directory.Recipient;
import se.byra.platform.web.paging.Page;
import se.byra.platform.web.paging.PageRequest;
import se.byra.platform.web.security.Roles;

/** The caller's own in-platform notifications; someone else's answer 404. */
@Path("/me/notifications")
@RolesAllowed({ Roles.AGENCY_STAFF, Roles.CLIENT_USER })
public class NotificationResource {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Inject
    LiveNotifications live;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's notifications, newest first; texts in the request's Accept-Language")
    public Page<NotificationView> notifications(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @Valid @BeanParam PageRequest paging) {
        return caller.recipient().map(person -> inbox.page(person, unreadOnly, paging, language()))
                .orElseGet(() -> Page.of(java.util.List.of(), paging, 0));
    }

    @GET
    @Path("/unread-count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", caller.recipient().map(p -> inbox.unread(p.kind(), p.id())).orElse(0L));
    }

    @POST
    @Path("/{id}/read")
    @APIResponse(responseCode = "204", description = "Read (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's")
    public void markRead(@PathParam("id") UUID id) {
        inbox.markRead(caller.require("notification", id), id);
    }

    @POST
    @Path("/read")
    @APIResponse(responseCode = "204", description = "Every one of the caller's notifications is read")
    public void markAllRead() {
        caller.recipient().ifPresent(inbox::markAllRead);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @APIResponse(responseCode = "200", description = "The stream; it ends after notification.live.max-stream-age",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = String.class)))
    @Operation(summary = "Server-sent events: 'unread' at once and when the count changes, 'notification' for each new one")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        java.util.Optional<Recipient> person = caller.recipient();
        if (person.isPresent()) {
            live.open(person.get().kind(), person.get().id(), language(), sink, sse);
        } else {
            live.openEmpty(sink, sse);
        }
    }

    /** Swedish unless the request asks for English first. */
    private String language() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if (locale.getLanguage().equals("en")) {
                return "en";
            }
            if (locale.getLanguage().equals("sv")) {
                return "sv";
            }
        }
        return "sv";
    }
}
