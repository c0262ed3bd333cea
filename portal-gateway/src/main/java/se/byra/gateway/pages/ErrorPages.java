package se.byra.gateway.pages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.byra.gateway.downstream.ServiceFailures;
import se.byra.platform.web.problem.Problem;

/**
 * Error pages: a page route's error is an HTML page in the user's language with a way on, never
 * a stack trace; /api keeps problem+json. Every error reaches the pages as platform/web's
 * problem (ProblemMappers and ServiceFailures map the exceptions); this turns it into the page
 * for its status at the last moment, so both sides share one mapping.
 */
@Singleton
public class ErrorPages {

    static final MediaType HTML = MediaType.valueOf(Paths.HTML);

    /** What went wrong, each with its own words and status. */
    public enum Kind {
        BAD_REQUEST(400), FORBIDDEN(403), NO_ROLE(403), FORM_REFUSED(403), ACCOUNT_REFUSED(403), NOT_FOUND(404),
        FAILED(500), UNAVAILABLE(503), SIGN_IN_UNAVAILABLE(503);

        final int status;

        Kind(int status) {
            this.status = status;
        }

        static Kind of(int status) {
            return switch (status) {
                case 403 -> FORBIDDEN;
                case 404, 405 -> NOT_FOUND;
                case 502, 503, 504 -> UNAVAILABLE;
                default -> status >= 500 ? FAILED : BAD_REQUEST;
            };
        }
    }

    /** The page's words; {@code correlationId} is the id a 500 was logged under, for support. */
    public record ErrorView(String title, String body, String correlationId, boolean linkHome) {

        public boolean hasCorrelationId() {
            return correlationId != null;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance error(ErrorView view);
    }

    @Inject
    PageContext page;

    public Response page(Kind kind) {
        return Response.status(kind.status).type(HTML).entity(render(kind, null)).build();
    }

    /** A state-changing request without the session's token, or from another site ({@link CsrfFilter}). */
    public Response formRefused() {
        return page(Kind.FORM_REFUSED);
    }

    /** A problem on a page route becomes the page for its status, if the browser takes HTML. */
    @ServerResponseFilter
    public void toPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || Paths.isApi(request.getUriInfo().getPath())
                || !acceptsHtml(request.getAcceptableMediaTypes())) {
            return;
        }
        Kind kind = response.getStatus() == 403 && ServiceFailures.REFUSED_BY_SERVICE.equals(problem.type())
                ? Kind.ACCOUNT_REFUSED : Kind.of(response.getStatus());
        response.setEntity(render(kind, problem.correlationId()), null, HTML);
        response.getHeaders().remove("Content-Length");
    }

    private String render(Kind kind, String correlationId) {
        Msg msg = page.msg();
        ErrorView view = switch (kind) {
            case BAD_REQUEST -> new ErrorView(msg.error_400_title(), msg.error_400_body(), null, true);
            case FORBIDDEN -> new ErrorView(msg.error_403_title(), msg.error_403_body(), null, false);
            case NO_ROLE -> new ErrorView(msg.error_no_role_title(), msg.error_no_role_body(), null, false);
            case FORM_REFUSED -> new ErrorView(msg.error_form_title(), msg.error_form_body(), null, true);
            case ACCOUNT_REFUSED -> new ErrorView(msg.error_account_refused_title(), msg.error_account_refused_body(),
                    null, false);
            case NOT_FOUND -> new ErrorView(msg.error_404_title(), msg.error_404_body(), null, true);
            case UNAVAILABLE -> new ErrorView(msg.error_503_title(), msg.error_503_body(), null, true);
            case SIGN_IN_UNAVAILABLE -> new ErrorView(msg.error_sign_in_503_title(), msg.error_sign_in_503_body(),
                    null, true);
            case FAILED -> new ErrorView(msg.error_500_title(), msg.error_500_body(), correlationId, true);
        };
        return Templates.error(view).render();
    }

    private static boolean acceptsHtml(List<MediaType> accepted) {
        return accepted.stream().anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }
}
