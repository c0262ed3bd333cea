package se.byra.gateway.pages.notices;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import se.byra.gateway.downstream.ServicesConfig;
import se.byra.gateway.pages.PageContext;
import se.byra.gateway.pages.Paths;
import se.byra.platform.web.security.Roles;

/**
 * {@code GET /notiser/strom}: the signed-in user's live notifications, notification-service's
 * {@code /me/notifications/stream} relayed as it comes (server-sent events: {@code unread}, {@code notification},
 * comments), called with the user's access token and the page's language. The relay ends when either side does:
 * the browser leaving closes the connection to the service; the service ending the stream (every ten minutes)
 * ends the browser's, whose EventSource reconnects with the session's fresh token.
 *
 * <p>The service not answering within the read timeout, or answering anything but a stream, is a prompt 503
 * (its 401 and 403 are passed on), so a page never waits for it: the bell is rendered without a number and the
 * stream fills it in. An expired session is a 401 here, not the redirect to the sign-in every page gets: an
 * EventSource cannot follow a sign-in, and would fetch the identity provider's login page again and again
 * ({@link se.byra.gateway.pages.ScriptRequests}).
 *
 * <p>A plain Vert.x route rather than a REST resource: it copies bytes, and has to decide the status only once the
 * service has answered.
 */
@ApplicationScoped
public class NoticeStream {

    static final String UPSTREAM = "/me/notifications/stream";
    /** Quarkus OIDC's answer to a script's request it will not redirect to sign in. */
    static final int NOT_REDIRECTED = 499;
    private static final Logger LOG = Logger.getLogger(NoticeStream.class);

    @Inject
    Vertx vertx;

    @Inject
    ServicesConfig services;

    @ConfigProperty(name = "quarkus.rest-client.notification.url")
    URI service;

    @ConfigProperty(name = "quarkus.rest-client.notification.connect-timeout", defaultValue = "1000")
    int connectTimeout;

    private HttpClient client;

    void install(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(connectTimeout)
                .setMaxPoolSize(1000));
        // before the sign-in's challenge is written: its 499 for the stream becomes a 401
        router.route(Paths.NOTICE_STREAM).order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 20).handler(context -> {
            context.addHeadersEndHandler(done -> {
                if (context.response().getStatusCode() == NOT_REDIRECTED) {
                    context.response().setStatusCode(401);
                }
            });
            context.next();
        });
        router.get(Paths.NOTICE_STREAM).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::relay);
    }

    void relay(RoutingContext context) {
        HttpServerResponse response = context.response();
        Optional<SecurityIdentity> identity = context.user() instanceof QuarkusHttpUser user
                && !user.getSecurityIdentity().isAnonymous() ? Optional.of(user.getSecurityIdentity())
                        : Optional.empty();
        AccessTokenCredential token = identity.map(i -> i.getCredential(AccessTokenCredential.class)).orElse(null);
        if (token == null) {
            end(response, 401);
            return;
        }
        if (!identity.get().hasRole(Roles.AGENCY_STAFF) && !identity.get().hasRole(Roles.CLIENT_USER)) {
            end(response, 403);
            return;
        }
        Cookie lang = context.request().getCookie(PageContext.LANGUAGE_COOKIE);
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(service.resolve(UPSTREAM).toString())
                .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken())
                .putHeader(HttpHeaders.ACCEPT, "text/event-stream")
                .putHeader(HttpHeaders.ACCEPT_LANGUAGE, lang != null && PageContext.ENGLISH.equals(lang.getValue())
                        ? PageContext.ENGLISH : PageContext.SWEDISH);
        AtomicReference<HttpClientRequest> upstream = new AtomicReference<>();
        long timer = vertx.setTimer(services.readTimeout().toMillis(), late -> {
            end(response, 503);
            close(upstream.get());
        });
        response.closeHandler(gone -> {
            vertx.cancelTimer(timer);
            close(upstream.get());
        });
        client.request(options).compose(request -> {
            upstream.set(request);
            return request.send();
        }).onComplete(answered -> {
            vertx.cancelTimer(timer);
            if (response.ended() || response.closed()) {
                close(upstream.get());
            } else if (answered.failed()) {
                LOG.debugf("notification-service's stream did not open: %s", answered.cause().toString());
                end(response, 503);
            } else if (answered.result().statusCode() != 200) {
                int status = answered.result().statusCode();
                answered.result().exceptionHandler(reset -> {
                    // the rest of the service's refusal is not wanted
                });
                close(upstream.get());
                end(response, status == 401 || status == 403 ? status : 503);
            } else {
                pass(answered.result(), response);
            }
        });
    }

    /** The service's stream to the browser as it comes, at the browser's pace. */
    private static void pass(HttpClientResponse from, HttpServerResponse to) {
        to.setChunked(true).putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("X-Accel-Buffering", "no");
        from.handler(chunk -> {
            to.write(chunk);
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(drained -> from.resume());
            }
        });
        from.endHandler(done -> {
            if (!to.ended()) {
                to.end();
            }
        });
        from.exceptionHandler(broken -> {
            if (!to.ended()) {
                to.end();
            }
        });
        // the headers now, so the EventSource opens before the first event
        to.write(":\n\n");
    }

    private static void end(HttpServerResponse response, int status) {
        if (!response.ended() && !response.closed() && !response.headWritten()) {
            response.setStatusCode(status).putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end();
        }
    }

    private static void close(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }
}
