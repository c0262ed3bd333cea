package se.byra.gateway.downstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.arc.Arc;
import se.byra.gateway.pages.PageContext;

/** The page's language as the call's Accept-Language, so a service's field messages match the page. */
@ApplicationScoped
public class CallerLanguage implements ClientHeadersFactory {

    @Inject
    PageContext page;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (Arc.container().requestContext().isActive()) {
            headers.putSingle(HttpHeaders.ACCEPT_LANGUAGE, page.lang());
        }
        return headers;
    }
}
