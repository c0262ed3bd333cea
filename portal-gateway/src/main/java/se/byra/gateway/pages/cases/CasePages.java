package se.byra.gateway.pages.cases;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import se.byra.gateway.downstream.ServiceRefusal;
import se.byra.gateway.pages.Banner;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.gateway.pages.ServicePages;

/** What the case pages share: the page in words when case-service does not answer, redirects, banners, values. */
final class CasePages {

    /** case-service's problem types that tell its refusals of one status apart. */
    static final URI CONSENT_REQUIRED = URI.create("tag:byra.se,2026:problem:consent-required");
    static final URI APPROVAL_DOCUMENT_MISSING = URI.create("tag:byra.se,2026:problem:approval-document-missing");
    static final URI APPROVAL_NOT_DISPATCHABLE = URI.create("tag:byra.se,2026:problem:approval-not-dispatchable");
    static final URI CASE_SENT = URI.create("tag:byra.se,2026:problem:case-sent");
    static final URI TEMPLATE_CHANGED = URI.create("tag:byra.se,2026:problem:template-changed");
    static final URI TOO_MANY_FILES = URI.create("tag:byra.se,2026:problem:too-many-files");

    private CasePages() {
    }

    @CheckedTemplate(basePath = "cases")
    static class Templates {

        static native TemplateInstance unavailable(String title, String backHref, String backText);
    }

    /** "… kan inte visas just nu", 503, with the way back. */
    static Response unavailable(String title, String backHref, String backText) {
        return Response.status(503).entity(Templates.unavailable(title, backHref, backText)).build();
    }

    /** A case's page when case-service does not answer, with the way to the board. */
    static Response unavailable(PageContext page) {
        return unavailable(page.caseMsg().unavailable_one(), Paths.CASES, page.caseMsg().back_to_board());
    }

    /** What a page can do without ({@code what}, for the log): empty when the call fails in any way. */
    static <T> Uni<Optional<T>> optional(Uni<T> call, String what) {
        return ServicePages.optional(call, what);
    }

    static Response page(int status, TemplateInstance html) {
        return ServicePages.page(status, html);
    }

    /** POST, 303, GET: to {@code path} with the banner of {@code kind}. */
    static Response seeOther(String path, Banner banner, CaseBanner kind) {
        return Response.seeOther(URI.create(path)).cookie(banner.after(kind)).build();
    }

    /** The banner this request brings, in words; null for none. */
    static String bannerText(Banner banner, PageContext page) {
        return banner.take(CaseBanner.class).map(kind -> kind.text(page.caseMsg())).orElse(null);
    }

    /** Whether the failure is the service's refusal of {@code status} with the problem type {@code type}. */
    static boolean refused(Throwable failure, int status, URI type) {
        return failure instanceof ServiceRefusal refusal && refusal.status() == status && type.equals(refusal.type());
    }

    /** An id from an address or a form; null for none or one that is not an id. */
    static UUID id(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A date as a date field sends it ({@code 2026-03-31}); null for none or one that is not a date. */
    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
