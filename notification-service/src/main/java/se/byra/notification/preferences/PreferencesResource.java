package se.byra.notification.preferences;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import se.byra.notification.directory.Caller;
import se.byra.notification.directory.Recipient;
import se.byra.notification.engine.Category;
import se.byra.notification.preferences.Preferences.PreferencesView;
import se.byra.platform.web.problem.ProblemException;
import se.byra.platform.web.security.Roles;

/** The caller's e-mail preferences: optional categories on or off. */
@Path("/me/preferences")
@RolesAllowed({ Roles.AGENCY_STAFF, Roles.CLIENT_USER })
public class PreferencesResource {

    /** @param email category name to whether e-mail of it is wanted */
    public record ChangePreferences(@NotNull Map<String, Boolean> email) {
    }

    @Inject
    Preferences preferences;

    @Inject
    Caller caller;

    @GET
    public PreferencesView preferences() {
        return caller.recipient().map(r -> preferences.of(r.kind(), r.id()))
                .orElseGet(() -> preferences.of(null, null));
    }

    @PUT
    @APIResponse(responseCode = "200", description = "The preferences as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "404", description = "The caller's login is not known here yet (no invitation "
            + "has reached this service): nothing to change")
    @APIResponse(responseCode = "409", description = "A mandatory category turned off "
            + "(type tag:byra.se,2026:problem:mandatory-category)")
    public PreferencesView change(@Valid @NotNull ChangePreferences change) {
        Map<Category, Boolean> email = new EnumMap<>(Category.class);
        for (Map.Entry<String, Boolean> entry : change.email().entrySet()) {
            String field = "email." + entry.getKey();
            Category category;
            try {
                category = Category.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(field, "unknown category; one of "
                        + java.util.Arrays.toString(Category.values()));
            }
            if (entry.getValue() == null) {
                throw ProblemException.invalidField(field, "true or false");
            }
            email.put(category, entry.getValue());
        }
        Recipient person = caller.require("person", "of this login");
        return preferences.change(person, email);
    }
}
