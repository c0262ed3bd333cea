package se.byra.gateway.pages;

import java.net.URI;
import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The language switch in every page's header: remembers the language in a cookie for a year and
 * goes back to the page it was pressed on. Swedish unless English is asked for.
 */
@Path("/sprak")
@Produces(Paths.HTML)
public class LanguageResource {

    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Inject
    PagesConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String tillbaka) {
        String chosen = PageContext.ENGLISH.equals(lang) ? PageContext.ENGLISH : PageContext.SWEDISH;
        NewCookie cookie = new NewCookie.Builder(PageContext.LANGUAGE_COOKIE).value(chosen).path("/")
                .maxAge((int) REMEMBERED.toSeconds()).httpOnly(true).secure(config.pages().secureCookies())
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(Paths.local(tillbaka, "/"))).cookie(cookie).build();
    }
}
