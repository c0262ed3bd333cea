package se.byra.gateway.pages;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;

/**
 * The confirmation after an action ("Kunden är registrerad"): the action redirects (POST, then
 * 303, then GET) with a short-lived cookie naming what happened; the next page shows it once and
 * clears it. Only the known kinds are shown, so the cookie cannot put words on a page.
 */
@ApplicationScoped
public class Banner {

    static final String COOKIE = "banner";
    private static final Duration LIFETIME = Duration.ofMinutes(1);

    /** What happened; the words are in the message bundles (a collaboration's in {@link CollabMsg}). */
    public enum Kind {
        CLIENT_REGISTERED, CLIENT_SAVED, STAFF_INVITED, STAFF_SAVED, STAFF_DEACTIVATED, LOGIN_RETRIED,
        AGENCY_SAVED, LOGO_SAVED, LOGO_REMOVED, ACCOUNT_CREATED, USER_INVITED, USER_REMOVED, NOTICES_READ,
        PREFERENCES_SAVED, DELIVERY_RESENT,
        COLLABORATION_ACTIVATED, INVITATION_RESENT, COLLABORATION_SAVED, COLLABORATION_ENDED, ENDING_SET,
        ENDING_WITHDRAWN, COLLABORATION_LINKED, IMPORT_REMOVED;

        public String text(Msg msg, CollabMsg collab) {
            return switch (this) {
                case CLIENT_REGISTERED -> msg.banner_client_registered();
                case CLIENT_SAVED -> msg.banner_client_saved();
                case STAFF_INVITED -> msg.banner_staff_invited();
                case STAFF_SAVED -> msg.banner_staff_saved();
                case STAFF_DEACTIVATED -> msg.banner_staff_deactivated();
                case LOGIN_RETRIED -> msg.banner_login_retried();
                case AGENCY_SAVED -> msg.banner_agency_saved();
                case LOGO_SAVED -> msg.banner_logo_saved();
                case LOGO_REMOVED -> msg.banner_logo_removed();
                case ACCOUNT_CREATED -> msg.banner_account_created();
                case USER_INVITED -> msg.banner_user_invited();
                case USER_REMOVED -> msg.banner_user_removed();
                case NOTICES_READ -> msg.banner_notices_read();
                case PREFERENCES_SAVED -> msg.banner_preferences_saved();
                case DELIVERY_RESENT -> msg.banner_delivery_resent();
                case COLLABORATION_ACTIVATED -> collab.banner_activated();
                case INVITATION_RESENT -> collab.banner_resent();
                case COLLABORATION_SAVED -> collab.banner_saved();
                case COLLABORATION_ENDED -> collab.banner_ended();
                case ENDING_SET -> collab.banner_ending_set();
                case ENDING_WITHDRAWN -> collab.banner_ending_withdrawn();
                case COLLABORATION_LINKED -> collab.banner_linked();
                case IMPORT_REMOVED -> collab.banner_removed();
            };
        }
    }

    @Inject
    PagesConfig config;

    @Inject
    CurrentVertxRequest request;

    @Inject
    PageContext page;

    /**
     * The cookie to send with the redirect: a {@link Kind}, or a kind of a feature's own enum whose words are in
     * the feature's bundle (its page reads it with {@link #take(Class)}).
     */
    public NewCookie after(Enum<?> kind) {
        return new NewCookie.Builder(COOKIE).value(kind.name()).path("/").maxAge((int) LIFETIME.toSeconds())
                .httpOnly(true).secure(config.pages().secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The banner's words, if this request brings one (see {@link #take()}). */
    public String takeText(Msg msg) {
        return take().map(kind -> kind.text(msg, page.collabMsg())).orElse(null);
    }

    /** The banner this request brings, if any; it is cleared from the browser as it is shown. */
    public Optional<Kind> take() {
        return take(Kind.class);
    }

    /** The banner of one of {@code kinds} this request brings, if any; it is cleared as it is shown. */
    public <K extends Enum<K>> Optional<K> take(Class<K> kinds) {
        return takeName().flatMap(name -> kind(kinds, name));
    }

    /**
     * The name of the banner this request brings, if any, for a page that shows kinds of more than one enum (the
     * client overview); it is cleared as it is read, so read it once and try each enum with {@link #kind}.
     */
    public Optional<String> takeName() {
        Cookie cookie = request.getCurrent().request().getCookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        String name = cookie.getValue();
        request.getCurrent().response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0)
                .setHttpOnly(true).setSecure(config.pages().secureCookies()).setSameSite(CookieSameSite.LAX));
        return Optional.of(name);
    }

    /** The kind of {@code kinds} a banner's name is, if it is one. */
    public static <K extends Enum<K>> Optional<K> kind(Class<K> kinds, String name) {
        try {
            return Optional.of(Enum.valueOf(kinds, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
