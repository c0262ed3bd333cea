package se.byra.collaboration;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language the catalogue's texts are answered in: {@code en} when the request's Accept-Language puts English
 * first, Swedish otherwise (the gateway sends the page's language).
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    public String code() {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "sv";
    }
}
