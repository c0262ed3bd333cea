package se.byra.gateway.pages;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/** What the pages composed of several services' answers share: a part they can do without, a page with its status. */
public final class ServicePages {

    private static final Logger LOG = Logger.getLogger(ServicePages.class);

    private ServicePages() {
    }

    /** What a page can do without ({@code what}, for the log): empty when the call fails in any way. */
    public static <T> Uni<Optional<T>> optional(Uni<T> call, String what) {
        return call.map(Optional::of).onFailure().recoverWithItem(failure -> {
            LOG.debugf(failure, "A page goes without %s", what);
            return Optional.<T>empty();
        });
    }

    /** The page answered with {@code status}. */
    public static Response page(int status, TemplateInstance html) {
        return Response.status(status).entity(html).build();
    }
}
