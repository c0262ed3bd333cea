package se.byra.gateway.pages.collaborations;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.ServicePages;

/** What the collaboration pages share: the page in words when collaboration-service does not answer, and redirects. */
final class CollabPages {

    /** collaboration-service's problem types that tell its refusals of one status apart. */
    static final URI MAIN_CONTACT_INCOMPLETE = URI.create("tag:byra.se,2026:problem:main-contact-incomplete");
    static final URI ENGAGEMENT_REQUIRED = URI.create("tag:byra.se,2026:problem:engagement-required");
    static final URI COLLABORATION_EXISTS = URI.create("tag:byra.se,2026:problem:collaboration-exists");

    private CollabPages() {
    }

    @CheckedTemplate(basePath = "collaborations")
    static class Templates {

        static native TemplateInstance unavailable(String title, String backHref, String backText);
    }

    /** "… kan inte visas just nu", 503, with the way back. */
    static Response unavailable(String title, String backHref, String backText) {
        return Response.status(503).entity(Templates.unavailable(title, backHref, backText)).build();
    }

    /** A collaboration's page when collaboration-service does not answer, with the way to the list. */
    static Response unavailable(PageContext page) {
        return unavailable(page.collabMsg().unavailable_one(), Paths.COLLABORATIONS, page.collabMsg().back_to_list());
    }

    /** What a page can do without ({@code what}, for the log): empty when the call fails in any way. */
    static <T> Uni<Optional<T>> optional(Uni<T> call, String what) {
        return ServicePages.optional(call, what);
    }

    static Response page(int status, TemplateInstance html) {
        return ServicePages.page(status, html);
    }

    /** POST, 303, GET: to {@code path}. */
    static Response.ResponseBuilder seeOther(String path) {
        return Response.seeOther(URI.create(path));
    }
}
